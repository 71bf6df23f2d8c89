import { describe, expect, it } from 'vitest';
import { loadTimeRules, TIME_FILE } from '../pipeline/scope/time';
import { byValue, dictionaries, factsOf } from './extract-helpers';

/**
 * PERIOD-SPAN-LEVEL (contract v1.1, period: a span for cumulative figures): under a span looked back on (五年来, a
 * “十四五” review part) a rank a figure holds and an amount past a mark are standings at one time, of the span's last
 * year; a change, a count of marks crossed and what was added keep the span. Our own sentences in the style of the
 * provincial reports given in 2026.
 */
const REVIEW = [
  '2026年某某省政府工作报告',
  '一、“十四五”时期工作回顾',
  '五年来，全省综合实力稳步提升。全省生产总值迈上5万亿元，年均增长5.4%。',
  '特色农业加快发展，茶叶等12种农产品产量居全国第1位，新建高标准农田900万亩。',
  '企业实力持续增强，6家省属企业进入中国企业500强，规上工业增加值增长35.2%、居全国第2位。',
  '社会保障不断完善，城乡居民医保覆盖4200万人，城市居民人均住房使用面积超过45平方米。',
  '全省生产总值五年跨过2个万亿元台阶。',
].join('\n');

describe('levels under a five-year review (PERIOD-SPAN-LEVEL)', () => {
  const facts = factsOf(REVIEW);
  it('dates a rank a count holds by the span’s last year', () => {
    expect(byValue(facts, 12).period).toBe('2025');
    expect(byValue(facts, 6).period).toBe('2025');
  });
  it('dates an amount past a mark, a coverage and a per-head stock by the span’s last year', () => {
    expect(byValue(facts, 5e12).period).toBe('2025');
    expect(byValue(facts, 42000000).period).toBe('2025');
    expect(byValue(facts, 45).period).toBe('2025');
  });
  it('keeps the span for a change with a rank, an addition and a count of marks crossed', () => {
    expect(byValue(facts, 35.2).period).toBe('2021-2025');
    expect(byValue(facts, 9000000).period).toBe('2021-2025');
    expect(byValue(facts, 2).period).toBe('2021-2025');
  });
});

describe("time.json's rankAfterExamples and crossedExamples", () => {
  const rules = loadTimeRules(dictionaries);
  const file = dictionaries.json<{ rankAfterExamples: [string, boolean][]; crossedExamples: [string, boolean][] }>(TIME_FILE);
  it('runs rankAfterExamples', () => {
    for (const [text, rank] of file.rankAfterExamples) expect(rules.rankAfter.test(text), text).toBe(rank);
  });
  it('runs crossedExamples', () => {
    for (const [text, crossed] of file.crossedExamples) expect(rules.crossedBefore.test(text), text).toBe(crossed);
  });
});
