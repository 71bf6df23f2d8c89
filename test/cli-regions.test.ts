import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyDictionaries, QMINE, ROOT, tempDir } from './batch-fixtures';

/**
 * Region questions an analyst asks, over a database the pipeline builds from our own reports
 * (test/fixtures/regions: 吉林省 with 长春市, 延边州 and 吉林市 figures in 2009 and 2010, 浙江省 with 杭州市,
 * and a national bulletin), through the built command as a user runs it.
 */

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'regions');
const tmp = tempDir('qmine-regions-');
let db: string;

function qmine(args: string[]): string {
  return execFileSync(process.execPath, [QMINE, ...args], { encoding: 'utf8', cwd: ROOT });
}

/** `qmine facts --format jsonl` rows for these options (all statuses: the region is what is tested). */
function facts(...options: string[]): { id: number; region: string; region_code: string; value: number; metric: string }[] {
  return qmine(['facts', '--db', db, '--status', 'all', '--format', 'jsonl', ...options])
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { id: number; region: string; region_code: string; value: number; metric: string });
}

const ids = (rows: { id: number }[]) => rows.map((r) => r.id).sort((a, b) => a - b);

beforeAll(() => {
  db = tmp.file('regions.db');
  qmine(['run', FIXTURES, '--db', db, '--jobs', '1', '--no-progress']);
});

afterAll(() => tmp.cleanup());

describe('qmine facts --region by GB/T 2260 code', () => {
  it('finds the same facts for 吉林, 吉林省 and 220000: the province and every place in it', () => {
    const byName = facts('--region', '吉林');
    expect(new Set(byName.map((f) => f.region))).toEqual(new Set(['吉林省', '长春市', '延边朝鲜族自治州', '吉林市']));
    expect(byName.every((f) => f.region_code.startsWith('22'))).toBe(true);
    expect(ids(facts('--region', '吉林省'))).toEqual(ids(byName));
    expect(ids(facts('--region', '220000'))).toEqual(ids(byName));
  });

  it('narrows to a city by any of its names, in either script, and says how it read the region', () => {
    const changchun = facts('--region', '长春市');
    expect(changchun.map((f) => f.value)).toEqual([96.2]);
    for (const name of ['長春', '长春', '220100', '吉林省长春市']) expect(ids(facts('--region', name)), name).toEqual(ids(changchun));
    expect(facts('--region', '延边州').map((f) => f.value)).toEqual([88.4]);
    // 吉林市 is the prefecture; 吉林 alone is the province.
    expect(new Set(facts('--region', '吉林市').map((f) => f.region))).toEqual(new Set(['吉林市']));
    expect(qmine(['facts', '--db', db, '--region', '長春']).split('\n')[0]).toContain('region: 长春市 220100 and the places in it');
  });

  it('--region-exact keeps the province itself, without its cities', () => {
    const exact = facts('--region', '吉林', '--region-exact');
    expect(exact.length).toBeGreaterThan(0);
    expect(new Set(exact.map((f) => f.region_code))).toEqual(new Set(['220000']));
    expect(exact.length).toBeLessThan(facts('--region', '吉林').length);
  });

  it('keeps 全国 apart from the provinces, and refuses a code that names no division', () => {
    const national = facts('--region', '全国');
    expect(national.map((f) => f.region_code)).toEqual(['000000']);
    expect(ids(facts('--region', '000000'))).toEqual(ids(national));
    expect(facts('--region', '浙江').every((f) => f.region_code.startsWith('33'))).toBe(true);
    expect(() => qmine(['facts', '--db', db, '--region', '990000'])).toThrow(/no GB\/T 2260 division has the code 990000/);
  });

  it('search --region finds the documents of a province by name or code', () => {
    const search = (region: string) =>
      (JSON.parse(qmine(['search', '合格率', '--db', db, '--region', region, '--format', 'json'])) as { hits: { doc: string }[] }).hits
        .map((h) => h.doc)
        .sort();
    expect(new Set(search('220000'))).toEqual(new Set(['jilin-2009', 'jilin-2010']));
    expect(search('吉林')).toEqual(search('220000'));
  });
});

