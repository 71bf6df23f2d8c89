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
 * re-runs during development, never a stale key. An import inside a function (a module loaded lazily)
 * counts like one at the top, as long as it names the module in a string literal.
 */
export function codeHash(moduleFile: string): string {
  let hash = hashes.get(moduleFile);
  if (hash === undefined) hashes.set(moduleFile, (hash = hashClosure(codeClosure(moduleFile), moduleFile)));
  return hash;
}

/**
 * What codeHash reads for a module: our source files (absolute paths), each package's name, version and
 * manifest, and the paths it looked for and did not find on the way (a module resolved to `x/index.js`
 * after `x.js`, a package found after the `node_modules` folders nearer to the importer): the same files
 * and the same absences give the same hash.
 */
export interface CodeClosure {
  files: string[];
  packages: { name: string; version: string; manifest: string | null }[];
  absent: string[];
}

/** The files and packages a module's code hash covers, sorted. */
export function codeClosure(moduleFile: string): CodeClosure {
  const entry = path.resolve(moduleFile);
  const files = new Set<string>();
  const packages = new Map<string, { version: string; manifest: string | null }>();
  const absent = new Set<string>();
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    const imports = importsOf(file, path.extname(entry));
    pending.push(...imports.modules);
    for (const miss of imports.absent) absent.add(miss);
    for (const name of imports.packageNames) {
      if (packages.has(name)) continue;
      const { misses, ...found } = installedPackage(path.dirname(file), name);
      packages.set(name, found);
      for (const miss of misses) absent.add(miss);
    }
  }
  return {
    files: [...files].sort(),
    packages: [...packages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, found]) => ({ name, ...found })),
    absent: [...absent].sort(),
  };
}

const hashes = new Map<string, string>();

/** Relative imports and package imports, in both compiled CommonJS and TypeScript source. */
const IMPORT_SPECIFIER = /(?:\brequire\s*\(\s*|\bfrom\s+|\bimport\s*\(?\s*)['"]([^'"\n]+)['"]/g;

/**
 * A module's imports, read once a process: the stages' closures share most of their modules (the
 * document model, the dictionaries, the text helpers), each read and scanned once rather than once a stage.
 */
const importsByFile = new Map<string, { modules: string[]; packageNames: string[]; absent: string[] }>();

function importsOf(file: string, extension: string): { modules: string[]; packageNames: string[]; absent: string[] } {
  const memoKey = `${extension}\0${file}`;
  let found = importsByFile.get(memoKey);
  if (found === undefined) {
    found = { modules: [], packageNames: [], absent: [] };
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT_SPECIFIER)) {
      const specifier = match[1] ?? '';
      if (specifier.startsWith('node:')) continue;
      if (specifier.startsWith('.')) {
        const { resolved, misses } = resolveModule(path.dirname(file), specifier, extension);
        if (resolved !== null) found.modules.push(resolved);
        found.absent.push(...misses);
      } else found.packageNames.push(packageName(specifier));
    }
    importsByFile.set(memoKey, found);
  }
  return found;
}

function hashClosure(closure: CodeClosure, entry: string): string {
  const hash = createHash('sha256');
  const root = path.dirname(path.resolve(entry));
  for (const file of closure.files) hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  for (const { name, version } of closure.packages) hash.update(`${name}@${version}\n`);
  return hash.digest('hex');
}

/**
 * The file a relative specifier names, with the entry's extension (`.js` compiled, `.ts` sources), or null
 * (JSON and assets are data); and the candidates before it that do not exist.
 */
function resolveModule(dir: string, specifier: string, extension: string): { resolved: string | null; misses: string[] } {
  const base = path.resolve(dir, specifier);
  const misses: string[] = [];
  for (const candidate of [base + extension, path.join(base, `index${extension}`), base]) {
    if (!existsSync(candidate)) misses.push(candidate);
    else if (statSync(candidate).isFile() && /\.(?:ts|js|cjs|mjs)$/.test(candidate)) return { resolved: candidate, misses };
  }
  return { resolved: null, misses };
}

/** `opencc-js/t2cn` → `opencc-js`; `@scope/pkg/sub` → `@scope/pkg`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/**
 * The installed version of a package and its manifest, found the way Node finds it (node_modules up the
 * tree; `unknown` when absent), and the manifests looked for before it.
 */
function installedPackage(fromDir: string, name: string): { version: string; manifest: string | null; misses: string[] } {
  const misses: string[] = [];
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'node_modules', name, 'package.json');
    if (existsSync(manifest)) {
      return { version: (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version ?? 'unknown', manifest, misses };
    }
    misses.push(manifest);
    if (path.dirname(dir) === dir) return { version: 'unknown', manifest: null, misses };
  }
}
