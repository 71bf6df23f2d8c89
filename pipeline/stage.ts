import type { Document } from './document';
import type { Dictionaries } from './dictionaries';

/** The layers of a Document a stage can require or provide. */
export type Layer = 'raw' | 'clean' | 'meta' | 'norm' | 'sentences' | 'tokens' | 'keywords' | 'facts';

export interface StageContext {
  /** Loaded dictionary and rule files, by path relative to the dictionaries folder. */
  dictionaries: Dictionaries;
}

/**
 * A pipeline stage (unified plugin, Stanza processor): a plain object that reads some layers of the
 * document and adds others. `version` changes whenever the code's output would change; together with the
 * content of the files in `reads` and `config` it makes the stage's cache key.
 */
export interface Stage {
  readonly name: string;
  readonly version: string;
  readonly requires: readonly Layer[];
  readonly provides: readonly Layer[];
  /** Dictionary files the stage reads, relative to the dictionaries folder. */
  readonly reads: readonly string[];
  /** Options that change the output (hashed into the key). */
  readonly config?: Readonly<Record<string, unknown>>;
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
  }
}
