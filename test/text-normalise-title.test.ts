import { describe, expect, it } from 'vitest';
import { newDocument } from '../core/document';
import { Pipeline } from '../pipeline/pipeline';
import { normaliseQuery } from '../pipeline/text/normalise-query';

const SOURCE = {
  id: 'title_doc',
  path: '/x/title_doc.txt',
  record: null,
  sha256: 'x',
  encoding: 'utf-8',
  format: 'text',
  mojibake: false,
} as const;

describe('titles and queries are normalised as document text is', () => {
  it('stores a traditional, pinyin-annotated title simplified and without the pinyin', () => {
    const doc = new Pipeline().process(
      newDocument({ ...SOURCE }, '全省產品質量抽樣合格率為90%。', { title: '吉林質(zhì)監(jiān)召開工作會議' }),
    );
    expect(doc.meta.title).toBe('吉林质监召开工作会议');
  });

  it('normalises what an analyst types with the same rules', () => {
    expect(normaliseQuery('達標率')).toBe('达标率');
    expect(normaliseQuery('ＧＢ／Ｔ')).toBe('GB/T');
    expect(normaliseQuery(' 吉林 ')).toBe('吉林');
  });
});
