import { createHash, hash } from 'node:crypto';
import { codeHash } from '../core/code-hash';
import type { Stage } from '../core/stage';

/**
 * A stage as its key sees it: everything the key hashes apart from the document and the key before it.
 * Plain data, so that a command that only compares keys (an unchanged `qmine reprocess`) can have it
 * without loading the stages' code (batch/stage-key-cache.ts).
 */
export interface StageKeySource {
  readonly name: string;
  /** codeHash of the stage's module. */
  readonly codeHash: string;
  /** Its config as JSON. */
  readonly config: string;
  /** The dictionary files it reads, sorted. */
  readonly reads: readonly string[];
  /** Those of its reads of which only a part counts (Stage.partialReads). */
  readonly partialReads: readonly string[];
  /** Whether the key hashes a part of the document's normalised text (Stage.keyPart). */
  readonly hasKeyPart: boolean;
}

/** Suffix of the stored key of a stage with a key part, made with its partial reads hashed whole (StageKeys.keys). */
export const WHOLE_FILES_KEY = '+whole-files';

export function stageKeySource(stage: Stage): StageKeySource {
  return {
    name: stage.name,
    codeHash: codeHash(stage.code),
    config: JSON.stringify(stage.config ?? {}),
    reads: [...stage.reads].sort(),
    partialReads: [...(stage.partialReads ?? [])],
    hasKeyPart: stage.keyPart !== undefined,
  };
}

export interface StageKeyInputs {
  /** Content hash of a dictionary file. */
  fileHash(file: string): string;
  /** The part of a stage's partial reads a document depends on (Stage.keyPart), from its normalised text. */
  keyPart(stage: string, normText: string): string;
}

/**
 * The content-addressed key of every stage for a document (Pipeline.stageKeys). What a stage's key hashes
 * apart from the key before it and its part of the document is the same for every document: it is joined
 * into one string once (the stage's "tail"), and a document's key hashes the key before it followed by
 * that string, which is the same hash as feeding the pieces one by one.
 */
export class StageKeys {
  readonly names: readonly string[];
  /** Each stage's tail with its files hashed whole, made when first needed (a file is read only when a key needs it). */
  private readonly wholeTails: (string | undefined)[] = [];

  constructor(
    readonly sources: readonly StageKeySource[],
    private readonly inputs: StageKeyInputs,
  ) {
    this.names = sources.map((s) => s.name);
  }

  /**
   * Each key hashes the previous key, the stage's name, the code it runs (codeHash), its config, and the
   * content of the files it reads (of a partial read, only the part the document depends on:
   * Stage.keyPart). A stage with a key part also gets `name + WHOLE_FILES_KEY`, its key with those files
   * hashed whole, which is stored beside it. Without `normText`, the keys stop before the first stage with
   * a key part, unless `stored` has that stage's whole-files key equal to the current one: its files are
   * then byte for byte those its stored key was made with, after the same keys (so from the same
   * normalised text), and its stored key stands without reading the text.
   */
  keys(inputHash: string, normText?: string, stored?: Readonly<Record<string, string>>): Record<string, string> {
    const keys: Record<string, string> = {};
    let previous = inputHash;
    for (const [i, source] of this.sources.entries()) {
      let key: string;
      const whole = sha256(previous + (this.wholeTails[i] ??= this.tail(source, null)));
      if (source.hasKeyPart) {
        keys[source.name + WHOLE_FILES_KEY] = whole;
        const storedKey = stored?.[source.name];
        if (normText !== undefined) {
          const part = `part:${sha256(this.inputs.keyPart(source.name, normText))}`;
          key = sha256(previous + this.tail(source, part));
        } else if (storedKey !== undefined && stored?.[source.name + WHOLE_FILES_KEY] === whole) key = storedKey;
        else break;
      } else key = whole;
      keys[source.name] = previous = key;
    }
    return keys;
  }

  /** What a stage's key hashes after the previous key; `part` stands for its partial reads (null: hashed whole). */
  private tail(source: StageKeySource, part: string | null): string {
    const pieces = [`\0${source.name}\0${source.codeHash}\0${source.config}`];
    for (const file of source.reads) {
      const content = part !== null && source.partialReads.includes(file) ? part : this.inputs.fileHash(file);
      pieces.push(`\0${file}\0${content}`);
    }
    // One flat string, made once: `+=` would leave a rope for every key's hash to walk.
    return pieces.join('');
  }
}

/**
 * sha256 in hex. A reprocess hashes a key per stage and document before it knows whether there is anything
 * to do (2,600 for the shared corpus): crypto.hash (Node 20.12 and later) does it in one call, several
 * times faster than a Hash object for such short strings; the digest is the same.
 */
const sha256: (text: string) => string =
  typeof hash === 'function' ? (text) => hash('sha256', text) : (text) => createHash('sha256').update(text).digest('hex');
