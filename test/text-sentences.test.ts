import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dictionaries } from '../core/dictionaries';
import { loadSentenceRules, splitSentences } from '../pipeline/text/sentences';

const rules = loadSentenceRules(new Dictionaries(path.resolve(__dirname, '../dictionaries')));
const split = (text: string) => splitSentences(text, rules).map((s) => text.slice(s.start, s.end));

describe('sentence rule examples (dictionaries/normalise/sentences.json)', () => {
  for (const example of rules.examples) {
    it(example.input, () => {
      expect(split(example.input)).toEqual(example.sentences);
    });
  }
  for (const marker of rules.listMarkers) {
    for (const example of marker.examples) {
      it(`${marker.id}: ${example} starts a sentence after a colon`, () => {
        expect(split(`工作如下：${example}加强质量监管。`)).toEqual(['工作如下：', `${example}加强质量监管。`]);
      });
    }
  }
});

describe('splitSentences', () => {
  it('numbers orders and keeps spans trimmed and increasing', () => {
    const text = '  第一句。 第二句！\n\n第三句？';
    const sentences = splitSentences(text, rules);
    expect(sentences.map((s) => s.order)).toEqual([0, 1, 2]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
    for (let i = 1; i < sentences.length; i++) expect(sentences[i]!.start).toBeGreaterThanOrEqual(sentences[i - 1]!.end);
  });

  it('never splits a number, a percentage or a standard code', () => {
    expect(split('合格率87.9%，执行GB/T 19580-2012标准，金额3529.55万元。')).toHaveLength(1);
  });

  it('does not let an unbalanced quotation swallow the rest of the text', () => {
    const long = '质量工作。'.repeat(60);
    expect(split(`他说“开始${long}`).length).toBeGreaterThan(10);
  });

  it('joins a hard-wrapped line but not a short heading', () => {
    const wrapped = '全省质量技术监督系统认真贯彻落实科学发展观全面加强质量监管工作取得显\n著成效。';
    expect(split(wrapped)).toEqual([wrapped]);
    expect(split('工作报告\n全省质量工作取得成效。')).toEqual(['工作报告', '全省质量工作取得成效。']);
  });

  it('splits on Latin stops only before white space', () => {
    expect(split('访问www.cqn.com.cn? 是的')).toEqual(['访问www.cqn.com.cn?', '是的']);
  });

  it('drops sentences without content', () => {
    expect(split('。。\n——\n合格。')).toEqual(['合格。']);
  });
});
