// The segment stage's key depends only on the user dictionary entries whose word a document contains
// (Stage.keyPart): a dictionary edit re-segments only the documents that contain an edited word. These
// tests show that this gives what segmenting everything again gives.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs } from '../corpus/inputs';
import { readFile } from '../corpus/read';
import { reprocess } from '../batch/reprocess';
import { runCorpus } from '../batch/run-corpus';
import { Dictionaries } from '../core/dictionaries';
import { registerTextCodec } from '../output/text-codec';
import type { Document, Token } from '../core/document';
import { Pipeline } from '../pipeline/pipeline';
import { STAGES } from '../pipeline/stages';
import { createSegmenter, JIEBA_USER_DICT_FILE } from '../pipeline/text/segment';
import { copyDictionaries, DICTIONARIES, NEW_WORD, snapshot, tempDir, withNewWord, writeFixtureCorpus } from './batch-fixtures';
import { describeShared } from './shared-material';

const SHARED = path.resolve(__dirname, '..', '..', 'shared', 'corpus');
const tmp = tempDir('qmine-segment-key-');
afterAll(() => tmp.cleanup());

/** Words of the user dictionary edits below: one added, one removed, one whose tag changes. */
const ADDED = '质量安全';
const REMOVED = '地理标志保护产品';
const RETAGGED = '卓越绩效';

function editedUserDictionary(read: (file: string) => string): Record<string, string> {
  const lines = read(JIEBA_USER_DICT_FILE)
    .split('\n')
    .filter((line) => !line.startsWith(`${REMOVED} `));
  const edited = lines.map((line) => (line.startsWith(`${RETAGGED} `) ? line.replace(/ \S+$/, ' nz') : line));
  if (edited.join('\n') === read(JIEBA_USER_DICT_FILE) || edited.length === lines.length + 1) throw new Error('edit not applied');
  return { [JIEBA_USER_DICT_FILE]: `${edited.join('\n').replace(/\n*$/, '\n')}${ADDED} 3000 n\n` };
}

describeShared('segment keys and tokens of ../shared/corpus before and after a user dictionary edit', () => {
  const before = new Dictionaries(DICTIONARIES);
  let after: Dictionaries;
  let documents: Document[];

  beforeAll(async () => {
    after = new Dictionaries(copyDictionaries(tmp.file('dictionaries-edited'), editedUserDictionary));
    const upToSentences = new Pipeline(
      STAGES.slice(
        0,
        STAGES.findIndex((s) => s.name === 'segment'),
      ),
      before,
    );
    documents = [];
    for (const file of await expandInputs([SHARED])) {
      for (const item of readFile(file)) if (item.kind === 'document') documents.push(upToSentences.process(item.doc));
    }
  });

  /** Tokens of the first 100 sentences of every document (enough to see a change; keys read the whole text). */
  function tokens(dictionaries: Dictionaries): Token[][] {
    const segmenter = createSegmenter(dictionaries);
    return documents.map((doc) => segmenter.segmentRanges(doc.norm!.text, doc.sentences!.slice(0, 100)));
  }

  it('keeps the key and the tokens of every document without an edited word; changes the key of the others', () => {
    const keysBefore = new Pipeline(STAGES, before);
    const keysAfter = new Pipeline(STAGES, after);
    const tokensBefore = tokens(before);
    const tokensAfter = tokens(after);
    let kept = 0;
    let changed = 0;
    let tokensChanged = 0;
    documents.forEach((doc, i) => {
      const text = doc.norm!.text;
      const a = keysBefore.stageKeys(doc.source.sha256, text);
      const b = keysAfter.stageKeys(doc.source.sha256, text);
      expect(b.sentences).toBe(a.sentences);
      const edited = [ADDED, REMOVED, RETAGGED].some((word) => text.includes(word));
      if (edited) {
        changed++;
        expect(b.segment, doc.source.id).not.toBe(a.segment);
        if (JSON.stringify(tokensAfter[i]) !== JSON.stringify(tokensBefore[i])) tokensChanged++;
      } else {
        kept++;
        expect(b.segment, doc.source.id).toBe(a.segment);
        expect(b.extract, doc.source.id).toBe(a.extract);
        expect(tokensAfter[i], doc.source.id).toEqual(tokensBefore[i]);
      }
    });
    // Both kinds are there, and the edit does change tokens where its words are.
    expect(kept).toBeGreaterThan(100);
    expect(changed).toBeGreaterThan(20);
    expect(tokensChanged).toBeGreaterThan(5);
  });
});

describe('run and reprocess after a word is added to the user dictionary', () => {
  let corpus: string;
  let withWord: string;
  let baseline: string;
  /** Ids of the fixture documents whose normalised text has the new word. */
  let containing: string[];

  beforeAll(async () => {
    corpus = writeFixtureCorpus(tmp.file('corpus'));
    withWord = copyDictionaries(tmp.file('dictionaries-word'), withNewWord);
    baseline = tmp.file('baseline.db');
    await runCorpus({ db: baseline, inputs: [corpus], jobs: 1, dictionariesDir: DICTIONARIES, codeVersion: 'test' });
    const db = new Database(baseline, { readonly: true });
    registerTextCodec(db);
    containing = db.prepare('SELECT id FROM document_texts WHERE instr(norm_text, ?) > 0 ORDER BY id').pluck().all(NEW_WORD) as string[];
    db.close();
    expect(readdirSync(corpus).length).toBeGreaterThan(containing.length);
    expect(containing.length).toBeGreaterThan(1);
  });

  it('reprocess re-runs segmentation only where the word is, and stores what a fresh run stores', async () => {
    const db = tmp.file('reprocess.db');
    await runCorpus({ db, inputs: [corpus], jobs: 1, dictionariesDir: DICTIONARIES, codeVersion: 'test' });
    const summary = await reprocess({ db, jobs: 1, dictionariesDir: withWord, codeVersion: 'test' });
    expect(summary.resumedAt).toEqual({ segment: containing.length });
    expect(summary.unchanged).toBe(summary.documents - containing.length);
    const fresh = tmp.file('fresh-reprocess.db');
    await runCorpus({ db: fresh, inputs: [corpus], jobs: 1, dictionariesDir: withWord, codeVersion: 'test' });
    expect(snapshot(db)).toEqual(snapshot(fresh));
  });

  it('run over the stored corpus processes only the documents with the word, and stores what a fresh run stores', async () => {
    const db = tmp.file('rerun.db');
    await runCorpus({ db, inputs: [corpus], jobs: 1, dictionariesDir: DICTIONARIES, codeVersion: 'test' });
    const summary = await runCorpus({ db, inputs: [corpus], jobs: 1, dictionariesDir: withWord, codeVersion: 'test' });
    expect(summary.processed).toBe(containing.length);
    const fresh = tmp.file('fresh-rerun.db');
    await runCorpus({ db: fresh, inputs: [corpus], jobs: 1, dictionariesDir: withWord, codeVersion: 'test' });
    expect(snapshot(db)).toEqual(snapshot(fresh));
    // And with the dictionary unchanged, nothing.
    const again = await runCorpus({ db, inputs: [corpus], jobs: 1, dictionariesDir: withWord, codeVersion: 'test' });
    expect(again.processed).toBe(0);
  });
});
