/**
 * One table written in every layout the contract names (HTML with a page around it, drawn with box
 * characters, aligned with spaces, separated by tabs, one cell a line, and an HTML table a scraper flattened
 * to a line of words per row or to one cell a line closed by a pipe), so a test can check that each layout gives the same facts. A table is its
 * header rows (cells may span columns and rows, as merged cells do), its body rows, and the words around it.
 * Layouts scraped pages produce besides (fifteenth session): columns padded with ideographic spaces; a serial
 * number column added (one cell a line); the header's units moved to a row of their own (tab-separated, the
 * units row's first cells empty); header cells a narrow column wrapped over two lines (space-aligned); the
 * table turned on its side (its measures as rows, its products, places or years as columns; an HTML table).
 * Sixteenth session: a scrape that puts each cell's border on a line of its own after the cell, the header's
 * longer cells wrapped over two lines (`bordered`). Eighteenth session: a box-drawn table whose page collapsed
 * the spaces padding each cell and shortened its rules (`collapsed`: `│ 抽查结果│ 大型企业 │` over `│ │总│ 其中 │`), so
 * only the junctions of the drawing still say which columns a cell spans.
 */

export interface HeadCell {
  text: string;
  cols?: number;
  rows?: number;
}

export interface TableSpec {
  /** The document's title (a page's heading): it names the issuer's region, often the period and subject. */
  title: string;
  /** The sentence before the table. */
  lead: string;
  caption?: string;
  /** A line under the caption giving the whole table's unit (`单位：万元`). */
  unitLine?: string;
  head: (HeadCell | string)[][];
  body: string[][];
  /** A footnote under the table. */
  note?: string;
}

export const LAYOUTS = [
  'html',
  'box',
  'spaced',
  'tabbed',
  'flat',
  'scraped',
  'piped',
  'ideographic',
  'numbered',
  'unitrow',
  'wrapped',
  'transposed',
  'bordered',
  'collapsed',
] as const;
export type Layout = (typeof LAYOUTS)[number];

/** A grid slot: the cell that starts there, or a place a merged cell covers. */
interface Slot {
  text: string;
  cols: number;
  rows: number;
  origin: boolean;
  /** Covered by a cell spanning from the row above. */
  fromAbove: boolean;
}

const cellOf = (c: HeadCell | string): Required<HeadCell> =>
  typeof c === 'string' ? { text: c, cols: 1, rows: 1 } : { text: c.text, cols: c.cols ?? 1, rows: c.rows ?? 1 };

/** The grid of a table: merged cells laid out as HTML lays out colspan and rowspan. */
function grid(spec: TableSpec): Slot[][] {
  const width = spec.body[0]!.length;
  const head: Slot[][] = spec.head.map(() => []);
  spec.head.forEach((row, r) => {
    let c = 0;
    for (const raw of row) {
      while (head[r]![c]) c++;
      const cell = cellOf(raw);
      for (let dr = 0; dr < cell.rows; dr++)
        for (let dc = 0; dc < cell.cols; dc++)
          head[r + dr]![c + dc] = {
            text: dr === 0 && dc === 0 ? cell.text : '',
            cols: cell.cols,
            rows: cell.rows,
            origin: dr === 0 && dc === 0,
            fromAbove: dr > 0,
          };
      c += cell.cols;
    }
  });
  for (const row of head) if (row.length !== width) throw new Error(`header row of ${row.length} slots in a table of ${width} columns`);
  const body = spec.body.map((row) => row.map((text) => ({ text, cols: 1, rows: 1, origin: true, fromAbove: false })));
  return [...head, ...body];
}

const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
const width = (text: string) => [...text].reduce((w, ch) => w + (WIDE.test(ch) ? 2 : 1), 0);
const pad = (text: string, to: number) => text + ' '.repeat(Math.max(0, to - width(text)));

/** Display width of each column, wide enough for every cell (a merged cell shares its width out). */
function columnWidths(slots: Slot[][]): number[] {
  const n = slots[0]!.length;
  const widths = new Array<number>(n).fill(2);
  for (const row of slots)
    row.forEach((s, c) => {
      if (s.origin && s.cols === 1) widths[c] = Math.max(widths[c]!, width(s.text) + 2);
    });
  for (const row of slots)
    row.forEach((s, c) => {
      if (!s.origin || s.cols === 1) return;
      const have = widths.slice(c, c + s.cols).reduce((a, b) => a + b, 0) + s.cols - 1;
      if (have < width(s.text) + 2) widths[c + s.cols - 1]! += width(s.text) + 2 - have;
    });
  return widths;
}

