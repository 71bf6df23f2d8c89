import { newDocument, type Document, type Token } from '../core/document';
import { layerFromStored, type DocumentRecord } from '../core/record';
import type { Layer, Stage } from '../core/stage';

/**
 * Rebuilds a Document from its stored record with the layers of every stage before `fromStage`, so that
 * the pipeline can resume at `fromStage` without redoing the cached stages.
 */
export function restoreDocument(record: DocumentRecord, stages: readonly Stage[], fromStage: string): Document {
  const doc = newDocument(record.source, record.raw, record.meta);
  const restored = new Set<Layer>();
  const rerun = new Set<string>();
  let resuming = false;
  for (const stage of stages) {
    if (stage.name === fromStage) resuming = true;
    if (resuming) rerun.add(stage.name);
    else for (const layer of stage.provides) restored.add(layer);
  }
  if (!resuming) throw new Error(`document ${record.source.id}: no stage '${fromStage}' to resume at`);
  // The notes of the cached stages stay (a fresh run would write them again); the re-run stages write theirs.
  doc.messages = record.messages.filter((m) => !rerun.has(m.stage));
  if (!restored.has('meta')) {
    // Derived metadata is recomputed; what the reader or the clean stage found stays. Known gap: a region
    // the reader stated (a dump's province column) is stored only as the resolved region, so re-running
    // the metadata stage derives it from the text instead (the reader's meta is not stored apart).
    doc.meta = { ...doc.meta, region: null, regionCode: null, year: null };
  }
  if (restored.has('clean')) doc.clean = layerFromStored(record.clean);
  if (restored.has('norm')) doc.norm = layerFromStored(record.norm);
  if (restored.has('sentences') && doc.norm) {
    const index = doc.norm.index;
    doc.sentences = record.sentences.map((s) => ({ order: s.order, start: index.toUtf16(s.start), end: index.toUtf16(s.end) }));
  }
  if (restored.has('tokens') && doc.norm && doc.sentences) {
    doc.tokens = restoreTokens(doc.norm.text, doc.sentences, record);
  }
  return doc;
}

/** Token spans are not stored; they are found again in order inside their sentence. */
function restoreTokens(text: string, sentences: { start: number; end: number }[], record: DocumentRecord): Token[] {
  const tokens: Token[] = [];
  record.sentences.forEach((stored, i) => {
    let at = sentences[i]!.start;
    const pairs =
      stored.tokensJson !== undefined
        ? (JSON.parse(stored.tokensJson) as [string, string][]).map(([word, tag]) => ({ word, tag }))
        : stored.tokens;
    for (const { word, tag } of pairs) {
      const found = text.indexOf(word, at);
      if (found < 0) continue;
      tokens.push({ start: found, end: found + word.length, word, tag });
      at = found + word.length;
    }
  });
  return tokens;
}
