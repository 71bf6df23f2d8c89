import { describe as suite, expect, it } from 'vitest';
import { describe, factsOf } from './extract-helpers';
import { caseProblems, loadCases } from './hard-case-matcher';

// Reads ../shared/spec/hard-cases.jsonl in place: skipped when ../shared is not beside the repository.
const cases = loadCases('hard-cases.jsonl');

suite.skipIf(cases.length === 0)('hard cases (../shared/spec/hard-cases.jsonl)', () => {
  it('reads every case', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });
  for (const c of cases) {
    it(c.id, () => {
      const facts = factsOf(c.input, c.id);
      expect(caseProblems(c, facts), describe(facts)).toEqual([]);
    });
  }
});