/** The words before the table, the table, the words after it, as a text file gives them. */
function textPage(spec: TableSpec, table: string[]): string {
  return [
    spec.title,
    '',
    `    ${spec.lead}`,
    '',
    ...(spec.caption ? [`    ${spec.caption}`] : []),
    ...(spec.unitLine ? [`    ${spec.unitLine}`] : []),
    ...table,
    ...(spec.note ? ['', `    ${spec.note}`] : []),
    '',
    '    以上情况，特此通报。',
    '',
  ].join('\n');
}

function box(spec: TableSpec): string {
  const slots = grid(spec);
  const widths = columnWidths(slots);
  const n = widths.length;
  /** Whether a vertical bar stands at the left edge of column c in row r (0 < c < n). */
  const barAt = (r: number, c: number) => slots[r]![c]!.origin || slots[r]![c]!.fromAbove;
  const bar = (r: number, c: number) => c === 0 || c === n || (r >= 0 && r < slots.length && barAt(r, c) && isStart(r, c));
  const isStart = (r: number, c: number) => {
    // A slot covered from the left (colspan) has no bar before it.
    for (let k = c - 1; k >= 0; k--) {
      const s = slots[r]![k]!;
      if (s.origin || s.fromAbove) return k + s.cols <= c;
    }
    return true;
  };
  const junction = (up: boolean, down: boolean, left: boolean, right: boolean): string => {
    const key = `${up ? 1 : 0}${down ? 1 : 0}${left ? 1 : 0}${right ? 1 : 0}`;
    const chars: Record<string, string> = {
      '0101': '┌',
      '0110': '┐',
      '1001': '└',
      '1010': '┘',
      '1101': '├',
      '1110': '┤',
      '0111': '┬',
      '1011': '┴',
      '1111': '┼',
      '1100': '│',
      '0011': '─',
      '0001': '─',
      '0010': '─',
      '1000': '│',
      '0100': '│',
      '0000': ' ',
    };
    return chars[key]!;
  };
  /** The rule above row r (r = slots.length: the bottom). A column under a cell spanning rows has none. */
  const rule = (r: number) => {
    const dash = (c: number) => !(r < slots.length && r > 0 && slots[r]![c]!.fromAbove);
    let line = '';
    for (let c = 0; c <= n; c++) {
      const left = c > 0 && dash(c - 1);
      const right = c < n && dash(c);
      line += junction(r > 0 && bar(r - 1, c), r < slots.length && bar(r, c), left, right);
      if (c < n) line += (dash(c) ? '─' : ' ').repeat(widths[c]!);
    }
    return line;
  };
  const rowLine = (r: number) => {
    let line = '│';
    for (let c = 0; c < n;) {
      const s = slots[r]![c]!;
      const span = s.origin || s.fromAbove ? s.cols : 1;
      const w = widths.slice(c, c + span).reduce((a, b) => a + b, 0) + span - 1;
      line += pad(` ${s.origin ? s.text : ''}`, w) + '│';
      c += span;
    }
    return line;
  };
  const lines: string[] = [];
  for (let r = 0; r < slots.length; r++) {
    lines.push(rule(r));
    lines.push(rowLine(r));
  }
  lines.push(rule(slots.length));
  return textPage(spec, lines);
}

/** The box drawing with every run of padding spaces made one and every rule's dashes two, as some scrapes leave it. */
function collapsed(spec: TableSpec): string {
  return box(spec)
    .split('\n')
    .map((line) => (/^[│┌├└]/.test(line) ? line.replace(/ {2,}/g, ' ').replace(/─+/g, '──') : line))
    .join('\n');
}

/**
 * A row's cells padded to their columns' widths by `fill`: a merged cell takes the width of every column it
 * spans, so the cells after it stay over their columns.
 */
