// Tables stage: the table layer (rows, cells, header links) of a document, found on its clean text.
import type { Stage } from '../../core/stage';
import { findTables } from '../tables/detect';
import { FLAT_HEADERS_FILE, loadFlatHeaderShapes } from '../tables/flat-headers';

export const tablesStage: Stage = {
  name: 'tables',
  code: __filename,
  requires: ['clean', 'norm'],
  provides: ['tables'],
  reads: [FLAT_HEADERS_FILE],
  run(doc, ctx) {
    const html = doc.source.format !== 'text' && /<table[\s>]/i.test(doc.raw);
    doc.tables = findTables(doc, html, loadFlatHeaderShapes(ctx.dictionaries));
  },
};
