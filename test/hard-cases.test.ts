import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe as suite, expect, it } from 'vitest';
import type { Fact } from '../core/document';
import { describe, factsOf, hasFields } from './extract-helpers';

interface HardCase {
  id: string;
  input: string;
  expect: Record<string, unknown>[];
  forbid?: (Record<string, unknown> & { exclude_key?: string })[];
}

const CASES_FILE = path.resolve(__dirname, '..', '..', 'shared', 'spec', 'hard-cases.jsonl');
const cases: HardCase[] = readFileSync(CASES_FILE, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as HardCase);

/** A forbid entry matches a fact when every field given is equal (key: in the metric), unless exclude_key is in it. */
function forbidden(fact: Fact, forbid: Record<string, unknown> & { exclude_key?: string }): boolean {
  const { exclude_key: excludeKey, ...fields } = forbid;
  if (excludeKey && fact.metric.includes(excludeKey)) return false;
  return hasFields(fact, fields);
}

suite('hard cases (../shared/spec/hard-cases.jsonl)', () => {
  it('reads every case', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });
  for (const c of cases) {
    it(c.id, () => {
      const facts = factsOf(c.input, c.id);
      for (const wanted of c.expect) {
        expect(facts.some((f) => hasFields(f, wanted)), `expected ${JSON.stringify(wanted)} among\n${describe(facts)}`).toBe(true);
      }
      for (const forbid of c.forbid ?? []) {
        const hit = facts.find((f) => forbidden(f, forbid));
        expect(hit, `forbidden ${JSON.stringify(forbid)} matched\n${describe(facts)}`).toBeUndefined();
      }
      if (c.expect.length === 0 && !c.forbid) expect(facts, describe(facts)).toEqual([]);
    });
  }
});
