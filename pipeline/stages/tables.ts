// Tables stage: the table layer (rows, cells, header links) of a document, found on its clean text.
import type { Stage } from '../../core/stage';
import { findTables } from '../tables/detect';

export const tablesStage: Stage = {
  name: 'tables',
  code: __filename,
  requires: ['clean', 'norm'],
  provides: ['tables'],
  reads: [],
  run(doc) {
    doc.tables = findTables(doc, doc.source.format !== 'text' && /<table[\s>]/i.test(doc.raw));
  },
};
