// Minimal normaliser (NFKC width folding, 1:1 only) until the normalisation issue lands.
import type { Stage } from '../stage';
import { TextRewriter } from '../text/rewriter';

export const normaliseStage: Stage = {
  name: 'normalise',
  version: '0',
  requires: ['clean'],
  provides: ['norm'],
  reads: [],
  run(doc) {
    const clean = doc.clean!;
    const rewriter = new TextRewriter(clean.text);
    for (const m of clean.text.matchAll(/[\uFF01-\uFF5E\u3000]/g)) {
      const folded = m[0].normalize('NFKC');
      rewriter.replace(m.index, m.index + 1, folded.length === 1 ? folded : m[0]);
    }
    const { text, map } = rewriter.finish();
    doc.norm = clean.derive(text, map);
  },
};
