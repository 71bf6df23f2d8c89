import type { DerivedRefresh } from '../batch/derived';

/** The summary line of the data derived over all documents (duplicate marks, keywords), for run, reprocess and merge. */
export function formatDerived(derived: DerivedRefresh | null): string {
  const label = 'keywords          ';
  if (derived === null) return `${label}not refreshed (interrupted: the next run or reprocess does it)`;
  if (!derived.refreshed) return `${label}up to date`;
  return `${label}ranked for ${derived.keywordDocuments} documents, ${derived.duplicates} duplicates marked (${(derived.ms / 1000).toFixed(1)} s)`;
}
