// Fact extraction (issue 5): numerals, quantities, typed rules and named things; see pipeline/extract/.
import { CONTEXT_FILES } from '../extract/context';
import { EXTRACT_FILES, extractFacts } from '../extract/extractor';
import type { Stage } from '../../core/stage';
import { TABLE_FACT_FILES, withTableFacts } from '../tables/table-facts';

export const extractStage: Stage = {
  name: 'extract',
  code: __filename,
  requires: ['norm', 'tables', 'sentences', 'tokens', 'meta', 'scope'],
  provides: ['facts'],
  // Each figure's context (period, region, subject, category) is decided here, from the context files too.
  reads: [...new Set([...EXTRACT_FILES, ...CONTEXT_FILES, ...TABLE_FACT_FILES])],
  run(doc, ctx) {
    // Table cells give facts of their own (pipeline/tables/), in place of what their rows read as sentences.
    doc.facts = withTableFacts(doc, extractFacts(doc, ctx.dictionaries), ctx.dictionaries);
  },
};
