import { createHash } from 'node:crypto';
import { codeHash } from '../core/code-hash';
import type { Pipeline } from '../pipeline/pipeline';

/**
 * One hash of what decides every stage key apart from the document: each stage's name, code (codeHash),
 * config and the content of the files it reads. Two runs with the same signature give any document the
 * same stage keys; runs record it (runs.options.pipeline), so `qmine merge` can refuse parts made with
 * different code or dictionaries without recomputing any document's keys.
 */
export function pipelineSignature(pipeline: Pipeline): string {
  const fileHashes = pipeline.dictionaryHashes();
  const hash = createHash('sha256');
  for (const stage of pipeline.stages) {
    hash
      .update(stage.name)
      .update('\0')
      .update(codeHash(stage.code))
      .update('\0')
      .update(JSON.stringify(stage.config ?? {}));
    for (const file of [...stage.reads].sort())
      hash
        .update('\0')
        .update(file)
        .update('\0')
        .update(fileHashes[file] ?? '');
    hash.update('\n');
  }
  return hash.digest('hex');
}
