import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The folder of lexicons and rules shipped with qmine (from sources in core/, or compiled in dist/core/). */
export const DEFAULT_DICTIONARIES_DIR = path.resolve(
  __dirname,
  path.basename(path.dirname(__dirname)) === 'dist' ? '../..' : '..',
  'dictionaries',
);

/**
 * Read-once access to the files of a dictionaries folder, with the content hash of each file read:
 * stage keys and the run record use the hashes, never paths or modification times.
 */
export class Dictionaries {
  private readonly texts = new Map<string, string>();
  private readonly parsed = new Map<string, unknown>();

  constructor(readonly dir: string = DEFAULT_DICTIONARIES_DIR) {}

  /** Absolute path of a dictionary file (for libraries that want a path, such as nodejieba). */
  path(file: string): string {
    return path.join(this.dir, file);
  }

  text(file: string): string {
    let text = this.texts.get(file);
    if (text === undefined) {
      try {
        text = readFileSync(this.path(file), 'utf8');
      } catch (error) {
        throw new Error(`dictionary ${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      }
      this.texts.set(file, text);
    }
    return text;
  }

  /** The files read so far (relative paths): a test checks each stage lists in `reads` every file it reads. */
  filesRead(): string[] {
    return [...this.texts.keys()];
  }

  /** sha256 of a file's content. */
  hash(file: string): string {
    return createHash('sha256').update(this.text(file)).digest('hex');
  }

  /** A JSON file, parsed once. */
  json<T>(file: string): T {
    return this.parseOnce(file, (text) => JSON.parse(text) as T);
  }

  /** A JSON Lines file (blank lines and lines starting with # skipped), parsed once. */
  jsonl<T>(file: string): T[] {
    return this.parseOnce(file, (text) =>
      text
        .split('\n')
        .map((line, i) => [line.trim(), i + 1] as const)
        .filter(([line]) => line !== '' && !line.startsWith('#'))
        .map(([line, n]) => {
          try {
            return JSON.parse(line) as T;
          } catch (error) {
            throw new Error(`dictionary ${file}:${n}: ${(error as Error).message}`);
          }
        }),
    );
  }

  /** Lines of a plain-text lexicon (blank lines and # comments skipped), read once. */
  lines(file: string): string[] {
    return this.parseOnce(file, (text) =>
      text
        .split('\n')
        .map((line) => line.replace(/\r$/, ''))
        .filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#')),
    );
  }

  /** Parsed form of a file, computed once per Dictionaries instance by `parse`. */
  parseOnce<T>(file: string, parse: (text: string) => T, as = ''): T {
    const key = `${file}\u0000${as}`;
    if (!this.parsed.has(key)) this.parsed.set(key, parse(this.text(file)));
    return this.parsed.get(key) as T;
  }
}
