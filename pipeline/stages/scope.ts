// Scope stage (issue 18): the report year, the year of writing, the document's region and subject, and the
// sections its headings open with the period, status, region and subject each sets; see pipeline/scope/.
import { buildScope, SCOPE_FILES } from '../scope/scope';
import type { Stage } from '../../core/stage';

export const scopeStage: Stage = {
  name: 'scope',
  code: __filename,
  requires: ['norm', 'sentences', 'tokens', 'meta'],
  provides: ['scope'],
  reads: SCOPE_FILES,
  run(doc, ctx) {
    doc.scope = buildScope(doc, ctx.dictionaries);
  },
};
