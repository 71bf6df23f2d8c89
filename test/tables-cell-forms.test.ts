import { describe, expect, it } from 'vitest';
import { cellKind, pairCell } from '../pipeline/tables/cell-kinds';
import { readHeader } from '../pipeline/tables/header-reading';
import { loadTableConfig } from '../pipeline/tables/table-config';
import { loadLexicons } from '../pipeline/extract/lexicons';
import { loadRegionIndex } from '../pipeline/metadata/regions';
import { dictionaries } from './extract-helpers';

/**
 * Cell forms of bulletins' summary tables (pipeline/tables/cell-kinds.ts): a part of a year heading a row or a
 * column is a label naming a period, never a figure nor a subject; a cell holding two figures under a header
 * naming two measures is a figure cell, each figure with its place in the cell.
 */
const reading = { config: loadTableConfig(dictionaries), lexicons: loadLexicons(dictionaries), regions: loadRegionIndex(dictionaries) };

describe('parts of a year are labels of a period', () => {
  it('reads months, runs of months, quarters and halves as labels, and figures with other units as figures', () => {
    for (const label of ['3月', '12月份', '1-6月', '1—3月', '十一月', '第二季度', '3季度', '前三季度', '上半年', '全年', '2019年3月'])
      expect(cellKind(label), label).toBe('label');
    for (const figure of ['3个', '12家', '6批次', '90.5%', '13']) expect(cellKind(figure), figure).toBe('number');
  });

  it('gives a part of a year no measure, no region and no subject; a year before it is the period', () => {
    expect(readHeader('第三季度', reading)).toMatchObject({ words: '', year: null, region: null });
    expect(readHeader('10月份', reading)).toMatchObject({ words: '', year: null });
    expect(readHeader('2021年4月', reading)).toMatchObject({ words: '', year: '2021' });
  });
});

describe('cells holding two figures', () => {
  it('reads a slash pair and a bracket pair, each figure where it stands in the cell', () => {
    expect(pairCell('24/30')).toEqual({
      joint: 'slash',
      figures: [
        { start: 0, end: 2 },
        { start: 3, end: 5 },
      ],
    });
    expect(pairCell(' 150(12)')).toEqual({
      joint: 'bracket',
      figures: [
        { start: 1, end: 4 },
        { start: 5, end: 7 },
      ],
    });
    expect(pairCell('4/44')?.figures[1]).toEqual({ start: 2, end: 4 });
    expect(cellKind('86／80')).toBe('number');
  });

  it('reads no pair in a year and month, a single figure, or words', () => {
    expect(pairCell('2019/3')).toBeNull();
    expect(pairCell('92.5')).toBeNull();
    expect(pairCell('GB/T 1234')).toBeNull();
  });
});
