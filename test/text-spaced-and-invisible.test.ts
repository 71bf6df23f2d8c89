import { describe, expect, it } from 'vitest';
import { byValue, factsOf } from './extract-helpers';

/** The raw text a fact points at. */
function rawOf(raw: string, fact: { raw_start: number; raw_end: number }): string {
  return Array.from(raw).slice(fact.raw_start, fact.raw_end).join('');
}

/** Our own report paragraph with every figure's digits spaced out, as some scraped pages and OCR write them. */
const SPACED = [
  '一、过去一年的工作',
  '2 0 1 2 年全省质监系统围绕中心、服务大局，各项工作取得新进展。全年监督抽查产品3 2 6 5 批次，抽查合格率为8 9 .6 %，比上年提高1 .2 个百分点。',
  '全年立案查处质量违法案件1 4 5 6 起，罚没款1 2 3 .5 万元。',
].join('\n');

describe('spaced-out digits (digits.spaced)', () => {
  it('joins the figures of a text that spaces every digit, pointing into the raw text', () => {
    const facts = factsOf(SPACED);
    const cases = byValue(facts, 1456);
    expect(cases.unit).toBe('起');
    expect(rawOf(SPACED, cases).replace(/ /g, '')).toBe(cases.text.replace(/ /g, ''));
    expect(byValue(facts, 1235000).unit).toBe('元');
    expect(byValue(facts, 3265).unit).toBe('批次');
    expect(facts.some((f) => f.type === 'rate' && Math.abs((f.value ?? 0) - 89.6) < 1e-6)).toBe(true);
  });

  it('does the same for full-width digits with ideographic spaces', () => {
    const raw = SPACED.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');
    const facts = factsOf(raw);
    const cases = byValue(facts, 1456);
    expect(rawOf(raw, cases)).toContain('１\u3000４\u3000５\u3000６');
  });

  it('leaves numbers apart in a text that writes its numbers whole', () => {
    const text = '2012年全省监督抽查产品3265批次，合格率89.6%，立案1456起，分别抽查2 3家企业。\n表2 各类产品\n批次 2 3\n序号 1 2 3';
    const facts = factsOf(text);
    expect(facts.some((f) => f.value === 23 || f.value === 123)).toBe(false);
  });
});

describe('zero-width characters and page-break lines (invisibles.drop)', () => {
  const raw =
    '全年全省生产总值达到3.6\n\u200b\n万亿元，增长7.5%。全省新增注册商标2.1万件，著名商\n\u200b\n标1\u200b36件。\n\u200b\n二、今年的主要任务';

  it('joins figures and words a page-break line cut, pointing into the raw text', () => {
    const facts = factsOf(raw);
    const money = byValue(facts, 3.6e12);
    expect(money.unit).toBe('元');
    expect(rawOf(raw, money)).toContain('3.6\n\u200b\n万亿元');
    expect(rawOf(raw, money).replace('\n\u200b\n', '')).toBe(money.text);
    expect(byValue(facts, 136).text).toBe('著名商标136件');
  });

  it('keeps a paragraph break that a page-break line follows', () => {
    const facts = factsOf(raw);
    expect(facts.some((f) => f.text.includes('二、'))).toBe(false);
  });
});
