import type { Cell, SheetData } from 'write-excel-file/node' with { 'resolution-mode': 'import' };
import { cellText, type RowSet } from './row-output';

/**
 * Rows as an .xlsx workbook of one sheet: a bold header row that stays in view, numbers as numbers, NULL
 * as an empty cell, BLOBs as base64. Written by write-excel-file (a maintained writer with one dependency,
 * fflate): the Office Open XML package (zip, shared styles, sheet XML) is not worth writing by hand.
 * Returns the number of rows.
 */
export async function writeXlsx(file: string, set: RowSet, sheet = 'qmine'): Promise<number> {
  const data: SheetData = [set.columns.map((name): Cell => ({ value: name, fontWeight: 'bold' }))];
  for (const row of set.rows) data.push(row.map(xlsxCell));
  // An ES module: loaded with import(), which TypeScript keeps as is in this CommonJS build.
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  await writeXlsxFile(data, { sheet: sheet.slice(0, 31), stickyRowsCount: 1 }).toFile(file);
  return data.length - 1;
}

function xlsxCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return { value, type: Number };
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? { value: Number(value), type: Number } : String(value);
  return cellText(value);
}
