import { createHash } from 'node:crypto';
import { newDocument, contractFacts, type Document, type Fact, type SourceInfo } from '../core/document';
import { Dictionaries } from '../core/dictionaries';
import { checkStageOrder, type Stage, type StageContext } from '../core/stage';
import { STAGES } from './stages';
import { StageKeys, stageKeySource } from './stage-keys';
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
  private keys: StageKeys | undefined;

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
   * Content-addressed key of every stage for a document whose input bytes hash to `inputHash`
   * (StageKeys.keys, where the rules are): without `normText`, the keys stop before the first stage with a
   * key part unless `stored` shows its files unchanged.
   */
  stageKeys(inputHash: string, normText?: string, stored?: Readonly<Record<string, string>>): Record<string, string> {
    return this.keyMaker().keys(inputHash, normText, stored);
  }

  /** Content hashes of every dictionary file any stage reads. */
  dictionaryHashes(): Record<string, string> {
    const hashes: Record<string, string> = {};
    for (const stage of this.stages) for (const file of stage.reads) hashes[file] = this.fileHash(file);
    return hashes;
  }

  /** The stage keys of this pipeline's stages, their code hashed and their files read when first asked for. */
  keyMaker(): StageKeys {
    this.keys ??= new StageKeys(this.stages.map(stageKeySource), {
      fileHash: (file) => this.fileHash(file),
      keyPart: (name, normText) => {
        const stage = this.stages.find((s) => s.name === name);
        if (!stage?.keyPart) throw new Error(`stage '${name}' has no key part`);
        return stage.keyPart(normText, this.context);
      },
    });
    return this.keys;
  }

  private fileHash(file: string): string {
    let hash = this.fileHashes.get(file);
    if (hash === undefined) this.fileHashes.set(file, (hash = this.dictionaries.hash(file)));
    return hash;
  }
}

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
