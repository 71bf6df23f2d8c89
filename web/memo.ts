import type Database from 'better-sqlite3';

/**
 * Results worth keeping between requests (the overview's aggregates, a diff between two runs), valid
 * while the database is unchanged: SQLite's data_version moves whenever another connection (a `qmine
 * run` writing beside the server) commits, and the cache is then dropped. A few entries at most.
 */
export class Memo {
  private version: unknown = null;
  private readonly entries = new Map<string, unknown>();

  constructor(
    private readonly db: Database.Database,
    private readonly capacity = 16,
  ) {}

  get<T>(key: string, compute: () => T): T {
    const version = this.db.pragma('data_version', { simple: true });
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    if (this.entries.has(key)) return this.entries.get(key) as T;
    const value = compute();
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
    return value;
  }
}
