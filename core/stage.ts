import type { Document } from './document';
import type { Dictionaries } from './dictionaries';

/** The layers of a Document a stage can require or provide. */
export type Layer = 'raw' | 'clean' | 'meta' | 'norm' | 'tables' | 'sentences' | 'tokens' | 'scope' | 'facts';

export interface StageContext {
  /** Loaded dictionary and rule files, by path relative to the dictionaries folder. */
  dictionaries: Dictionaries;
}

/**
 * A pipeline stage (unified plugin, Stanza processor): a plain object that reads some layers of the
 * document and adds others. Its cache key hashes the code it runs (`code`, through codeHash), the content
 * of the files in `reads` and its `config`, after the key of the stage before it.
 */
export interface Stage {
  readonly name: string;
  /** The stage's module file (`__filename`): the key hashes it and every module and package it imports. */
  readonly code: string;
  readonly requires: readonly Layer[];
  readonly provides: readonly Layer[];
  /** Dictionary files the stage reads, relative to the dictionaries folder. */
  readonly reads: readonly string[];
  /** Options that change the output (hashed into the key). */
  readonly config?: Readonly<Record<string, unknown>>;
  /**
   * Files of `reads` of which the output depends on only a part, which `keyPart` gives for a document.
   * The key hashes that part instead of the whole file, so an edit elsewhere in the file keeps the
   * document's key and its cached output (a word added to the user dictionary re-segments only the
   * documents that contain it).
   */
  readonly partialReads?: readonly string[];
  /** The part of the `partialReads` files this document's output depends on, from its normalised text. */
  keyPart?(normText: string, ctx: StageContext): string;
  run(doc: Document, ctx: StageContext): void;
}

/** Checks that each stage's requirements are provided by an earlier stage (or are `raw`). */
export function checkStageOrder(stages: readonly Stage[]): void {
  const have = new Set<Layer>(['raw']);
  for (const stage of stages) {
    for (const need of stage.requires) {
      if (!have.has(need)) throw new Error(`stage '${stage.name}' requires '${need}', which no earlier stage provides`);
    }
    for (const layer of stage.provides) have.add(layer);
    if (stage.keyPart && !stage.requires.includes('norm'))
      throw new Error(`stage '${stage.name}' has a key part but does not require 'norm'`);
    for (const file of stage.partialReads ?? []) {
      if (!stage.reads.includes(file)) throw new Error(`stage '${stage.name}': partial read ${file} is not in its reads`);
      if (!stage.keyPart) throw new Error(`stage '${stage.name}' has partial reads but no keyPart`);
    }
  }
}