function alignedRow(row: Slot[], widths: readonly number[], fill: (text: string, to: number) => string): string {
  let line = '';
  for (let c = 0; c < row.length;) {
    const s = row[c]!;
    const span = s.origin ? s.cols : 1;
    line += fill(
      s.origin ? s.text : '',
      widths.slice(c, c + span).reduce((a, b) => a + b, 0),
    );
    c += span;
  }
  return line;
}

function spaced(spec: TableSpec): string {
  const slots = grid(spec);
  const widths = columnWidths(slots).map((w) => w + 2);
  return textPage(
    spec,
    slots.map((row) => alignedRow(row, widths, pad).trimEnd()),
  );
}

function tabbed(spec: TableSpec): string {
  return textPage(
    spec,
    grid(spec).map((row) => row.map((s) => (s.origin ? s.text : '')).join('\t')),
  );
}

/** Cells one a line, merged cells once, as text copied from Word or a PDF gives them. */
function flat(spec: TableSpec): string {
  return textPage(
    spec,
    grid(spec).flatMap((row) => row.filter((s) => s.origin && s.text !== '').map((s) => s.text)),
  );
}

/** Each row one line of its cells' words between single spaces: a scraper's text of an HTML table. */
function scraped(spec: TableSpec): string {
  return textPage(
    spec,
    grid(spec).map((row) =>
      row
        .filter((s) => s.origin && s.text !== '')
        .map((s) => s.text)
        .join(' '),
    ),
  );
}

/**
 * Each cell one a line closed by a pipe, an empty cell a lone pipe, rows parted by lines of pipes: an HTML
 * table a scraper flattened with its borders (the caption its first row, spanning the table). Half the
 * tables close cells with ` |`, half with `|`; half part every row, half only the caption and the header, with
 * lines of pipes of every length from two up.
 */
function piped(spec: TableSpec): string {
  const spaced = spec.title.length % 2 === 0;
  const close = (text: string) => (text === '' ? '|' : `${text}${spaced ? ' |' : '|'}`);
  const slots = grid(spec);
  const width = slots[0]!.length;
  const separator = (k: number) => '|'.repeat(2 + (k % Math.max(1, width - 1)));
  const lines: string[] = [];
  if (spec.caption) lines.push(close(spec.caption), '|'.repeat(Math.max(2, width - 1)));
  if (spec.unitLine) lines.push(close(spec.unitLine), separator(1));
  slots.forEach((row, r) => {
    const header = r < spec.head.length;
    lines.push(...row.filter((s) => s.origin && (!header || s.text !== '')).map((s) => close(s.text)));
    if (r === spec.head.length - 1 || (!spaced && r < slots.length - 1)) lines.push(separator(r));
  });
  return textPage({ ...spec, caption: undefined, unitLine: undefined }, lines);
}

/**
 * Each cell's text on its own lines, then its border alone on the next line (`糕点`, `|`); an empty cell a
 * lone border; a header's longer cells wrapped over two lines (`抽查批次`, `(批)`, `|`); rows not parted.
 * Half the tables get a serial number column whose header the label column's header spans (`品种` over `1`
 * and `大米`), that header row closed by a border written twice.
 */
function bordered(spec: TableSpec): string {
  const spanned = spec.title.length % 2 === 1 ? withSpannedSerialColumn(spec) : null;
  const table = spanned ?? spec;
  const slots = grid(table);
  const lines: string[] = [];
  slots.forEach((row, r) => {
    const header = r < table.head.length;
    for (const s of row.filter((slot) => slot.origin && (!header || slot.text !== ''))) {
      const chars = [...s.text];
      if (header && chars.length > WRAP_AT) lines.push(chars.slice(0, WRAP_AT).join(''), chars.slice(WRAP_AT).join(''));
      else if (s.text !== '') lines.push(s.text);
      lines.push('|');
    }
    if (spanned && r === table.head.length - 1) lines.push('|');
  });
  return textPage(table, lines);
}

/**
 * A serial number column added before a one-row header's label column, the label's header spanning both
 * (`品种` over `1` and `大米`), as merged cells do; null when the table has one already or a header of rows.
 */
