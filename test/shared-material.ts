import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'vitest';

/**
 * ../shared beside the repository: the corpus, the spec and the gold that some tests read in place. A
 * clone without it still passes `npm test`: those tests are skipped, and their names say why. `.ci/run`
 * insists on ../shared, so there they all run.
 */
export const SHARED_DIR = path.resolve(__dirname, '..', '..', 'shared');
export const HAS_SHARED = existsSync(path.join(SHARED_DIR, 'corpus'));

const SKIPPED = ' [skipped: needs ../shared beside the repository]';

/**
 * A suite over ../shared material. When it is absent the suite is one skipped test whose name says why:
 * its factory is not called, since collecting a suite runs its body, and bodies read the corpus.
 */
export function describeShared(name: string, factory: () => void | Promise<void>): void {
  if (HAS_SHARED) {
    describe(name, factory);
    return;
  }
  console.warn(`skipped: ${name} (needs ../shared beside the repository)`);
  describe.skip(name + SKIPPED, () => it('reads ../shared', () => undefined));
}

/** One test over ../shared material: skipped, saying so, when it is absent. */
export function itShared(name: string, test: () => void | Promise<void>): void {
  if (!HAS_SHARED) console.warn(`skipped: ${name} (needs ../shared beside the repository)`);
  it.skipIf(!HAS_SHARED)(HAS_SHARED ? name : name + SKIPPED, test);
}
