// Clean stage: the article text of a page or text dump, with its map back to the raw text.
import { BOILERPLATE_FILE, loadBoilerplateRules, mergeMissing } from '../clean/boilerplate';
import { extractHtml, HTML_CHROME_FILE, loadHtmlRules, type Extraction } from '../clean/html';
import { findMojibake } from '../../corpus/mojibake';
import { cleanPlainText } from '../clean/plain-text';
import { NORMALISE_RULES_FILE } from '../text/normalise-rules';
import { looksLikeHtml } from '../../corpus/sniff';
import { TextLayer, type Document } from '../../core/document';
import type { Stage } from '../../core/stage';
import { TextRewriter } from '../../core/rewriter';

export const cleanStage: Stage = {
  name: 'clean',
  code: __filename,
  requires: ['raw'],
  provides: ['clean'],
  reads: [BOILERPLATE_FILE, HTML_CHROME_FILE, NORMALISE_RULES_FILE],
  run(doc, ctx) {
    const rules = loadBoilerplateRules(ctx.dictionaries);
    const extraction: Extraction = isHtml(doc)
      ? extractHtml(doc.raw, rules, loadHtmlRules(ctx.dictionaries))
      : cleanPlainText(doc.raw, rules);
    mergeMissing(doc.meta, extraction.meta);
    let layer = new TextLayer(extraction.text, extraction.map);

    // Mojibake runs are noise, not words: each becomes a paragraph break standing for the run.
    const runs = findMojibake(layer.text);
    if (runs.length > 0) {
      const rewriter = new TextRewriter(layer.text);
      const source = layer.text;
      for (const run of runs) {
        const atLineStart = run.start === 0 || source[run.start - 1] === '\n' || source[run.end] === '\n';
        rewriter.replace(run.start, run.end, atLineStart ? '' : '\n');
      }
      const { text, map } = rewriter.finish();
      layer = layer.derive(text, map);
      doc.messages.push({ stage: 'clean', level: 'warning', text: `removed ${runs.length} mojibake run(s)` });
    }
    if (extraction.droppedBy.length > 0) {
      const counts = new Map<string, number>();
      for (const id of extraction.droppedBy) counts.set(id, (counts.get(id) ?? 0) + 1);
      const summary = [...counts].map(([id, n]) => `${id}×${n}`).join(', ');
      doc.messages.push({ stage: 'clean', level: 'info', text: `dropped boilerplate lines: ${summary}` });
    }
    if (layer.text.trim() === '') {
      doc.messages.push({ stage: 'clean', level: 'warning', text: 'no article text found' });
    }
    doc.clean = layer;
  },
};

/** Pages, and dump records whose text column holds a page. */
function isHtml(doc: Document): boolean {
  if (doc.source.format === 'html') return true;
  if (doc.source.format === 'text') return false;
  return looksLikeHtml(doc.raw.slice(0, 8192));
}
