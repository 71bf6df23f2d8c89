import { describe, expect, it } from 'vitest';
import { factsOf } from './extract-helpers';

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

  it('keeps short lines (headings, a title and its date line) apart', () => {
    const facts = factsOf('关于开展产品质量提升行动的通知\n各县区质监局：\n今年共抽查产品120批次。');
    expect(facts.some((f) => f.text.includes('通知各县区'))).toBe(false);
  });
});