describe('pass rate by province and year', () => {
  /** The pass levels of the run, averaged here by province (first two digits of the code) and year. */
  function expected(): Map<string, number> {
    const sums = new Map<string, number[]>();
    for (const f of facts('--category', 'pass_rate', '--type', 'rate', '--status', 'actual')) {
      const period = (f as unknown as { period: string }).period;
      const key = `${f.region_code.slice(0, 2)}|${period}`;
      sums.set(key, [...(sums.get(key) ?? []), f.value]);
    }
    return new Map([...sums].map(([key, values]) => [key, Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100]));
  }

  it('qmine facts --group-by province,year shows province names, counts cities for their province, 全国 apart', () => {
    const out = qmine(['facts', '--db', db, '--category', 'pass_rate', '--type', 'rate', '--group-by', 'province,year', '--agg', 'avg']);
    const lines = out.split('\n');
    expect(lines[1]).toMatch(/^province +year +avg_value +facts$/);
    const rows = lines.slice(3, -2).map((line) => line.trim().split(/\s+/));
    // In code order: 全国 (000000), 吉林省 (22), 浙江省 (33).
    expect(rows.map((r) => `${r[0]} ${r[1]}`)).toEqual(['全国 2010', '吉林省 2009', '吉林省 2010', '浙江省 2010']);
    const want = expected();
    expect(Number(rows[1]![2])).toBeCloseTo(want.get('22|2009')!, 2);
    // 吉林省 2009: the province's own rate and those of 长春市 and 延边州.
    expect(rows[1]![3]).toBe('3');
    expect(Number(rows[3]![2])).toBeCloseTo(want.get('33|2010')!, 2);
  });

  it('--pivot year spreads the years across, with province names down', () => {
    const out = qmine([
      'facts',
      '--db',
      db,
      '--category',
      'pass_rate',
      '--type',
      'rate',
      '--group-by',
      'province',
      '--pivot',
      'year',
      '--agg',
      'avg',
    ]);
    expect(out.split('\n')[1]).toMatch(/^province +2009 +2010$/);
    expect(out).toMatch(/\n吉林省 +92\.03 +91\.45\n/);
  });

  it('the view pass_rate_by_province_year holds the same numbers, with names', () => {
    const sqlite = new Database(db, { readonly: true });
    const rows = sqlite.prepare('SELECT province_code, province, year, mean, facts FROM pass_rate_by_province_year').all() as {
      province_code: string;
      province: string;
      year: string;
      mean: number;
      facts: number;
    }[];
    sqlite.close();
    expect(rows.map((r) => `${r.province} ${r.year}`)).toEqual(['全国 2010', '吉林省 2009', '吉林省 2010', '浙江省 2010']);
    const want = expected();
    for (const r of rows) expect(r.mean, `${r.province} ${r.year}`).toBeCloseTo(want.get(`${r.province_code.slice(0, 2)}|${r.year}`)!, 2);
  });
});

describe('--dictionaries gives the rate-polarity lexicon too', () => {
  it("a cue added to the user's lexicon decides the polarity of the run's facts", () => {
    const polarityOf = (file: string) =>
      (
        JSON.parse(qmine(['facts', '--db', file, '--metric', '检出率', '--columns', 'metric,polarity', '--format', 'json'])) as {
          polarity: string;
        }[]
      ).map((f) => f.polarity);
    expect(polarityOf(db)).toEqual(['other']);
    const dictionaries = copyDictionaries(tmp.file('dictionaries'), (read) => {
      const file = 'lexicons/rate-polarity.tsv';
      return { [file]: `${read(file)}检出\tfailure\t农药残留检出率\n` };
    });
    const own = tmp.file('own.db');
    qmine(['run', FIXTURES, '--db', own, '--jobs', '1', '--no-progress', '--dictionaries', dictionaries]);
    expect(polarityOf(own)).toEqual(['failure']);
    expect(readFileSync(path.join(dictionaries, 'lexicons/rate-polarity.tsv'), 'utf8')).toContain('检出\tfailure');
    // Run again with the bundled folder: the bundled lexicon again.
    qmine(['run', FIXTURES, '--db', own, '--jobs', '1', '--no-progress']);
    expect(polarityOf(own)).toEqual(['other']);
  });
});
