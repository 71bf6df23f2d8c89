import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dictionaries } from '../core/dictionaries';
import { isWellFormedChineseNumeral, scanLatinAndNumbers } from '../pipeline/text/number-scan';
import { createSegmenter, SPLIT_RULES_FILE, type SplitRule } from '../pipeline/text/segment';

const dictionaries = new Dictionaries(path.resolve(__dirname, '../dictionaries'));
const segmenter = createSegmenter(dictionaries);
const words = (text: string) => segmenter.segment(text).map((t) => t.word);

describe('segmentation', () => {
  it('keeps Arabic numbers whole, tagged m', () => {
    const tokens = segmenter.segment('立案查处案件4510起，合格率为87.9%，涉案货值3529.55万元，共1,236起。');
    const numbers = tokens.filter((t) => t.tag === 'm').map((t) => t.word);
    expect(numbers).toEqual(expect.arrayContaining(['4510', '87.9%', '3529.55', '1,236']));
  });

  it('splits 执法检查中共出动 without the token 中共', () => {
    const w = words('执法检查中共出动执法人员2000人次');
    expect(w).not.toContain('中共');
    expect(w).toContain('出动');
    expect(w.join('')).toBe('执法检查中共出动执法人员2000人次');
  });

  it('keeps well-formed Chinese numerals whole and leaves idioms alone', () => {
    expect(words('全年立案查处案件四千五百一十起')).toContain('四千五百一十');
    expect(words('投入资金一千二百三十四点五六万元')).toContain('一千二百三十四点五六');
    expect(words('合格率为百分之九十五点五')).toContain('百分之九十五点五');
    expect(words('一些企业要一五一十说明')).not.toContain('一十');
    expect(words('贯彻党的十七大和十七届三中全会精神，编制“十三五”规划')).toEqual(expect.arrayContaining(['十七大', '三中全会', '十三五']));
  });

  it('gives spans that slice back to each word, in order, without white space', () => {
    const text = '全省质监系统 出动执法人员49955人次，查处PM2.5超标、GB/T 19580-2012等问题。';
    const tokens = segmenter.segment(text);
    let last = 0;
    for (const t of tokens) {
      expect(text.slice(t.start, t.end)).toBe(t.word);
      expect(t.start).toBeGreaterThanOrEqual(last);
      expect(t.word.trim()).toBe(t.word);
      last = t.end;
    }
    expect(tokens.map((t) => t.word)).toEqual(expect.arrayContaining(['49955', 'PM2.5', 'GB/T', '19580', '2012']));
  });

  it('segments a sub-range with offsets into the whole text', () => {
    const text = '前言。合格率为96.3%。';
    const start = text.indexOf('合');
    const tokens = segmenter.segment(text, start, text.length);
    expect(tokens[0]!.start).toBe(start);
    expect(tokens.some((t) => t.word === '96.3%' && text.slice(t.start, t.end) === '96.3%')).toBe(true);
  });

  it('uses the domain dictionary for metric names', () => {
    expect(words('实物质量抽样合格率为87.9%')).toContain('实物质量抽样合格率');
    expect(words('重点企业定检率和受检率均达到95%')).toEqual(expect.arrayContaining(['定检率', '受检率']));
  });
});

describe('split rule examples (dictionaries/jieba/split-rules.json)', () => {
  for (const rule of dictionaries.json<{ rules: SplitRule[] }>(SPLIT_RULES_FILE).rules) {
    for (const example of rule.examples) {
      it(`${rule.id}: ${example.input}`, () => {
        const w = words(example.input);
        for (const word of example.forbid) expect(w).not.toContain(word);
        for (const word of example.require) expect(w).toContain(word);
      });
    }
  }
});

describe('number scanner', () => {
  it('finds numbers but not digits glued to letters', () => {
    const text = '3C认证PM2.5浓度87.9%和1,236起';
    const spans = scanLatinAndNumbers(text).map((s) => [text.slice(s.start, s.end), s.tag]);
    expect(spans).toEqual([
      ['3C', 'eng'],
      ['PM2.5', 'eng'],
      ['87.9%', 'm'],
      ['1,236', 'm'],
    ]);
  });

  it('accepts well-formed Chinese numerals only', () => {
    for (const good of [
      '四千五百一十',
      '十二',
      '三十',
      '一万零五',
      '二〇〇八',
      '一千二百三十四点五六',
      '百分之九十五点五',
      '捌拾伍万',
      '两千',
    ])
      expect(isWellFormedChineseNumeral(good), good).toBe(true);
    for (const bad of ['一五一十', '万一', '十一五', '千万', '一一', '九五']) expect(isWellFormedChineseNumeral(bad), bad).toBe(false);
  });
});
