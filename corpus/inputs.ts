import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Expands command-line inputs into the list of files to read: files as given; directories walked
 * recursively in sorted order; glob patterns (`*`, `?`, `**`, `[abc]`, `{a,b}`); `-` reads a list of paths,
 * one a line, from stdin (each of which may again be a file, a directory or a pattern).
 *
 * Inside directories and pattern matches, hidden entries and a folder's own documentation
 * (README, MANIFEST, LICENSE, CHANGELOG files) are skipped: they describe the corpus and are not part of
 * it. A file named explicitly is always kept. A path that does not exist is kept too, so that the reader
 * reports it as unreadable instead of it vanishing silently (the CLI refuses such command-line arguments
 * first: `missingInputs`; a path listed on stdin gets this). Paths come back absolute, so that the paths
 * stored in a database still lead to the files when it is queried from another folder. The result has no
 * duplicates.
 */
export async function expandInputs(args: string[], stdin: NodeJS.ReadableStream = process.stdin): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (relative: string) => {
    const file = path.resolve(relative);
    if (!seen.has(file)) {
      seen.add(file);
      out.push(file);
    }
  };
  for (const arg of args) {
    if (arg === '-') {
      for (const line of (await readAll(stdin)).split(/\r?\n/)) {
        const entry = line.trim();
        if (entry !== '' && !entry.startsWith('#')) expandOne(entry, add);
      }
    } else {
      expandOne(arg, add);
    }
  }
  return out;
}

/**
 * The command-line inputs that name nothing: a path that does not exist and is no pattern, or a pattern
 * that matches no file. `-` (a list on stdin) is never missing.
 */
export function missingInputs(args: readonly string[]): string[] {
  return args.filter((arg) => {
    if (arg === '-' || statOrNull(arg) !== null) return false;
    return !hasGlobMagic(arg) || glob(arg).length === 0;
  });
}

function expandOne(arg: string, add: (file: string) => void): void {
  const stat = statOrNull(arg);
  if (stat?.isDirectory()) {
    for (const file of walk(arg)) add(file);
  } else if (stat === null && hasGlobMagic(arg)) {
    for (const file of glob(arg)) add(file);
  } else {
    add(arg);
  }
}

const CORPUS_DOCUMENTATION = /^(readme|manifest|license|licence|changelog|copying)(\.[\w.]+)?$/i;

/** Whether a directory entry is part of a corpus (not hidden, not the folder's own documentation). */
export function isCorpusEntry(name: string): boolean {
  return !name.startsWith('.') && !CORPUS_DOCUMENTATION.test(name);
}

/** Files under a directory, recursively, each folder's entries sorted by name. */
function walk(dir: string): string[] {
  const files: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [dir]; // unreadable directory: let the reader report it
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (!isCorpusEntry(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...walk(full));
    else if (entry.isFile()) files.push(full);
    else if (entry.isSymbolicLink()) {
      const stat = statOrNull(full);
      if (stat?.isDirectory()) files.push(...walk(full));
      else if (stat?.isFile()) files.push(full);
    }
  }
  return files;
}

function statOrNull(p: string) {
  try {
    return statSync(p);
  } catch {
    return null;
  }
}

export function hasGlobMagic(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

/**
 * Files matching a glob pattern, sorted. The walk starts at the longest leading part without wildcards;
 * `**` matches any number of folders; a match that is a directory contributes its files.
 */
export function glob(pattern: string): string[] {
  const normalised = pattern.split(path.sep).join('/');
  const parts = normalised.split('/');
  const firstMagic = parts.findIndex(hasGlobMagic);
  const base = parts.slice(0, firstMagic).join('/') || (normalised.startsWith('/') ? '/' : '.');
  const rest = parts.slice(firstMagic);
  const matcher = globToRegExp(rest.join('/'));
  const found: string[] = [];
  const visit = (dir: string, relative: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (!isCorpusEntry(entry.name)) continue;
      const full = path.join(dir, entry.name);
      const rel = relative ? `${relative}/${entry.name}` : entry.name;
      const stat = entry.isSymbolicLink() ? statOrNull(full) : entry;
      if (!stat) continue;
      if (matcher.test(rel)) {
        if (stat.isDirectory()) found.push(...walk(full));
        else if (stat.isFile()) found.push(full);
      } else if (stat.isDirectory()) {
        visit(full, rel);
      }
    }
  };
  visit(base, '');
  return found;
}

/** A glob pattern (over `/`-separated relative paths) as an anchored regular expression. */
export function globToRegExp(pattern: string): RegExp {
  let re = '';
  let inClass = false;
  let braceDepth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (inClass) {
      if (ch === ']') inClass = false;
      re += ch === '\\' ? '\\\\' : ch;
      continue;
    }
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/') {
          i++;
          re += '(?:[^/]*/)*'; // `**/`: zero or more folders
        } else {
          re += '.*';
        }
      } else {
        re += '[^/]*';
      }
    } else if (ch === '?') {
      re += '[^/]';
    } else if (ch === '[') {
      inClass = true;
      re += '[';
      if (pattern[i + 1] === '!') {
        re += '^';
        i++;
      }
    } else if (ch === '{') {
      braceDepth++;
      re += '(?:';
    } else if (ch === '}' && braceDepth > 0) {
      braceDepth--;
      re += ')';
    } else if (ch === ',' && braceDepth > 0) {
      re += '|';
    } else {
      re += ch.replace(/[.+^$()|\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${re}$`);
}

function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer | string) => chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    stream.on('error', reject);
  });
}
