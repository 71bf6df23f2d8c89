import { TEXT_COLUMNS } from '../corpus/sniff';
import iconv from 'iconv-lite';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Document } from '../core/document';
import { readFile, type ReadItem } from '../corpus/read';
import { expandInputs } from '../corpus/inputs';
import { findMojibake } from '../corpus/mojibake';

const dir = mkdtempSync(path.join(tmpdir(), 'qmine-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

function docs(items: ReadItem[]): Document[] {
  return items.flatMap((item) => (item.kind === 'document' ? [item.doc] : []));
}

function only(items: ReadItem[]): Document {
  expect(items).toHaveLength(1);
  const item = items[0]!;
  if (item.kind !== 'document') throw new Error(`expected a document, got ${item.error.cause}`);
  return item.doc;
}

const REPORT = '2015年，全省产品质量监督抽查合格率为93.6%，立案查处案件1286起，涉案货值2356.8万元。';
const TRADITIONAL = '2014年，全省產品質量監督抽查合格率為91.8%，比上年同期提高了0.9個百分點。';

describe('readFile: encodings', () => {
  it('reads UTF-8 with and without a byte-order mark, the mark not in the text', () => {
    const plain = only(readFile(write('plain.txt', REPORT)));
    expect(plain.raw).toBe(REPORT);
    expect(plain.source).toMatchObject({ id: 'plain', record: null, encoding: 'utf-8', format: 'text', mojibake: false });
    const bom = only(readFile(write('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(REPORT)]))));
    expect(bom.raw).toBe(REPORT);
    expect(bom.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(bom.source.sha256).not.toBe(plain.source.sha256);
  });

  it('detects GBK (read as GB18030) and Big5 (read as Big5-HKSCS) with no replacement characters', () => {
    const gbk = only(readFile(write('gbk.txt', iconv.encode(REPORT.repeat(3), 'gbk'))));
    expect(gbk.source.encoding).toBe('gb18030');
    expect(gbk.raw).toBe(REPORT.repeat(3));
    const big5 = only(readFile(write('big5.txt', iconv.encode(TRADITIONAL.repeat(3), 'big5'))));
    expect(big5.source.encoding).toBe('big5-hkscs');
    expect(big5.raw).toBe(TRADITIONAL.repeat(3));
  });

  it('decodes Hong Kong characters that only Big5-HKSCS has', () => {
    const hongKong = '佢哋話呢批茶葉係假嘅，冇人敢買，市面上假冒偽劣產品猖獗，據報道每年三月開始大批流向全國各地。';
    const bytes = iconv.encode(hongKong.repeat(2), 'big5hkscs');
    expect(iconv.decode(bytes, 'cp950')).toContain('\uFFFD'); // plain Big5 cannot read them
    const doc = only(readFile(write('hk.txt', bytes)));
    expect(doc.source.encoding).toBe('big5-hkscs');
    expect(doc.raw).toBe(hongKong.repeat(2));
  });

  it('reads UTF-16 with a BOM and without one', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`Report ${REPORT}`, 'utf16le')]);
    expect(only(readFile(write('le.txt', le))).raw).toBe(`Report ${REPORT}`);
    const noBom = Buffer.from(`Quality report: ${REPORT}`, 'utf16le');
    const doc = only(readFile(write('nobom.txt', noBom)));
    expect(doc.source.encoding).toBe('utf-16le');
    expect(doc.raw).toBe(`Quality report: ${REPORT}`);
  });

  it("follows a page's declared charset", () => {
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>抽查通报</title></head><body><p>${REPORT}</p></body></html>`;
    const doc = only(readFile(write('page.htm', iconv.encode(page, 'gbk'))));
    expect(doc.source.format).toBe('html');
    expect(doc.source.encoding).toBe('gb18030');
    expect(doc.raw).toBe(page);
  });

  it('flags shifted-GBK mojibake runs and leaves clean text unflagged', () => {
    const before = iconv.encode('全省共抽查产品一千二百批次。', 'gbk');
    const broken = iconv.encode('各级质监部门加大执法打假力度，查处案件三百起。', 'gbk');
    const after = iconv.encode('涉案货值五十万元。', 'gbk');
    // A converter lost one byte (written as '?') and read on out of step until the next '?'.
    const bytes = Buffer.concat([before, Buffer.from('?'), broken.subarray(1, -1), Buffer.from('?'), after]);
    const doc = only(readFile(write('shifted.txt', bytes)));
    expect(doc.source.mojibake).toBe(true);
    const runs = findMojibake(doc.raw);
    expect(runs).toHaveLength(1);
    expect(doc.raw.slice(0, runs[0]!.start)).toBe('全省共抽查产品一千二百批次。');
    expect(doc.raw.slice(runs[0]!.end)).toBe('涉案货值五十万元。');
    expect(findMojibake('这是什么?那是什么?')).toHaveLength(0);
    expect(findMojibake('質量?監督?')).toHaveLength(0);
    expect(findMojibake('UTF-8 read as Latin-1: æ–‡ç« ').map((r) => r.kind)).toEqual(['utf8-as-latin1']);
  });
});

describe('readFile: formats', () => {
  it('detects HTML by content, whatever the extension', () => {
    const page = `<!DOCTYPE html><html><body><div><p>${REPORT}</p></div></body></html>`;
    expect(only(readFile(write('page-saved-as.txt', page))).source.format).toBe('html');
    expect(only(readFile(write('not-a-page.html', REPORT))).source.format).toBe('text');
    expect(
      only(readFile(write('template.jsp', `<%@ page pageEncoding="UTF-8"%>\n<div class="news"><p>${REPORT}</p></div>`))).source.format,
    ).toBe('html');
  });

  it('reads one document per JSON Lines record, ids from the id column or file#record, and reports bad lines', () => {
    const lines = [
      JSON.stringify({ id: 'r-1', title: '抽查通报', url: 'http://example.gov.cn/a.html', date: '2016-03-01', content: REPORT }),
      '{"title": "broken", "content": ',
      JSON.stringify({ title: '无编号', content: TRADITIONAL, source: '示例日报' }),
      JSON.stringify({ title: '没有正文' }),
    ];
    const items = readFile(write('dump.jsonl', lines.join('\n') + '\n'));
    expect(items).toHaveLength(4);
    const [first, broken, third, noText] = items;
    expect(first!.kind === 'document' && first!.doc.source).toMatchObject({ id: 'r-1', record: 1, format: 'jsonl' });
    expect(first!.kind === 'document' && first!.doc.raw).toBe(REPORT);
    expect(first!.kind === 'document' && first!.doc.meta).toMatchObject({
      title: '抽查通报',
      url: 'http://example.gov.cn/a.html',
      date: '2016-03-01',
      site: 'example.gov.cn',
    });
    expect(broken).toMatchObject({ kind: 'error', error: { record: 2 } });
    expect(broken!.kind === 'error' && broken!.error.cause).toMatch(/malformed JSON/);
    expect(third!.kind === 'document' && third!.doc.source.id).toBe('dump#3');
    expect(third!.kind === 'document' && third!.doc.meta.site).toBe('示例日报');
    expect(noText).toMatchObject({ kind: 'error', error: { record: 4 } });
    expect(noText!.kind === 'error' && noText!.error.cause).toMatch(/no text field/);
  });

  it('reports a dump without a text column once, naming the columns it has and --text-column', () => {
    const lines = [1, 2, 3].map((n) => JSON.stringify({ id: `r-${n}`, headline: '抽查通报', body_html: `<p>第${n}段</p>` }));
    const items = readFile(write('no-text.jsonl', lines.join('\n') + '\n'));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'error', error: { record: null } });
    expect(items[0]!.kind === 'error' && items[0]!.error.cause).toBe(
      'no text column (looked for ' +
        TEXT_COLUMNS.join(', ') +
        '); the records have id, headline, body_html: name the text column with --text-column',
    );
    const named = readFile(write('no-text.jsonl', lines.join('\n') + '\n'), { columns: { text: 'content' } });
    expect(named[0]!.kind === 'error' && named[0]!.error.cause).toMatch(/^no column 'content'; the records have id, headline, body_html/);
    expect(readFile(write('no-text.jsonl', lines.join('\n') + '\n'), { columns: { text: 'body_html' } })).toHaveLength(3);
  });

  it('reads CSV with a BOM, quoted fields with commas, quotes and line breaks, and reports ragged rows', () => {
    const text = `${REPORT}\n第二段，含"引号"。`;
    const csv =
      '\uFEFFprovince,title,source_url,publish_date,full_text\r\n' +
      `江西省,"2016年工作报告, 全文",http://example.gov.cn/r.html,2016-02-18,"${text.replace(/"/g, '""')}"\r\n` +
      '浙江省,只有三列,http://example.gov.cn/x.html\r\n';
    const items = readFile(write('reports.csv', csv));
    expect(items).toHaveLength(2);
    const doc = docs(items)[0]!;
    expect(doc.raw).toBe(text);
    expect(doc.source).toMatchObject({ id: 'reports#1', record: 1, format: 'csv', encoding: 'utf-8' });
    expect(doc.meta).toMatchObject({ title: '2016年工作报告, 全文', date: '2016-02-18', region: '江西省' });
    expect(items[1]).toMatchObject({ kind: 'error', error: { record: 2 } });
  });

  it('takes column names from options when the dump names them differently', () => {
    const csv = 'doc_key,headline_text,body_text\nk1,标题一,' + REPORT + '\n';
    const file = write('custom.csv', csv);
    expect(readFile(file)[0]).toMatchObject({ kind: 'error' });
    const doc = only(readFile(file, { columns: { id: 'doc_key', title: 'headline_text', text: 'body_text' } }));
    expect(doc.source.id).toBe('k1');
    expect(doc.meta.title).toBe('标题一');
    expect(doc.raw).toBe(REPORT);
  });

  it('reads SogouCA <doc> records in GBK, unescaping entities; a one-record file is named after the file', () => {
    const record = (docno: string, content: string) =>
      `<doc>\n<url>http://news.example.com/${docno}.shtml</url>\n<docno>${docno}</docno>\n<contenttitle>质量抽查</contenttitle>\n<content>${content}</content>\n</doc>\n`;
    const two = iconv.encode(record('a1', REPORT) + record('a2', '标准 &amp; 计量工作稳步推进。'), 'gbk');
    const items = readFile(write('sogou_two.xml', two));
    expect(docs(items).map((d) => [d.source.id, d.source.record, d.source.format, d.source.encoding])).toEqual([
      ['a1', 1, 'sogou-xml', 'gb18030'],
      ['a2', 2, 'sogou-xml', 'gb18030'],
    ]);
    expect(docs(items)[1]!.raw).toBe('标准 & 计量工作稳步推进。');
    expect(docs(items)[0]!.meta).toMatchObject({ title: '质量抽查', url: 'http://news.example.com/a1.shtml', site: 'news.example.com' });
    const one = only(readFile(write('sogou_one.xml', iconv.encode(record('b1', REPORT), 'gbk'))));
    expect(one.source.id).toBe('sogou_one');
    const unterminated = readFile(write('sogou_bad.xml', iconv.encode(record('c1', REPORT) + '<doc>\n<url>x</url>\n<content>半条', 'gbk')));
    expect(unterminated.map((i) => i.kind)).toEqual(['document', 'error']);
  });
});

describe('readFile: bad input gives one clear error and never throws', () => {
  const cases: [string, () => string, RegExp, number?][] = [
    ['empty', () => write('empty.txt', ''), /empty/],
    ['whitespace only', () => write('blank.txt', ' \n\t\n'), /empty/],
    ['binary', () => write('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), /binary file \(PNG/],
    ['control bytes', () => write('noise.bin', Buffer.from(Array.from({ length: 400 }, (_, i) => (i * 7) % 9))), /binary/],
    ['missing', () => path.join(dir, 'no-such-file.txt'), /unreadable: ENOENT/],
    [
      'a directory',
      () => (mkdirSync(path.join(dir, 'folder.txt'), { recursive: true }), path.join(dir, 'folder.txt')),
      /unreadable: is a directory/,
    ],
    ['oversized', () => write('big.txt', REPORT), /oversized/, 10],
  ];
  for (const [name, make, cause, maxBytes] of cases) {
    it(name, () => {
      const file = make();
      const items = readFile(file, maxBytes ? { maxBytes } : {});
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ kind: 'error', error: { path: file, record: null } });
      expect(items[0]!.kind === 'error' && items[0]!.error.cause).toMatch(cause);
    });
  }

  it('undecodable bytes', () => {
    // Bytes valid in no Chinese encoding: lead bytes followed by bytes no trail range allows.
    const bytes = Buffer.from(Array.from({ length: 300 }, (_, i) => (i % 2 === 0 ? 0xff : 0x20)));
    const items = readFile(write('garbage.txt', bytes));
    expect(items[0]).toMatchObject({ kind: 'error' });
    expect(items[0]!.kind === 'error' && items[0]!.error.cause).toMatch(/undecodable/);
  });
});

describe('the bundled example corpus (corpus/examples)', () => {
  it('has every format and encoding the reader handles, and reads without error', async () => {
    const files = await expandInputs([path.resolve(__dirname, '..', 'corpus', 'examples')]);
    const items = files.flatMap((file) => readFile(file));
    expect(items.filter((i) => i.kind === 'error')).toEqual([]);
    const kinds = new Set(docs(items).map((d) => `${d.source.format}/${d.source.encoding}`));
    expect([...kinds].sort()).toEqual(['html/utf-8', 'jsonl/utf-8', 'text/gb18030', 'text/utf-8']);
    // eslint-disable-next-line no-misleading-character-class -- ǚ may be precomposed or not; either matches
    expect(docs(items).some((d) => /[質監]\([a-zǚāáǎàēéěèīíǐìōóǒòūúǔù]+\)/.test(d.raw))).toBe(true);
  });
});
