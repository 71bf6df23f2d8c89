import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The package version: recorded with every run and part of every stage key, so a release re-runs every stage. */
export const CODE_VERSION: string = (() => {
  for (const up of ['..', '../..']) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(__dirname, up, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'qmine' && pkg.version) return pkg.version;
    } catch {
      // try the next candidate: sources run from pipeline/, compiled code from dist/pipeline/
    }
  }
  return '0.0.0';
})();
