import { describe as suite, expect, it } from 'vitest';
import { extractFacts, type ExtractionTrace } from '../pipeline/extract/extractor';
import { allRules, RULE_FILES } from '../pipeline/extract/rules';
import { processText } from '../pipeline/pipeline';
import { describe, dictionaries, hasFields, pipeline } from './extract-helpers';

/** Facts and not-a-fact matches of one sentence, through the whole pipeline. */
function run(text: string): { rules: Set<string>; facts: ReturnType<typeof processText>['facts'] } {
  const { doc, facts } = processText(text, 'example', pipeline);
  const trace: ExtractionTrace = { vetoed: [] };
  extractFacts(doc, dictionaries, trace);
  return { rules: new Set([...facts.map((f) => f.rule), ...trace.vetoed.map((v) => v.rule)]), facts };
}

suite('rule examples (dictionaries/rules/*.jsonl)', () => {
  const rules = allRules(dictionaries);
  it('every rule file has rules with unique ids', () => {
    const ids = rules.map(({ rule }) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const file of Object.values(RULE_FILES)) expect(rules.some((r) => r.file === file)).toBe(true);
  });
  for (const { file, rule } of rules) {
    suite(`${rule.id} (${file})`, () => {
      rule.examples.positive.forEach((example, i) => {
        it(`fires on positive example ${i + 1}: ${example.text}`, () => {
          const { rules: fired, facts } = run(example.text);
          expect(fired.has(rule.id), `rule ${rule.id} did not fire; facts:\n${describe(facts)}`).toBe(true);
          if (example.expect) {
            const own = facts.filter((f) => f.rule === rule.id);
            expect(
              own.some((f) => hasFields(f, example.expect!)),
              `no fact of ${rule.id} with ${JSON.stringify(example.expect)}:\n${describe(facts)}`,
            ).toBe(true);
          }
        });
      });
      rule.examples.negative.forEach((text, i) => {
        it(`does not fire on negative example ${i + 1}: ${text}`, () => {
          const { rules: fired, facts } = run(text);
          expect(fired.has(rule.id), `rule ${rule.id} fired; facts:\n${describe(facts)}`).toBe(false);
        });
      });
    });
  }
});