function withSpannedSerialColumn(spec: TableSpec): TableSpec | null {
  if (spec.head.length !== 1 || SERIAL_HEADER.test(withoutPinyin(headText(spec.head[0]![0]!)))) return null;
  const first = spec.head[0]![0]!;
  const cell = typeof first === 'string' ? { text: first } : first;
  let n = 0;
  return {
    ...spec,
    head: [[{ text: cell.text, cols: (cell.cols ?? 1) + 1 }, ...spec.head[0]!.slice(1)]],
    body: spec.body.map((row) => [TOTAL_ROW.test(row.find((t) => t !== '') ?? '') ? '' : String(++n), ...row]),
  };
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function html(spec: TableSpec): string {
  const headRows = spec.head.map(
    (row) =>
      '<tr>' +
      row
        .map((raw) => {
          const c = cellOf(raw);
          const span = (c.cols > 1 ? ` colspan="${c.cols}"` : '') + (c.rows > 1 ? ` rowspan="${c.rows}"` : '');
          return `<td${span}><p><strong>${escape(c.text)}</strong></p></td>`;
        })
        .join('') +
      '</tr>',
  );
  const bodyRows = spec.body.map(
    (row) => '<tr>' + row.map((t) => `<td><p><span>${escape(t) || '&nbsp;'}</span></p></td>`).join('') + '</tr>',
  );
  return [
    '<!DOCTYPE html>',
    '<html><head><meta charset="UTF-8">',
    `<title>${escape(spec.title)}_通知公告</title></head>`,
    '<body>',
    '<div class="nav"><a href="/">首页</a> | <a href="/tzgg/">通知公告</a> | <a href="/zwgk/">政务公开</a></div>',
    `<div class="article"><h1>${escape(spec.title)}</h1>`,
    '<div class="source">来源：本站\u3000浏览次数：1024</div>',
    `<p>\u3000\u3000${escape(spec.lead)}</p>`,
    ...(spec.caption ? [`<p style="text-align:center">${escape(spec.caption)}</p>`] : []),
    ...(spec.unitLine ? [`<p style="text-align:right">${escape(spec.unitLine)}</p>`] : []),
    '<table border="1" cellspacing="0" cellpadding="0">',
    `<thead>${headRows.join('\n')}</thead>`,
    `<tbody>${bodyRows.join('\n')}</tbody>`,
    '</table>',
    ...(spec.note ? [`<p>${escape(spec.note)}</p>`] : []),
    '<p>\u3000\u3000以上情况，特此通报。</p>',
    '</div>',
    '<div class="footer">主办单位：市场监督管理局\u3000联系电话：12315\u3000ICP备案号：12345678号</div>',
    '</body></html>',
  ].join('\n');
}

/** Columns aligned with ideographic spaces (`\u3000`), as a page typed in a Chinese word processor pads them. */
function ideographic(spec: TableSpec): string {
  const slots = grid(spec);
  const widths = columnWidths(slots).map((w) => w + 2);
  const fill = (text: string, to: number) => {
    const gap = Math.max(2, to - width(text));
    return text + '\u3000'.repeat(Math.floor(gap / 2)) + (gap % 2 ? ' ' : '');
  };
  return textPage(
    spec,
    slots.map((row) => alignedRow(row, widths, fill).replace(/[\u3000 ]+$/, '')),
  );
}

/** Words that label a serial number column. */
const SERIAL_HEADER = /^(?:序号|序號|编号)$/;
/** Labels of a totals row, which takes no serial number. */
const TOTAL_ROW = /^(?:合计|合計|总计|總計|全省|全市|全国|小计|全年)$/;

/** A header without the pinyin some pages print after characters (`序號(hào)`). */
const withoutPinyin = (text: string) => text.replace(/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/g, '');

const headText = (c: HeadCell | string) => (typeof c === 'string' ? c : c.text);

/** The table with a serial number column before it (1, 2, …; none on a totals row), unless it has one. */
export function withSerialColumn(spec: TableSpec): TableSpec {
  if (SERIAL_HEADER.test(withoutPinyin(headText(spec.head[0]![0]!)))) return spec;
  let n = 0;
  return {
    ...spec,
    head: spec.head.map((row, r) => (r === 0 ? [{ text: '序号', rows: spec.head.length }, ...row] : row)),
    body: spec.body.map((row) => [TOTAL_ROW.test(row.find((t) => t !== '') ?? '') ? '' : String(++n), ...row]),
  };
}

/** A unit in brackets closing a header (`抽查企业数(家)`, `合格率（%）`); other words in brackets are a measure (`(不合格)`). */
const BRACKETED_UNIT = /^(.+?)([(（](?:家|批次|批|%|％|‰|个|件|起|台|台件|万台|万元|亿元|元|吨|人|人次|项|次|户|个百分点)[)）])$/;

/** A one-row header's units moved to a row of their own under it (`企业数` over `（家）`). */
export function withUnitRow(spec: TableSpec): TableSpec {
  if (spec.head.length !== 1) return spec;
  const split = spec.head[0]!.map((c) => BRACKETED_UNIT.exec(headText(c)));
  if (split.every((m) => !m)) return spec;
  return {
    ...spec,
    head: [split.map((m, k) => (m ? m[1]! : headText(spec.head[0]![k]!))), split.map((m) => (m ? m[2]! : ''))],
  };
}

/** Characters a narrow column holds on a line: longer headers wrap. */
const WRAP_AT = 4;

/** A one-row header whose longer cells a narrow column wrapped over two lines (`抽查企业` over `数(家)`). */
export function withWrappedHeader(spec: TableSpec): TableSpec {
  if (spec.head.length !== 1) return spec;
  const texts = spec.head[0]!.map(headText);
  if (texts.every((t) => [...t].length <= WRAP_AT)) return spec;
  return {
    ...spec,
    head: [texts.map((t) => [...t].slice(0, WRAP_AT).join('')), texts.map((t) => [...t].slice(WRAP_AT).join(''))],
  };
}

/**
 * The table turned on its side: its figure columns become rows, each opened by its header cells (a group
 * header written once over the rows it spans), and its rows become columns headed by their labels. A serial
 * number column is left out (a transposed table has none).
 */
export function transposed(spec: TableSpec): TableSpec {
  const slots = grid(spec);
  const heads = spec.head.length;
  const serial = SERIAL_HEADER.test(withoutPinyin(slots[0]![0]!.text)) ? 1 : 0;
  const body = slots.slice(heads);
  let labels = serial;
  while (labels < spec.body[0]!.length && body.every((row) => !/\d/.test(row[labels]!.text) || row[labels]!.text === '')) labels++;
  // A totals row's label may stand in the serial column (`合计` over both): it heads its column.
  const labelOf = (row: Slot[], c: number) =>
    c === serial && serial > 0 && row[c]!.text === '' && !/^\d+$/.test(row[0]!.text) ? row[0]!.text : row[c]!.text;
  // One header row per label column; a group cell written once spans the columns of its members.
  const headRows: (HeadCell | string)[][] = range(serial, labels).map((c, k) => {
    const cells: (HeadCell | string)[] =
      k === 0 ? [{ text: slots[0]![labels - 1]!.text || slots[0]![serial]!.text, cols: heads, rows: labels - serial }] : [];
    for (let r = 0; r < body.length;) {
      let span = 1;
      while (c < labels - 1 && r + span < body.length && labelOf(body[r + span]!, c) === '') span++;
      cells.push(span > 1 ? { text: labelOf(body[r]!, c), cols: span } : labelOf(body[r]!, c));
      r += span;
    }
    return cells;
  });
  const rows = range(labels, spec.body[0]!.length).map((c) => [
    ...range(0, heads).map((r) => (slots[r]![c]!.origin ? slots[r]![c]!.text : '')),
    ...body.map((row) => row[c]!.text),
  ]);
  return { ...spec, head: headRows, body: rows };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

const RENDERERS: Record<Layout, (spec: TableSpec) => string> = {
  html,
  box,
  spaced,
  tabbed,
  flat,
  scraped,
  piped,
  ideographic,
  numbered: (spec) => flat(withSerialColumn(spec)),
  unitrow: (spec) => tabbed(withUnitRow(spec)),
  wrapped: (spec) => spaced(withWrappedHeader(spec)),
  transposed: (spec) => html(transposed(spec)),
  bordered,
  collapsed,
};

export function render(spec: TableSpec, layout: Layout): string {
  return RENDERERS[layout](spec);
}

/** The file name a layout is read under (the extension tells the pipeline HTML from text). */
export const extensionOf = (layout: Layout) => (layout === 'html' ? 'html' : 'txt');
