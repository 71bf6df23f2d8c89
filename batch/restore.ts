import { mapTableOffsets, newDocument, TextLayer, type Document } from '../core/document';
import { OffsetMap } from '../core/offset-map';
import type { DocumentRecord } from '../core/record';
import type { Layer, Stage } from '../core/stage';
import { decodeTokens } from '../core/token-blob';

/** The layers a DocumentRecord keeps; the others (the clean layer) are made again by their stage. */
export const STORED_LAYERS: ReadonlySet<Layer> = new Set<Layer>(['raw', 'meta', 'norm', 'tables', 'sentences', 'tokens', 'facts']);

/**
 * The stage to resume at so that `fromStage` and the stages after it find every layer they require:
 * `fromStage` itself, or an earlier stage whose layer is not stored (resuming at normalise re-runs
 * clean, whose text is not kept).
 */
export function resumeStage(stages: readonly Stage[], fromStage: string): string {
  let start = stages.findIndex((s) => s.name === fromStage);
  if (start < 0) throw new Error(`no stage '${fromStage}' to resume at`);
  for (;;) {
    const present = new Set<Layer>(['raw']);
    for (const stage of stages.slice(0, start)) for (const layer of stage.provides) if (STORED_LAYERS.has(layer)) present.add(layer);
    const missing = stages
      .slice(start)
      .flatMap((stage) => {
        const lacking = stage.requires.filter((layer) => !present.has(layer));
        for (const layer of stage.provides) present.add(layer);
        return lacking;
      })
      .at(0);
    if (missing === undefined) return stages[start]!.name;
    start = stages.findIndex((s) => s.provides.includes(missing));
  }
}

/**
 * Rebuilds a Document from its stored record with the layers of every stage before `fromStage`, so that
 * the pipeline can resume at `fromStage` without redoing the cached stages. `fromStage` must be one
 * resumeStage gives.
 */
export function restoreDocument(record: DocumentRecord, stages: readonly Stage[], fromStage: string): Document {
  if (resumeStage(stages, fromStage) !== fromStage) throw new Error(`document ${record.source.id}: cannot resume at '${fromStage}'`);
  const doc = newDocument(record.source, record.raw, record.meta);
  const restored = new Set<Layer>();
  const rerun = new Set<string>();
  let resuming = false;
  for (const stage of stages) {
    if (stage.name === fromStage) resuming = true;
    if (resuming) rerun.add(stage.name);
    else for (const layer of stage.provides) restored.add(layer);
  }
  // The notes of the cached stages stay (a fresh run would write them again); the re-run stages write theirs.
  doc.messages = record.messages.filter((m) => !rerun.has(m.stage));
  if (!restored.has('meta')) {
    // Derived metadata is recomputed; what the reader or the clean stage found stays. Known gap: a region
    // the reader stated (a dump's province column) is stored only as the resolved region, so re-running
    // the metadata stage derives it from the text instead (the reader's meta is not stored apart).
    doc.meta = { ...doc.meta, region: null, regionCode: null, year: null };
  }
  if (restored.has('norm')) doc.norm = new TextLayer(record.norm.text, OffsetMap.fromBuffer(record.norm.map));
  const index = doc.norm?.index;
  if (restored.has('sentences') && index) {
    doc.sentences = record.sentences.map((s) => ({ order: s.order, start: index.toUtf16(s.start), end: index.toUtf16(s.end) }));
  }
  if (restored.has('tables') && index) doc.tables = record.tables.map((table) => mapTableOffsets(table, (cp) => index.toUtf16(cp)));
  if (restored.has('tokens') && index) doc.tokens = decodeTokens(record.tokens, index);
  return doc;
}
