/**
 * Data tables of an HTML page as a grid: every `<tr>` a row, every slot of it the cell that starts there
 * (`rowspan` and `colspan` leave the slots they cover empty), so that the clean stage can write a row as
 * one line with its cells between tabs, and the table stage read it back with its spans. Tables that lay
 * out a page rather than hold data are left to the ordinary line extraction: a table inside another, one
 * marked as presentation, one with a cell of running text, one without two rows and two columns or
 * without a single figure.
 */
import type { AnyNode, Element } from 'domhandler';
import { cellKind } from '../tables/cell-kinds';

export interface HtmlGrid {
  caption: Element | null;
  /** Per row, per column: the cell element starting in that slot, or null. */
  rows: { tr: Element; slots: (Element | null)[] }[];
}

/** Longest cell text in a data table: a longer one is a paragraph laid out by a table. */
const MAX_CELL_TEXT = 80;
/** Largest span honoured (a bigger one is a layout trick). */
const MAX_SPAN = 50;

function children(el: Element): Element[] {
  return el.children.filter((c: AnyNode): c is Element => c.type === 'tag');
}

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of children(table)) {
    const name = child.name.toLowerCase();
    if (name === 'tr') rows.push(child);
    else if (name === 'thead' || name === 'tbody' || name === 'tfoot')
      rows.push(...children(child).filter((c) => c.name.toLowerCase() === 'tr'));
  }
  return rows;
}

function hasNestedTable(el: Element): boolean {
  return children(el).some((c) => c.name.toLowerCase() === 'table' || hasNestedTable(c));
}

export function textContent(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (node.type !== 'tag' && node.type !== 'root') return '';
  return (node as Element).children.map(textContent).join('');
}

function span(el: Element, attribute: string): number {
  const value = Number.parseInt(el.attribs[attribute] ?? '1', 10);
  return Number.isFinite(value) && value >= 1 ? Math.min(value, MAX_SPAN) : 1;
}

/** The grid of a data table, or null for a layout table. */
export function dataTableGrid(table: Element): HtmlGrid | null {
  if ((table.attribs['role'] ?? '').toLowerCase() === 'presentation' || hasNestedTable(table)) return null;
  const trs = rowsOf(table);
  if (trs.length < 2) return null;
  const taken: boolean[][] = [];
  const rows: HtmlGrid['rows'] = [];
  let columns = 0;
  let figures = 0;
  // Rows with a cell of running text: a layout table, unless the cell is the row's only one (a title, a note).
  const longRows = new Set<number>();
  for (let r = 0; r < trs.length; r++) {
    taken[r] ??= [];
    const slots: (Element | null)[] = [];
    let c = 0;
    for (const cell of children(trs[r]!).filter((e) => /^t[dh]$/i.test(e.name))) {
      while (taken[r]![c]) c++;
      const text = textContent(cell).replace(/\s+/g, '');
      if (text.length > MAX_CELL_TEXT) longRows.add(r);
      if (cellKind(text) === 'number') figures++;
      const rowSpan = span(cell, 'rowspan');
      const colSpan = span(cell, 'colspan');
      for (let dr = 0; dr < rowSpan && r + dr < trs.length; dr++) {
        taken[r + dr] ??= [];
        for (let dc = 0; dc < colSpan; dc++) taken[r + dr]![c + dc] = true;
      }
      slots[c] = cell;
      c += colSpan;
    }
    columns = Math.max(columns, taken[r]!.length, slots.length);
    rows.push({ tr: trs[r]!, slots });
  }
  if (columns < 2 || figures === 0) return null;
  for (const r of longRows) if (rows[r]!.slots.filter((slot) => slot).length > 1) return null;
  for (const row of rows) for (let c = 0; c < columns; c++) row.slots[c] ??= null;
  const caption = children(table).find((c) => c.name.toLowerCase() === 'caption') ?? null;
  return { caption, rows };
}
