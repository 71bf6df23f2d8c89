import { describe, expect, it } from 'vitest';
import type { Sentence, Table } from '../core/document';
import { rowsAsSentences } from '../pipeline/tables/row-sentences';

/** A table of the given row spans (the other fields play no part here). */
function tableOf(rows: { start: number; end: number }[]): Table {
  return {
    kind: 'aligned',
    start: rows[0]!.start,
    end: rows[rows.length - 1]!.end,
    caption: null,
    rows,
    columns: 3,
    headerRows: 1,
    headerColumns: 0,
    cells: [],
  };
}

describe('table rows as sentences (pipeline/tables/row-sentences.ts)', () => {
  const lines = ['企业名称 产品 商标', '某某酒厂 白酒 云泉', '某某酒业有限公司 黄酒 金禾 (短一格)', '某某酿造厂 米酒 鹤鸣'];
  const text = lines.join('\n');
  const at = (k: number) => ({ start: text.indexOf(lines[k]!), end: text.indexOf(lines[k]!) + lines[k]!.length });
  const spans = (sentences: Sentence[]) => sentences.map((s) => text.slice(s.start, s.end));

  it('makes each row a sentence and keeps a line the table did not take as a row, though the splitter ran it into a row', () => {
    // The splitter ran lines 1 and 2 together; the table took lines 0, 1 and 3 as rows.
    const split: Sentence[] = [
      { ...at(0), order: 0 },
      { start: at(1).start, end: at(2).end, order: 1 },
      { ...at(3), order: 2 },
    ];
    const out = rowsAsSentences(split, [tableOf([at(0), at(1), at(3)])], text);
    expect(spans(out)).toEqual([lines[0], lines[1], lines[2], lines[3]]);
    expect(out.map((s) => s.order)).toEqual([0, 1, 2, 3]);
  });

  it('keeps the sentences as they are when there is no table', () => {
    const split: Sentence[] = [{ start: 0, end: text.length, order: 0 }];
    expect(rowsAsSentences(split, [], text)).toEqual(split);
  });
});
