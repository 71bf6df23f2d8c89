import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Fact } from '../core/document';
import { hasFields } from './extract-helpers';

/** One case of ../shared/spec/hard-cases*.jsonl (format: ../shared/spec/README.md). */
export interface HardCase {
  id: string;
  input: string;
  expect: Record<string, unknown>[];
  forbid?: (Record<string, unknown> & { exclude_key?: string })[];
}

export const SPEC_DIR = path.resolve(__dirname, '..', '..', 'shared', 'spec');

/** The cases of a spec file, or none when ../shared is not beside the repository (tests then skip). */
export function loadCases(file: string): HardCase[] {
  const full = path.join(SPEC_DIR, file);
  if (!existsSync(full)) return [];
  return readFileSync(full, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as HardCase);
}

/** A region compared as the spec scores it: administrative suffixes dropped (`甘南藏族自治州` = `甘南州` = `甘南`). */
export function regionStem(region: string): string {
  return region.replace(/(?:[\u4e00-\u9fff]{1,6}族)?自治(?:区|州|县|旗)$/u, '').replace(/(?:特别行政区|地区|盟|省|市|县|区|州|旗)$/u, '');
}

/**
 * Whether a fact has every field a case lists: `key` within the metric, `value` within 1e-6, `region` after
 * dropping the administrative suffix, `subject` contained in the fact's subject; the others equal.
 */
export function matchesExpected(fact: Fact, wanted: Record<string, unknown>): boolean {
  const { region, subject, ...rest } = wanted;
  if (!hasFields(fact, rest)) return false;
  if (region !== undefined) {
    if (region === null ? fact.region !== null : fact.region === null || regionStem(fact.region) !== regionStem(String(region)))
      return false;
  }
  if (subject !== undefined) {
    if (subject === null ? fact.subject !== null : fact.subject === null || !fact.subject.includes(String(subject))) return false;
  }
  return true;
}

/** A forbid entry matches a fact when every field given is equal (key: in the metric), unless exclude_key is in it. */
export function forbidden(fact: Fact, forbid: Record<string, unknown> & { exclude_key?: string }): boolean {
  const { exclude_key: excludeKey, ...fields } = forbid;
  if (excludeKey && fact.metric.includes(excludeKey)) return false;
  return hasFields(fact, fields);
}

/** What is wrong with the facts of a case: missing expectations and forbidden facts found, one line each. */
export function caseProblems(c: HardCase, facts: readonly Fact[]): string[] {
  const problems: string[] = [];
  for (const wanted of c.expect) if (!facts.some((f) => matchesExpected(f, wanted))) problems.push(`missing ${JSON.stringify(wanted)}`);
  for (const forbid of c.forbid ?? [])
    if (facts.some((f) => forbidden(f, forbid))) problems.push(`forbidden ${JSON.stringify(forbid)} found`);
  if (c.expect.length === 0 && !c.forbid && facts.length > 0) problems.push('expected no facts');
  return problems;
}
