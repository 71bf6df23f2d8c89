import { describe, expect, it } from 'vitest';
import { dictionaries, factsOf } from './extract-helpers';
import { normaliseText } from '../pipeline/text/normalise';
import { loadNormaliseRules } from '../pipeline/text/normalise-rules';

/** Our own paragraph, wrapped at a fixed width as pages and OCR output are. */
const PARAGRAPH = '全市质监部门全年共查处各类违法案件八百余起，罚没款45万元，封存不合格化肥23.5万公斤，维护了农资市场的秩序。';
const NEXT = '各县区认真开展了农资打假专项行动，组织执法人员深入乡镇集市和农资经营门店开展检查，受到农民群众的普遍欢迎。';
function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < paragraph.length; i += width) lines.push(paragraph.slice(i, i + width));
  return lines;
}
function wrapped(width: number): string {
  return ['二、主要工作', ...wrap(PARAGRAPH, width), ...wrap(NEXT, width), '三、下一步打算'].join('\n');
}

describe('hard-wrapped text', () => {
  it.each([21, 24, 26, 28])('gives the facts of the unwrapped text at width %i, pointing into the raw text', (width) => {
    const raw = wrapped(width);
    const facts = factsOf(raw);
    const money = facts.find((f) => f.unit === '元');
    const weight = facts.find((f) => f.unit === '公斤');
    expect(money?.value).toBe(450000);
    expect(weight?.value).toBe(235000);
    const rawText = Array.from(raw).slice(money!.raw_start, money!.raw_end).join('');
    expect(rawText.replace(/\n/g, '')).toBe(money!.text);
  });

  it('joins a text cut at a varying width, and leaves the rows of a text table apart', () => {
    const ragged = [
      '二、主要工作',
      '全市质监部门全年共查处各类违法案件八百余',
      '起，罚没款45万元，封存不合格化肥23.5万公斤，维',
      '护了农资市场的秩序。各县区认真开展了农资打',
      '假专项行动，受到农民群众的普遍欢迎。',
    ].join('\n');
    const facts = factsOf(ragged);
    expect(facts.find((f) => f.unit === '起')?.value).toBe(800);
    expect(facts.find((f) => f.unit === '公斤')?.value).toBe(235000);
    const table = [
      '产品名称    抽查批次    合格批次    合格率',
      '电线电缆    120    114    95.0%',
      '建筑用钢筋    86    85    98.8%',
      '农用化肥    64    60    93.8%',
    ].join('\n');
    expect(normaliseText(table, loadNormaliseRules(dictionaries)).text).toBe(table);
  });

  it('reads no wrap into the rows of a table a scraper flattened to single spaces', () => {
    const page = [
      '某某省市场监督管理局关于2019年案件查办情况的通报',
      '2019年，全省市场监管系统加大执法力度，各市罚没情况如下。',
      '地区 罚款 没收违法所得 涉案货值 移送公安',
      '东城市 856.2 120.5 1320.4 12',
      '西城市 230.8 45.6 410.6 7',
      '南城市 198.4 36.2 366.1 5',
      '合计 1285.4 202.3 2097.1 24',
      '以上情况，特此通报。',
    ].join('\n');
    const lines = normaliseText(page, loadNormaliseRules(dictionaries)).text.split('\n');
    expect(lines.map((line) => line.slice(0, 2))).toEqual(['某某', '20', '地区', '东城', '西城', '南城', '合计', '以上']);
  });

  it('keeps short lines (headings, a title and its date line) apart', () => {
    const facts = factsOf('关于开展产品质量提升行动的通知\n各县区质监局：\n今年共抽查产品120批次。');
    expect(facts.some((f) => f.text.includes('通知各县区'))).toBe(false);
  });
});
