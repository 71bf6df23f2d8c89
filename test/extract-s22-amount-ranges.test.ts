import { describe, expect, it } from 'vitest';
import { byValue, dictionaries, factsOf } from './extract-helpers';

/**
 * Amounts whose measure the text names once for several figures (session 22): the two ends of a range
 * (lexicons/metric-trim.json `rangeEnds`, pipeline/extract/range-metric.ts), the later bands of a graded list of
 * cases, and figures in 万/亿 written without 元 that a money noun or the other end of their range names
 * (lexicons/units.json `implied`). Our own sentences.
 */

const rangeEnds = dictionaries.json<{ rangeEnds: { joiner: string; holds: string[]; lacks: string[] } }>(
  'lexicons/metric-trim.json',
).rangeEnds;

describe('rangeEnds joiner', () => {
  it('matches what it holds and not what it lacks', () => {
    const joiner = new RegExp(rangeEnds.joiner);
    for (const text of rangeEnds.holds) expect(joiner.test(text), text).toBe(true);
    for (const text of rangeEnds.lacks) expect(joiner.test(text), text).toBe(false);
  });
});

describe('the ends of a range share one metric', () => {
  it('gives the high end the measure named before the low end', () => {
    const facts = factsOf('去年共查办货值8万元至15万元的案件6起。');
    expect(byValue(facts, 80000).metric).toContain('货值');
    expect(byValue(facts, 150000)).toMatchObject({ type: 'amount', unit: '元', bound: 'at_most' });
    expect(byValue(facts, 150000).metric).toContain('货值');
  });

  it('gives the low end the fine named after the high end', () => {
    const facts = factsOf('逾期不改的，将依法对经营者处3万元以上、30万元以下罚款。');
    expect(byValue(facts, 30000).metric).toContain('罚款');
    expect(byValue(facts, 300000).metric).toContain('罚款');
  });
});

describe('the bands of a graded list of cases', () => {
  it('gives every band the measure the list opened with', () => {
    const facts = factsOf('其中罚没款2万元至6万元之间的案件12件，6万元至20万元之间的案件4件，20万元以上的案件1件。');
    for (const value of [20000, 60000, 200000]) {
      const bands = facts.filter((f) => f.type === 'amount' && f.value === value);
      expect(bands.length, String(value)).toBeGreaterThan(0);
      for (const band of bands) expect(band.metric, String(value)).toContain('罚没款');
    }
  });

  it('does not give a measure to a figure that names its own', () => {
    const facts = factsOf('全市查处货值5万元以上的案件9起，罚没款30万元。');
    expect(byValue(facts, 300000).metric).not.toContain('货值');
  });
});

describe('figures in 万 written without 元', () => {
  it('reads a case value, and a fine after a currency named before it, as money', () => {
    expect(byValue(factsOf('某县上半年查办违法案件80件，案值近300万。'), 3000000)).toMatchObject({ type: 'amount', unit: '元' });
    expect(byValue(factsOf('违者可处新台币6万以上罚锾。'), 60000)).toMatchObject({ type: 'amount', unit: '元' });
  });

  it('reads the low end of a fine range as money when only the high end says 元', () => {
    const low = byValue(factsOf('经营者违反规定的，主管机关可处新台币4万以上、400万元以下罚锾。'), 40000);
    expect(low).toMatchObject({ type: 'amount', unit: '元', bound: 'at_least' });
    expect(low.metric).toContain('罚锾');
  });

  it('reads money before 的 and a money noun', () => {
    expect(byValue(factsOf('这家企业当年就拿出了五千万的投资。'), 50000000)).toMatchObject({ type: 'amount', unit: '元' });
  });
});
