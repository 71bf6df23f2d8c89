import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../output/store';
import { packText, registerTextCodec, unpackBytes } from '../output/text-codec';
import { buildRecord, tempDir, TEST_RUN } from './output-fixtures';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

describe('texts stored compressed (migration 013)', () => {
  it('packs a text that zlib shortens and keeps one it does not as its bytes, sqlar-style', () => {
    const long = '全省产品质量监督抽查合格率为90.5%。'.repeat(40);
    const packed = packText(long);
    expect(packed.bytes).toBe(Buffer.byteLength(long));
    expect(packed.data.byteLength).toBeLessThan(packed.bytes / 5);
    expect(unpackBytes(packed.data, packed.bytes).toString('utf8')).toBe(long);
    const short = packText('质监');
    expect(short.data.toString('utf8')).toBe('质监');
    expect(packText('').bytes).toBe(0);
  });

  it('gives every document its plain texts through document_texts, in qmine and with the functions alone', () => {
    const file = tmp.file('t.db');
    const store = Store.open(file);
    const sentences = ['全省产品抽样合格率为90.5%，比上年提高1.2个百分点。', '查处案件300起。'];
    const record = buildRecord(
      'd1',
      Array.from({ length: 30 }, (_, i) => sentences[i % 2]!),
    );
    store.saveDocuments(store.beginRun(TEST_RUN), [record]);
    const packed = store.db.prepare('SELECT length(raw) AS stored, raw_bytes AS bytes FROM texts').get() as {
      stored: number;
      bytes: number;
    };
    expect(packed.stored).toBeLessThan(packed.bytes);
    store.close();

    // A connection of its own, with only the two functions the sqlite3 shell also has.
    const db = new Database(file, { readonly: true });
    registerTextCodec(db);
    const row = db.prepare("SELECT raw, norm_text, tokens FROM document_texts WHERE id = 'd1'").get() as Record<string, unknown>;
    db.close();
    expect(row.raw).toBe(record.raw);
    expect(row.norm_text).toBe(record.norm.text);
    expect(new Uint8Array(row.tokens as Buffer)).toEqual(new Uint8Array(record.tokens));
  });
});
