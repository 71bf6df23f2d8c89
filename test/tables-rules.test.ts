import { describe as suite, expect, it } from 'vitest';
import { describe, dictionaries, factsOf } from './extract-helpers';
import { matchesExpected } from './hard-case-matcher';
import { loadTableConfig } from '../pipeline/tables/table-config';

/** The examples of the table rules (dictionaries/tables/tables.json) run as tests. */
const config = loadTableConfig(dictionaries);

suite('table rules (dictionaries/tables/tables.json)', () => {
  for (const rule of config.rules.values()) {
    rule.examples.positive.forEach((example, i) => {
      it(`${rule.id}: positive example ${i + 1}`, () => {
        const facts = factsOf(example.text).filter((f) => f.rule === rule.id);
        expect(facts.length, example.text).toBeGreaterThan(0);
        if (example.expect)
          expect(
            facts.some((f) => matchesExpected(f, example.expect!)),
            describe(facts),
          ).toBe(true);
      });
    });
    rule.examples.negative.forEach((text, i) => {
      it(`${rule.id}: negative example ${i + 1}`, () => {
        expect(describe(factsOf(text).filter((f) => f.rule.startsWith('table.')))).toBe('');
      });
    });
  }
});
