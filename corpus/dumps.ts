/**
 * Splits multi-record files into records: JSON Lines (or a JSON array), CSV/TSV, and SogouCA-style
 * `<doc>` XML. A record is its fields as strings plus the source text it was parsed from (for hashing);
 * a record that cannot be parsed comes back with a cause instead, and the others still count.
 */

export type ParsedRecord =
  { number: number; fields: Record<string, string>; source: string } | { number: number; error: string; source: string };

export function parseJsonRecords(text: string): ParsedRecord[] {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('[')) return parseJsonArray(trimmed);
  const records: ParsedRecord[] = [];
  let number = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    number++;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      records.push({ number, error: `malformed JSON: ${(error as Error).message}`, source: line });
      continue;
    }
    records.push(jsonObjectRecord(value, number, line));
  }
  return records;
}

function parseJsonArray(text: string): ParsedRecord[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return [{ number: 1, error: `malformed JSON: ${(error as Error).message}`, source: text }];
  }
  if (!Array.isArray(value)) return [{ number: 1, error: 'JSON file is neither an array nor JSON Lines', source: text }];
  return value.map((item, i) => jsonObjectRecord(item, i + 1, JSON.stringify(item)));
}

function jsonObjectRecord(value: unknown, number: number, source: string): ParsedRecord {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { number, error: 'record is not a JSON object', source };
  }
  const fields: Record<string, string> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === null || v === undefined) continue;
    fields[key] = typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v);
  }
  return { number, fields, source };
}

/** RFC 4180 CSV (quotes, doubled quotes, newlines inside quotes); the delimiter is sniffed from the header. */
export function parseCsvRecords(text: string): ParsedRecord[] {
  const rows = splitCsvRows(text, sniffDelimiter(text));
  if (rows.length === 0) return [];
  const header = rows[0]!.cells.map((c) => c.trim());
  const records: ParsedRecord[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    const number = r;
    if (row.cells.length === 1 && row.cells[0]!.trim() === '' && !row.error) continue;
    if (row.error) {
      records.push({ number, error: row.error, source: row.source });
    } else if (row.cells.length !== header.length) {
      records.push({ number, error: `has ${row.cells.length} fields, the header has ${header.length}`, source: row.source });
    } else {
      const fields: Record<string, string> = {};
      header.forEach((name, i) => (fields[name] = row.cells[i]!));
      records.push({ number, fields, source: row.source });
    }
  }
  return records;
}

function sniffDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', '\t', ';'].map((d) => [d, header.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ',';
}

interface CsvRow {
  cells: string[];
  source: string;
  error?: string;
}

function splitCsvRows(text: string, delimiter: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let rowStart = 0;
  let i = 0;
  const endRow = (end: number) => {
    cells.push(cell);
    rows.push({ cells, source: text.slice(rowStart, end) });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        cell += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      endRow(i);
      if (ch === '\r' && text[i + 1] === '\n') i++;
      rowStart = i + 1;
    } else {
      cell += ch;
    }
    i++;
  }
  if (quoted) {
    cells.push(cell);
    rows.push({ cells, source: text.slice(rowStart), error: 'unterminated quoted field' });
  } else if (cell !== '' || cells.length > 0) {
    endRow(text.length);
  }
  return rows;
}

/** SogouCA records: `<doc>` blocks of simple `<field>value</field>` elements, values entity-escaped or not. */
export function parseSogouRecords(text: string): ParsedRecord[] {
  const records: ParsedRecord[] = [];
  const docPattern = /<doc>([\s\S]*?)(?:<\/doc>|(?=<doc>)|$)/g;
  let number = 0;
  for (const m of text.matchAll(docPattern)) {
    if (m[0].trim() === '') continue;
    number++;
    const source = m[0];
    if (!source.endsWith('</doc>')) {
      records.push({ number, error: '<doc> record without </doc>', source });
      continue;
    }
    const fields: Record<string, string> = {};
    for (const f of m[1]!.matchAll(/<([a-zA-Z_][\w-]*)>([\s\S]*?)<\/\1>/g)) {
      fields[f[1]!.toLowerCase()] = unescapeXml(f[2]!);
    }
    records.push({ number, fields, source });
  }
  return records;
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

export function unescapeXml(value: string): string {
  return value.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return XML_ENTITIES[name] ?? whole;
  });
}
