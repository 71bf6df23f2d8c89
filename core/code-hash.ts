import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The content hash of the code a module runs (Bazel's action key over its inputs): the module's own
 * source, every module of ours it imports, transitively, and the name and version of every package they
 * import. A stage's key includes the hash of its module, so a change to any line of code the stage runs
 * (or an upgraded nodejieba or opencc-js) re-runs it and the stages after it, without a hand-bumped
 * version that someone forgets.
 *
 * It reads the files as they run: the compiled `.js` in `dist/`, or the `.ts` sources under vitest.
 * Type-only imports count as well in sources (they are erased from the compiled code): a few spurious
 * re-runs during development, never a stale key.
 */
export function codeHash(moduleFile: string): string {
  let hash = hashes.get(moduleFile);
  if (hash === undefined) hashes.set(moduleFile, (hash = hashClosure(moduleFile)));
  return hash;
}

const hashes = new Map<string, string>();

/** Relative imports and package imports, in both compiled CommonJS and TypeScript source. */
const IMPORT_SPECIFIER = /(?:\brequire\s*\(\s*|\bfrom\s+|\bimport\s*\(?\s*)['"]([^'"\n]+)['"]/g;

function hashClosure(entry: string): string {
  const files = new Set<string>();
  const packages = new Map<string, string>();
  const pending = [path.resolve(entry)];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(IMPORT_SPECIFIER)) {
      const specifier = match[1] ?? '';
      if (specifier.startsWith('node:')) continue;
      if (specifier.startsWith('.')) {
        const resolved = resolveModule(path.dirname(file), specifier, path.extname(entry));
        if (resolved !== null) pending.push(resolved);
      } else {
        const name = packageName(specifier);
        if (!packages.has(name)) packages.set(name, packageVersion(path.dirname(file), name));
      }
    }
  }
  const hash = createHash('sha256');
  const root = path.dirname(path.resolve(entry));
  for (const file of [...files].sort()) hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  for (const [name, version] of [...packages].sort()) hash.update(`${name}@${version}\n`);
  return hash.digest('hex');
}

/** The file a relative specifier names, with the entry's extension (`.js` compiled, `.ts` sources), or null (JSON and assets are data). */
function resolveModule(dir: string, specifier: string, extension: string): string | null {
  const base = path.resolve(dir, specifier);
  for (const candidate of [base + extension, path.join(base, `index${extension}`), base]) {
    if (existsSync(candidate) && statSync(candidate).isFile() && /\.(?:ts|js|cjs|mjs)$/.test(candidate)) return candidate;
  }
  return null;
}

/** `opencc-js/t2cn` → `opencc-js`; `@scope/pkg/sub` → `@scope/pkg`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** The installed version of a package, found the way Node finds it (node_modules up the tree); `unknown` when absent. */
function packageVersion(fromDir: string, name: string): string {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'node_modules', name, 'package.json');
    if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version ?? 'unknown';
    if (path.dirname(dir) === dir) return 'unknown';
  }
}
