import chardet from 'chardet';
import iconv from 'iconv-lite';

/**
 * Turns a file's bytes into text: byte-order mark, then a declared charset (`<meta charset>`, XML
 * declaration) when it decodes cleanly, then detection (strict UTF-8, UTF-16 by its zero bytes, and
 * chardet's statistical guess among the CJK multi-byte encodings). GBK and GB2312 are read as GB18030 and
 * Big5 as Big5-HKSCS: each is a superset of the other, so nothing valid is lost.
 */

export type DecodeResult = { ok: true; text: string; encoding: string; invalidSequences: number } | { ok: false; cause: string };

/** Above this share of replacement characters a decoding is not a reading of the file but a guess. */
const MAX_INVALID_SHARE = 0.005;

export function decodeBytes(bytes: Uint8Array): DecodeResult {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom = byteOrderMark(buffer);
  if (bom) return finish(buffer.subarray(bom.length), bom.encoding);

  const binary = binaryKind(buffer);
  const utf16 = binary === 'zero bytes' ? utf16WithoutBom(buffer) : null;
  if (utf16) return finish(buffer, utf16);
  if (binary) return { ok: false, cause: `binary file (${binary})` };

  if (isStrictUtf8(buffer)) return finish(buffer, 'utf-8');

  const declared = declaredEncoding(buffer);
  if (declared && declared !== 'utf-8') {
    const text = iconv.decode(buffer, declared);
    if (countReplacements(text) === 0) return { ok: true, text, encoding: declared, invalidSequences: 0 };
  }

  let best: { text: string; encoding: string; invalid: number } | null = null;
  for (const encoding of candidateEncodings(buffer, declared)) {
    const text = iconv.decode(buffer, encoding);
    const invalid = countReplacements(text);
    if (!best || invalid < best.invalid) best = { text, encoding, invalid };
    if (invalid === 0) break;
  }
  if (!best) return { ok: false, cause: 'undecodable: no candidate encoding' };
  if (best.invalid > Math.max(2, best.text.length * MAX_INVALID_SHARE)) {
    return { ok: false, cause: `undecodable: ${best.invalid} invalid byte sequences even as ${best.encoding}` };
  }
  return { ok: true, text: best.text, encoding: best.encoding, invalidSequences: best.invalid };
}

function finish(buffer: Buffer, encoding: string): DecodeResult {
  const text = iconv.decode(buffer, encoding, { stripBOM: true });
  return { ok: true, text, encoding, invalidSequences: countReplacements(text) };
}

function byteOrderMark(buffer: Buffer): { length: number; encoding: string } | null {
  if (buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
    return { length: 3, encoding: 'utf-8' };
  }
  if (buffer.length >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe) return { length: 2, encoding: 'utf-16le' };
  if (buffer.length >= 2 && buffer[0] === 0xfe && buffer[1] === 0xff) return { length: 2, encoding: 'utf-16be' };
  if (buffer.length >= 4 && buffer[0] === 0x84 && buffer[1] === 0x31 && buffer[2] === 0x95 && buffer[3] === 0x33) {
    return { length: 4, encoding: 'gb18030' };
  }
  return null;
}

const MAGIC: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'PDF'],
  [[0x50, 0x4b, 0x03, 0x04], 'ZIP, DOCX or XLSX'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG image'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF image'],
  [[0xff, 0xd8, 0xff], 'JPEG image'],
  [[0x1f, 0x8b], 'gzip'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'legacy Office document'],
  [[0x7f, 0x45, 0x4c, 0x46], 'executable'],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], 'SQLite database'],
];

/** Why the bytes look like something other than text, or null. 'zero bytes' may still be UTF-16. */
function binaryKind(buffer: Buffer): string | null {
  for (const [magic, name] of MAGIC) {
    if (buffer.length >= magic.length && magic.every((b, i) => buffer[i] === b)) return name;
  }
  const sample = buffer.subarray(0, 65536);
  let zeros = 0;
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) zeros++;
    else if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) controls++;
  }
  if (zeros > 0) return 'zero bytes';
  if (controls > sample.length * 0.01) return 'control bytes';
  return null;
}

/** UTF-16 without a BOM: ASCII-range text leaves every other byte zero. */
function utf16WithoutBom(buffer: Buffer): string | null {
  const sample = buffer.subarray(0, 8192);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) evenZeros++;
      else oddZeros++;
    }
  }
  const half = sample.length / 2;
  if (oddZeros > half * 0.2 && evenZeros < oddZeros * 0.1) return 'utf-16le';
  if (evenZeros > half * 0.2 && oddZeros < evenZeros * 0.1) return 'utf-16be';
  return null;
}

function isStrictUtf8(buffer: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    return true;
  } catch {
    return false;
  }
}

/** The charset a page or XML file declares in its first bytes, as an iconv-lite name, or null. */
export function declaredEncoding(buffer: Buffer): string | null {
  const head = buffer.subarray(0, 4096).toString('latin1');
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return match ? canonicalEncoding(match[1]!) : null;
}

/** Maps a charset label to the encoding qmine decodes it with (supersets for the Chinese legacy sets). */
export function canonicalEncoding(label: string): string | null {
  const name = label.toLowerCase().replace(/_/g, '-');
  if (/^(gb2312|gbk|gb-2312|gb18030|cp936|x-gbk|euc-cn|hz-gb-2312|windows-936)$/.test(name)) return 'gb18030';
  if (/^(big5|big5-hkscs|big5hkscs|cp950|x-x-big5|csbig5)$/.test(name)) return 'big5-hkscs';
  if (/^utf-?8$/.test(name)) return 'utf-8';
  if (/^utf-?16(le)?$/.test(name)) return 'utf-16le';
  if (/^utf-?16be$/.test(name)) return 'utf-16be';
  return iconv.encodingExists(name) ? name : null;
}

/** Encodings to try, most likely first: chardet's guesses, then GB18030 and Big5-HKSCS. */
function candidateEncodings(buffer: Buffer, declared: string | null): string[] {
  const out: string[] = [];
  const add = (encoding: string | null) => {
    if (encoding && !out.includes(encoding)) out.push(encoding);
  };
  for (const guess of chardet.analyse(buffer.subarray(0, 262144))) {
    if (guess.confidence < 20) continue;
    // Single-byte guesses decode anything and say nothing about Chinese text.
    if (/^(ISO-8859|windows-12)/i.test(guess.name)) continue;
    add(canonicalEncoding(guess.name));
  }
  add(declared);
  add('gb18030');
  add('big5-hkscs');
  return out;
}

export function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/** Encodes text back into the named encoding (to hash a record's bytes inside a decoded dump). */
export function encodeText(text: string, encoding: string): Buffer {
  return encoding === 'utf-8' ? Buffer.from(text, 'utf8') : iconv.encode(text, encoding);
}
