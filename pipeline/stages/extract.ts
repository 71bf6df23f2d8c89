// Fact extraction (issue 5): numerals, quantities, typed rules and named things; see pipeline/extract/.
import { EXTRACT_FILES, extractFacts } from '../extract/extractor';
import type { Stage } from '../../core/stage';

export const extractStage: Stage = {
  name: 'extract',
  code: __filename,
  requires: ['norm', 'sentences', 'tokens', 'meta', 'scope'],
  provides: ['facts'],
  reads: EXTRACT_FILES,
  run(doc, ctx) {
    doc.facts = extractFacts(doc, ctx.dictionaries);
  },
};
