import type { StageKeys } from '../pipeline/stage-keys';

/**
 * The first stage to run again for a stored document whose input hashes to `inputHash` (null: none),
 * and, when none, the document's current keys if they differ from the stored ones (else null): a
 * stage's whole-files key (StageKeys.keys) changes with any edit of the files it reads in part,
 * also for a document whose part did not change, and is stored again so that the next command finds
 * it equal. Keys that depend on the normalised text (Stage.keyPart) stand as stored when the files they
 * read are unchanged; otherwise they come from the stored text, read only when every key before them is
 * unchanged.
 */
export function staleStage(
  stageKeys: StageKeys,
  inputHash: string,
  stored: Record<string, string>,
  storedNormText: () => string | null,
): { stage: string | null; newKeys: Record<string, string> | null } {
  const names = stageKeys.names;
  let keys = stageKeys.keys(inputHash, undefined, stored);
  let stage = firstChangedStage(names, stored, keys);
  if (stage !== null && !(stage in keys)) {
    const normText = storedNormText();
    if (normText === null) return { stage, newKeys: null };
    keys = stageKeys.keys(inputHash, normText);
    stage = firstChangedStage(names, stored, keys);
  }
  const same = Object.keys(keys).length === Object.keys(stored).length && Object.entries(keys).every(([k, v]) => stored[k] === v);
  return { stage, newKeys: stage === null && !same ? keys : null };
}

/** The first stage whose key differs from the stored one (null when every key is unchanged). */
export function firstChangedStage(
  stageNames: readonly string[],
  stored: Record<string, string>,
  current: Record<string, string>,
): string | null {
  for (const name of stageNames) if (stored[name] !== current[name]) return name;
  return null;
}
