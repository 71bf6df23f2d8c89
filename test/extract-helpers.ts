import { expect } from 'vitest';
import path from 'node:path';
import type { Fact } from '../core/document';
import { Dictionaries } from '../core/dictionaries';
import { Pipeline, processText } from '../pipeline/pipeline';
import { STAGES } from '../pipeline/stages';

/** The repository's dictionaries, found from the test folder (not from the compiled layout). */
export const dictionaries = new Dictionaries(path.resolve(__dirname, '..', 'dictionaries'));
export const pipeline = new Pipeline(STAGES, dictionaries);

/** Facts of one sentence run through the whole pipeline. */
export function factsOf(text: string, id = 'test'): Fact[] {
  return processText(text, id, pipeline).facts;
}

/** The fact of `value` (within 1e-6) among `facts`; throws, naming the facts there are, when none has it. */
export function byValue(facts: readonly Fact[], value: number): Fact {
  const found = facts.find((f) => Math.abs((f.value ?? NaN) - value) < 1e-6);
  if (!found) throw new Error(`no fact of value ${value} in ${facts.map((f) => f.text).join(' | ')}`);
  return found;
}

/** Whether `fact` has every field of `expect` (`key`: a substring of the metric; `value`: within 1e-6). */
export function hasFields(fact: Fact, expect: Record<string, unknown>): boolean {
  for (const [field, wanted] of Object.entries(expect)) {
    if (field === 'key') {
      if (!fact.metric.includes(String(wanted))) return false;
    } else if (field === 'value' && typeof wanted === 'number' && typeof fact.value === 'number') {
      if (Math.abs(fact.value - wanted) > 1e-6 * Math.max(1, Math.abs(wanted))) return false;
    } else if ((fact as unknown as Record<string, unknown>)[field] !== wanted) {
      return false;
    }
  }
  return true;
}

export function describe(facts: readonly Fact[]): string {
  return facts.map((f) => `${f.type} ${f.metric} ${f.value ?? f.name} ${f.unit ?? ''} ${f.bound ?? ''} [${f.rule}]`).join('\n');
}

/** Asserts that each wanted field set is met by some fact of the text's facts. */
export function expectFacts(text: string, wanted: Record<string, unknown>[]): void {
  const facts = factsOf(text);
  for (const expectFields of wanted)
    expect(
      facts.some((f) => hasFields(f, expectFields)),
      `${JSON.stringify(expectFields)}\n${describe(facts)}`,
    ).toBe(true);
}

/** Asserts that no fact of the text has all the unwanted fields. */
export function expectNoFact(text: string, unwanted: Record<string, unknown>): void {
  const facts = factsOf(text);
  expect(
    facts.filter((f) => hasFields(f, unwanted)),
    describe(facts),
  ).toEqual([]);
}
