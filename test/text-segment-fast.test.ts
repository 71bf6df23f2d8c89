// The segmenter's shortcuts must not change a single token: cut() + a tag lookup gives what tag() gives,
// and one jieba call per document gives what one call per sentence piece gives.
import path from 'node:path';
import nodejieba from 'nodejieba';
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../corpus/inputs';
import { readFile } from '../corpus/read';
import { Dictionaries } from '../core/dictionaries';
import type { Document } from '../core/document';
import { Pipeline } from '../pipeline/pipeline';
import { STAGES } from '../pipeline/stages';
import { jiebaWith, tagWords } from '../pipeline/text/jieba';
import { specialRule } from '../pipeline/text/jieba-tags';
import { createSegmenter, JIEBA_USER_DICT_FILE } from '../pipeline/text/segment';
import { itShared } from './shared-material';

const SHARED = path.resolve(__dirname, '..', '..', 'shared', 'corpus');
const dictionaries = new Dictionaries(path.resolve(__dirname, '..', 'dictionaries'));
const userDicts = [dictionaries.path(JIEBA_USER_DICT_FILE)];

/** nodejieba.tag() itself, as the two lists tagWords gives. */
function reference(text: string): { words: string[]; tags: string[] } {
  const pairs = jiebaWith(userDicts).tag(text);
  return { words: pairs.map((p) => p.word), tags: pairs.map((p) => p.tag) };
}

const SENTENCES = [
  '今年全市质监部门共抽查产品1200批次，抽样合格率为96.5%，比上年提高1.2个百分点。',
  '依法查处违法案件三百二十起，涉案货值约4500万元；罚没款1,236万元。',
  'GB/T 19001-2016标准宣贯培训：PM2.5监测设备、3C认证产品、A股上市企业。',
  '質量技術監督局（简称质监局）在工作中共出动执法人员2000人次，检查企业８００家。',
  '  一五一十、十七大、“十三五”规划、百分之九十五点五、二〇一五年　全角空格 tab\t尾。',
  '表情😀和罕见字𠀀在句中，单个符号%与#号，英文Quality Supervision Bureau。',
  '一个孤立的代理字\uD800在文本中。',
];

describe('cut() + tag lookup equals nodejieba.tag()', () => {
  it('on sentences with numbers, Latin words, traditional script, symbols and white space', () => {
    for (const text of SENTENCES) expect(tagWords(userDicts, text), text).toEqual(reference(text));
  });

  it('falls back to cppjieba SpecialRule for words without a tag', () => {
    expect(specialRule('Quality')).toBe('eng');
    expect(specialRule('2012')).toBe('m');
    expect(specialRule('12ab')).toBe('m'); // only the first half of the word is looked at
    expect(specialRule('ab12')).toBe('eng');
    expect(specialRule('%')).toBe('x'); // a single character: nothing is counted
    expect(specialRule('，')).toBe('x');
    for (const word of ['Quality', '2012', '%', '，', 'ISO9001']) {
      expect(tagWords(userDicts, word).tags, word).toEqual(reference(word).tags);
    }
  });

  itShared('on the first 4000 characters of every document of ../shared/corpus', async () => {
    for (const file of await expandInputs([SHARED])) {
      for (const item of readFile(file)) {
        if (item.kind !== 'document') continue;
        const text = item.doc.raw.slice(0, 4000);
        const ours = tagWords(userDicts, text);
        const theirs = reference(text);
        // Compare as one string first: a failure then prints one line, not a list of thousands.
        expect(ours.words.map((w, i) => `${w}/${ours.tags[i]}`).join(' '), item.doc.source.id).toBe(
          theirs.words.map((w, i) => `${w}/${theirs.tags[i]}`).join(' '),
        );
      }
    }
  });
});

describe('segmentRanges equals segment() range by range', () => {
  const segmenter = createSegmenter(dictionaries);

  it('on fixture sentences, including a lone surrogate jieba cannot spell back', () => {
    const text = SENTENCES.join('\n');
    const ranges: { start: number; end: number }[] = [];
    let at = 0;
    for (const s of SENTENCES) {
      ranges.push({ start: at, end: at + s.length });
      at += s.length + 1;
    }
    expect(segmenter.segmentRanges(text, ranges)).toEqual(ranges.flatMap((r) => segmenter.segment(text, r.start, r.end)));
    const plain = ranges.slice(0, -1);
    expect(segmenter.segmentRanges(text, plain)).toEqual(plain.flatMap((r) => segmenter.segment(text, r.start, r.end)));
  });

  itShared('on the sentences of every document of ../shared/corpus (the first 150 of each)', async () => {
    const pipeline = new Pipeline(
      STAGES.slice(
        0,
        STAGES.findIndex((s) => s.name === 'segment'),
      ),
      dictionaries,
    );
    for (const file of await expandInputs([SHARED])) {
      for (const item of readFile(file)) {
        if (item.kind !== 'document') continue;
        const doc: Document = pipeline.process(item.doc);
        const text = doc.norm!.text;
        const ranges = doc.sentences!.slice(0, 150);
        const joined = segmenter.segmentRanges(text, ranges);
        const oneByOne = ranges.flatMap((r) => segmenter.segment(text, r.start, r.end));
        expect(joined.length, doc.source.id).toBe(oneByOne.length);
        expect(joined, doc.source.id).toEqual(oneByOne);
      }
    }
  });
});

it('nodejieba.cut(text, true) is the segmentation tag() uses', () => {
  const text = SENTENCES[0]!;
  expect(nodejieba.cut(text, true)).toEqual(reference(text).words);
});
