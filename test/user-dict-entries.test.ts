import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Dictionaries } from '../core/dictionaries';
import { JIEBA_USER_DICT_FILE, userDictEntriesIn } from '../pipeline/text/user-dict';

const dir = mkdtempSync(path.join(os.tmpdir(), 'qmine-user-dict-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Overlapping words, one inside another, two with the same first character, and a line cppjieba reads as an empty word. */
const LINES = ['质量安全 50 n', '质量 3000 n', '安全生产 20 n', '地理标志保护产品 10 nz', '地理 5 n', ' 7 x', '𠮷祥 3 n'];
mkdirSync(path.join(dir, 'jieba'));
writeFileSync(path.join(dir, JIEBA_USER_DICT_FILE), `${LINES.join('\n')}\n`);
const dictionaries = new Dictionaries(dir);

/** The entries a search of the whole text per entry finds: what the key part has always been. */
const searchedOneByOne = (text: string) => LINES.filter((line) => text.includes(line.split(' ')[0]!)).join('\n');

describe('userDictEntriesIn', () => {
  it('lists the entries whose word the text contains, in file order, as one search per entry would', () => {
    for (const text of ['', '质量安全生产', '全省安全生产形势稳定', '新增地理标志保护产品3个', '地理', '𠮷祥如意', '无关的文字']) {
      expect(userDictEntriesIn(text, dictionaries)).toBe(searchedOneByOne(text));
    }
    expect(userDictEntriesIn('质量安全生产', dictionaries)).toBe(['质量安全 50 n', '质量 3000 n', '安全生产 20 n', ' 7 x'].join('\n'));
  });
});
