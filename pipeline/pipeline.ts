import { createHash } from 'node:crypto';
import { newDocument, contractFacts, type Document, type Fact, type SourceInfo } from '../core/document';
import { Dictionaries } from '../core/dictionaries';
import { checkStageOrder, type Stage, type StageContext } from '../core/stage';
import { STAGES } from './stages';
import { codeHash } from '../core/code-hash';
import { looksLikeHtml } from '../corpus/sniff';

/**
 * Runs the stages over one document at a time. Holds the loaded dictionaries, so build one Pipeline per
 * thread and reuse it.
 */
export class Pipeline {
  readonly context: StageContext;
  /** Milliseconds spent in each stage by this pipeline so far (for the benchmark's per-stage split). */
  readonly timings: Record<string, number> = {};
  /** Content hash of each dictionary file, computed once: stage keys are computed for every document. */
  private readonly fileHashes = new Map<string, string>();

  constructor(
    readonly stages: readonly Stage[] = STAGES,
    dictionaries: Dictionaries = new Dictionaries(),
  ) {
    checkStageOrder(stages);
    this.context = { dictionaries };
  }

  get dictionaries(): Dictionaries {
    return this.context.dictionaries;
  }

  /** Runs every stage (or those from `fromStage` on, when earlier layers are already present). */
  process(doc: Document, fromStage?: string): Document {
    let started = fromStage === undefined;
    for (const stage of this.stages) {
      if (!started && stage.name === fromStage) started = true;
      if (!started) continue;
      const began = performance.now();
      stage.run(doc, this.context);
      this.timings[stage.name] = (this.timings[stage.name] ?? 0) + (performance.now() - began);
    }
    return doc;
  }

  /**
   * Content-addressed key of every stage for a document whose input bytes hash to `inputHash`: each key
   * hashes the previous key, the stage's name, the code it runs (codeHash), its config, and the content of the files it reads
   * (of a partial read, only the part the document depends on: Stage.keyPart). A stage with a key part
   * also gets `name + WHOLE_FILES_KEY`, its key with those files hashed whole, which is stored beside it.
   * Without `normText`, the keys stop before the first stage with a key part, unless `stored` has that
   * stage's whole-files key equal to the current one: its files are then byte for byte those its stored
   * key was made with, after the same keys (so from the same normalised text), and its stored key stands
   * without reading the text.
   */
  stageKeys(inputHash: string, normText?: string, stored?: Readonly<Record<string, string>>): Record<string, string> {
    const keys: Record<string, string> = {};
    let previous = inputHash;
    for (const stage of this.stages) {
      let key: string;
      if (stage.keyPart) {
        const whole = this.stageKey(previous, stage, null);
        keys[stage.name + WHOLE_FILES_KEY] = whole;
        const storedKey = stored?.[stage.name];
        if (normText !== undefined) {
          key = this.stageKey(previous, stage, `part:${createHash('sha256').update(stage.keyPart(normText, this.context)).digest('hex')}`);
        } else if (storedKey !== undefined && stored?.[stage.name + WHOLE_FILES_KEY] === whole) key = storedKey;
        else break;
      } else key = this.stageKey(previous, stage, null);
      keys[stage.name] = previous = key;
    }
    return keys;
  }

  /** One stage's key after `previous`; `part` stands for the stage's partial reads (null: they are hashed whole). */
  private stageKey(previous: string, stage: Stage, part: string | null): string {
    const hash = createHash('sha256');
    hash.update(previous).update('\0').update(stage.name).update('\0').update(codeHash(stage.code));
    hash.update('\0').update(JSON.stringify(stage.config ?? {}));
    for (const file of [...stage.reads].sort()) {
      const content = part !== null && stage.partialReads?.includes(file) ? part : this.fileHash(file);
      hash.update('\0').update(file).update('\0').update(content);
    }
    return hash.digest('hex');
  }

  /** Content hashes of every dictionary file any stage reads. */
  dictionaryHashes(): Record<string, string> {
    const hashes: Record<string, string> = {};
    for (const stage of this.stages) for (const file of stage.reads) hashes[file] = this.fileHash(file);
    return hashes;
  }

  private fileHash(file: string): string {
    let hash = this.fileHashes.get(file);
    if (hash === undefined) this.fileHashes.set(file, (hash = this.dictionaries.hash(file)));
    return hash;
  }
}

/** Suffix of the stored key of a stage with a key part, made with its partial reads hashed whole (Pipeline.stageKeys). */
export const WHOLE_FILES_KEY = '+whole-files';

let sharedPipeline: Pipeline | null = null;

/** Runs the whole pipeline over a string (read as HTML when it is markup, as a page file would be): for tests and quick checks. */
export function processText(text: string, id = 'text', pipeline?: Pipeline): { doc: Document; facts: Fact[] } {
  pipeline ??= sharedPipeline ??= new Pipeline();
  const source: SourceInfo = {
    id,
    path: `${id}.txt`,
    record: null,
    sha256: createHash('sha256').update(text).digest('hex'),
    encoding: 'utf-8',
    format: looksLikeHtml(text.slice(0, 8192)) ? 'html' : 'text',
    mojibake: false,
  };
  const doc = pipeline.process(newDocument(source, text));
  return { doc, facts: contractFacts(doc) };
}
