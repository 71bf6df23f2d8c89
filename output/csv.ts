/**
 * CSV as RFC 4180 has it: fields separated by commas, records ended by CRLF, a field holding a comma,
 * quote, CR or LF enclosed in quotes with its quotes doubled. SQL NULL is an empty field and the empty
 * string is `""`, so that the two survive a round trip.
 */

export function csvField(value: string | null): string {
  if (value === null) return '';
  if (value === '' || /[",\r\n]/.test(value)) return `"${value.replace(/"/g, '""')}"`;
  return value;
}

export function csvRecord(values: readonly (string | null)[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

/** Parses CSV text into records; an empty unquoted field is null. Accepts LF as well as CRLF line ends. */
export function parseCsv(text: string): (string | null)[][] {
  const records: (string | null)[][] = [];
  let record: (string | null)[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    let field: string | null;
    if (text[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close < 0) throw new Error('CSV: a quoted field is not closed');
        value += text.slice(i, close);
        i = close + 1;
        if (text[i] === '"') {
          value += '"';
          i++;
        } else break;
      }
      field = value;
    } else {
      let end = i;
      while (end < n && text[end] !== ',' && text[end] !== '\r' && text[end] !== '\n') end++;
      if (text.slice(i, end).includes('"')) throw new Error(`CSV: a quote inside an unquoted field at ${i}`);
      field = end === i ? null : text.slice(i, end);
      i = end;
    }
    record.push(field);
    if (text[i] === ',') {
      i++;
      if (i === n) record.push(null);
    } else if (text[i] === '\r' || text[i] === '\n' || i >= n) {
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
      records.push(record);
      record = [];
    } else {
      throw new Error(`CSV: unexpected character after a quoted field at ${i}`);
    }
  }
  return records;
}
