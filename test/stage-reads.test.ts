import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dictionaries } from '../core/dictionaries';
import { Pipeline, processText } from '../pipeline/pipeline';
import { STAGES } from '../pipeline/stages';

/**
 * A stage's key hashes the files it lists in `reads` (core/stage.ts): a dictionary file a stage reads but does not
 * list would leave its cached output standing after the file is edited, and a reprocess would keep stale facts.
 * Each prefix of the pipeline runs here with fresh dictionaries on documents of every kind the stages read (a
 * report with headings and a plan, a sampling bulletin, a case with a brand, a standard's limit, a table), and
 * every file the prefix reads must be listed by one of its stages.
 */

const DOCUMENTS = [
  '某省质量技术监督局2025年工作总结\n一、2024年工作回顾\n（一）食品安全。全省共抽查了12家企业生产的15种产品，合格率为95.3%，比上年提高1.2个百分点。五年来累计查处案件800起，罚没款320万元。\n二、2025年工作安排\n力争产品质量合格率达到96%以上。',
  '电动自行车共抽查了5个省12家企业生产的15种产品。抽查结果显示，有3种产品不符合标准规定。查获假冒“飞燕”牌西服1200件，已依法移送公安机关。新国标规定，生乳蛋白质含量每100克不低于2.8克，一部电梯突然下落，10人受伤。',
  '<html><body><p>2023年产品质量监督抽查结果</p><table><tr><td>产品</td><td>抽查批次</td><td>合格率</td></tr><tr><td>奶粉</td><td>40</td><td>95%</td></tr><tr><td>童装</td><td>25</td><td>88%</td></tr></table></body></html>',
];

const dictionariesDir = path.resolve(__dirname, '..', 'dictionaries');

describe('stage keys: every dictionary file a stage reads is in its reads', () => {
  for (let end = 1; end <= STAGES.length; end++) {
    const stages = STAGES.slice(0, end);
    it(`stages up to ${stages[end - 1]!.name}`, () => {
      const dictionaries = new Dictionaries(dictionariesDir);
      const pipeline = new Pipeline(stages, dictionaries);
      DOCUMENTS.forEach((text, i) => processText(text, `reads-${i}`, pipeline));
      const listed = new Set(stages.flatMap((stage) => stage.reads));
      expect(dictionaries.filesRead().filter((file) => !listed.has(file))).toEqual([]);
    });
  }
  it('the whole pipeline reads the context files its extract stage lists', () => {
    const dictionaries = new Dictionaries(dictionariesDir);
    DOCUMENTS.forEach((text, i) => processText(text, `reads-${i}`, new Pipeline(STAGES, dictionaries)));
    const read = new Set(dictionaries.filesRead());
    for (const file of ['context/sampled-sections.json', 'context/category-words.json', 'context/categories.tsv'])
      expect(read.has(file), file).toBe(true);
  });
});
