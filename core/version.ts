import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The package version: recorded with every run (stage keys hash the code itself: core/code-hash.ts). */
export const CODE_VERSION: string = (() => {
  for (const up of ['..', '../..']) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(__dirname, up, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'qmine' && pkg.version) return pkg.version;
    } catch {
      // try the next candidate: sources run from core/, compiled code from dist/core/
    }
  }
  return '0.0.0';
})();
