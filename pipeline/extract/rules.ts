/**
 * Rule files of the extractor (dictionaries/rules/*.jsonl): each rule has an id, a priority and examples
 * that run as tests (test/rules-examples.test.ts). Patterns are JavaScript regular expressions with macros:
 * {NUM} any numeral, {ZH} a Chinese numeral, {ARABIC} an Arabic numeral, {ABSTRACT} a noun of
 * lexicons/abstract-heads.txt, {IDIOM} a set phrase of lexicons/numeral-idioms.txt, {SCHEME} a brand scheme.
 */
import type { Dictionaries } from '../../core/dictionaries';
import type { FactType } from '../../core/document';
import { CHINESE_NUMERAL_RUN } from '../text/numeral-grammar';
import { mayMatch } from '../text/required-characters';

export interface RuleExamples {
  /** Sentences the rule must fire on; `expect` lists fields a fact of this rule must have. */
  positive: { text: string; expect?: Record<string, unknown> }[];
  /** Sentences the rule must not fire on. */
  negative: string[];
}

interface RuleBase {
  id: string;
  priority: number;
  description?: string;
  examples: RuleExamples;
}

/** A not-a-fact rule: a numeral overlapping a match is no fact unless a higher-priority fact rule types it. */
export interface VetoRule extends RuleBase {
  pattern: string;
}

export type UnitClass = 'percent' | 'pp' | 'money' | 'measure' | 'count' | 'times';

/** A typing rule for a quantity (a numeral with its unit): the first matching rule by priority wins. */
export interface QuantityRule extends RuleBase {
  when: {
    unitClass?: UnitClass[];
    unit?: string[];
    /** Must match the clause text before the quantity (anchor with `$` for "right before"). */
    before?: string;
    /** Must not match the clause text before the quantity. */
    notBefore?: string;
    /** Must match the clause text after the quantity (anchor with `^` for "right after"). */
    after?: string;
    /**
     * Must match the clause before the quantity's own clause in its sentence (anchor with `$` for its end): for a
     * clause that only links the figure to what the clause before names (`…降幅更大，甚至达到18%`).
     */
    previousClause?: string;
  };
  then: {
    type: FactType;
    /** The value is negative when this matches the clause text before the quantity. */
    negativeWhen?: string;
    /** The value is negative when this matches the clause text after the quantity (`以5%的速度下降`). */
    negativeAfter?: string;
    /** The value is negative when this matches the clause before the quantity's own (`下调了价格，幅度为8%`). */
    negativeWhenPrevious?: string;
  };
}

/** A rule for named things (titles, standard codes, brands); the engine for each `kind` is code. */
export interface NameRule extends RuleBase {
  kind: 'standard-code' | 'standard-title' | 'policy-title' | 'brand';
  pattern?: string;
  /** Brand rules: the scheme or word naming what the brands are when the pattern has no `scheme` group. */
  metric?: string;
  /**
   * Brand rules: POS tags every word of the `name` group must carry; the name shrinks to the longest run
   * of such whole words at its end (`抛开茅台` → `茅台`), and is no brand when none is left.
   */
  nameTags?: string[];
  /**
   * Standard codes (read case-insensitively): what a code written in lower case must hold to count, a regex on its
   * text (`jb/t 8734.3-1998` has its mark and year; `hj 12` may be anything).
   */
  lowerCaseNeeds?: string;
}

export interface CompiledVeto {
  rule: VetoRule;
  regex: RegExp;
}

export interface CompiledQuantityRule {
  rule: QuantityRule;
  unitClass: ReadonlySet<UnitClass> | null;
  unit: ReadonlySet<string> | null;
  before: RegExp | null;
  notBefore: RegExp | null;
  after: RegExp | null;
  previousClause: RegExp | null;
  negativeWhen: RegExp | null;
  negativeAfter: RegExp | null;
  negativeWhenPrevious: RegExp | null;
}

export const RULE_FILES = {
  vetoes: 'rules/not-facts.jsonl',
  quantities: 'rules/quantities.jsonl',
  names: 'rules/names.jsonl',
} as const;

export const ABSTRACT_HEADS_FILE = 'lexicons/abstract-heads.txt';
export const IDIOMS_FILE = 'lexicons/numeral-idioms.txt';
/** Word lists of change verbs that typing rules name as macros (`{RISE}`, `{MARKET_FALL}`). */
export const CHANGE_VERBS_FILE = 'lexicons/change-verbs.json';

const ZH_NUMERAL = CHINESE_NUMERAL_RUN;
const ARABIC_NUMERAL = '[0-9０-９]+(?:[.．][0-9０-９]+)?';

/** Expands the numeral macros of a rule pattern, and `{NAME}` for each word list in `lists`. */
export function expandMacros(pattern: string, lists: Record<string, readonly string[]> = {}): string {
  let expanded = pattern
    .replaceAll('{NUM}', `(?:${ARABIC_NUMERAL}|${ZH_NUMERAL})`)
    .replaceAll('{ZH}', `(?:${ZH_NUMERAL})`)
    .replaceAll('{ARABIC}', `(?:${ARABIC_NUMERAL})`);
  for (const [name, words] of Object.entries(lists)) {
    const sorted = [...words].sort((a, b) => b.length - a.length).map(escapeRegex);
    expanded = expanded.replaceAll(`{${name}}`, `(?:${sorted.join('|')})`);
  }
  return expanded;
}

/**
 * Calls `visit` for every match of a global regex in `text` (exec loop: matchAll clones the regex per call). A text
 * lacking a character every match needs is not searched (see mayMatch).
 */
export function forEachMatch(regex: RegExp, text: string, visit: (m: RegExpExecArray) => void): void {
  regex.lastIndex = 0;
  if (!mayMatch(regex, text)) return;
  let m: RegExpExecArray | null;
  while ((m = regex.exec(text)) !== null) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    visit(m);
  }
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function checkRule(file: string, rule: RuleBase): void {
  if (typeof rule.id !== 'string' || !rule.id) throw new Error(`${file}: a rule without an id`);
  if (typeof rule.priority !== 'number') throw new Error(`${file}: rule ${rule.id} without a numeric priority`);
  if (!rule.examples || !Array.isArray(rule.examples.positive) || !Array.isArray(rule.examples.negative)) {
    throw new Error(`${file}: rule ${rule.id} needs examples.positive and examples.negative`);
  }
  if (rule.examples.positive.length === 0) throw new Error(`${file}: rule ${rule.id} has no positive example`);
}

function compile(file: string, id: string, source: string, flags = 'g'): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    throw new Error(`${file}: rule ${id}: bad pattern: ${(error as Error).message}`);
  }
}

function byPriority<T extends { rule: RuleBase }>(a: T, b: T): number {
  return b.rule.priority - a.rule.priority;
}

export function loadVetoes(dictionaries: Dictionaries): CompiledVeto[] {
  return dictionaries.parseOnce(
    RULE_FILES.vetoes,
    () => {
      const heads = dictionaries.lines(ABSTRACT_HEADS_FILE).map((line) => line.trim());
      const idioms = dictionaries.lines(IDIOMS_FILE).map((line) => line.trim());
      return dictionaries
        .jsonl<VetoRule>(RULE_FILES.vetoes)
        .map((rule) => {
          checkRule(RULE_FILES.vetoes, rule);
          return { rule, regex: compile(RULE_FILES.vetoes, rule.id, expandMacros(rule.pattern, { ABSTRACT: heads, IDIOM: idioms })) };
        })
        .sort(byPriority);
    },
    'compiled',
  );
}

export function loadQuantityRules(dictionaries: Dictionaries): CompiledQuantityRule[] {
  return dictionaries.parseOnce(
    RULE_FILES.quantities,
    () => {
      const file = RULE_FILES.quantities;
      const { about: _about, ...verbLists } = dictionaries.json<Record<string, string[]> & { about: string }>(CHANGE_VERBS_FILE);
      const pattern = (source: string) => expandMacros(source, verbLists);
      return dictionaries
        .jsonl<QuantityRule>(file)
        .map((rule) => {
          checkRule(file, rule);
          const when = rule.when ?? {};
          return {
            rule,
            unitClass: when.unitClass ? new Set(when.unitClass) : null,
            unit: when.unit ? new Set(when.unit) : null,
            before: when.before ? compile(file, rule.id, pattern(when.before), '') : null,
            notBefore: when.notBefore ? compile(file, rule.id, pattern(when.notBefore), '') : null,
            after: when.after ? compile(file, rule.id, pattern(when.after), '') : null,
            previousClause: when.previousClause ? compile(file, rule.id, pattern(when.previousClause), '') : null,
            negativeWhen: rule.then.negativeWhen ? compile(file, rule.id, pattern(rule.then.negativeWhen), '') : null,
            negativeAfter: rule.then.negativeAfter ? compile(file, rule.id, pattern(rule.then.negativeAfter), '') : null,
            negativeWhenPrevious: rule.then.negativeWhenPrevious
              ? compile(file, rule.id, pattern(rule.then.negativeWhenPrevious), '')
              : null,
          };
        })
        .sort(byPriority);
    },
    'compiled',
  );
}

export type CompiledNameRule = NameRule & { regex: RegExp | null; lowerCase?: RegExp };

/** The rules for named things: every standard-code rule (one a family of codes), one rule each for standard and
 * policy titles, every brand rule. */
export interface NameRules {
  standardCodes: CompiledNameRule[];
  standardTitle: CompiledNameRule;
  policyTitle: CompiledNameRule;
  brands: CompiledNameRule[];
}

/** Expands named regex fragments (`{LIST}`), which may name other fragments, before the word lists. */
export function expandFragments(pattern: string, fragments: Readonly<Record<string, string>>): string {
  let expanded = pattern;
  for (let round = 0; round < 4; round++) {
    const before = expanded;
    for (const [name, source] of Object.entries(fragments)) expanded = expanded.replaceAll(`{${name}}`, `(?:${source})`);
    if (expanded === before) break;
  }
  return expanded;
}

/**
 * Name rules; `macros.lists` expands word-list macros in their patterns (`{SCHEME}`), `macros.fragments`
 * named regex fragments (`{LIST}`).
 */
export function loadNameRules(
  dictionaries: Dictionaries,
  macros: { lists: Record<string, readonly string[]>; fragments: Readonly<Record<string, string>> },
): NameRules {
  const lists = macros.lists;
  return dictionaries.parseOnce(
    RULE_FILES.names,
    () => {
      const single = new Map<NameRule['kind'], CompiledNameRule>();
      const brands: CompiledNameRule[] = [];
      const codes: CompiledNameRule[] = [];
      const expand = (source: string) => expandMacros(expandFragments(source, macros.fragments), lists);
      for (const rule of dictionaries.jsonl<NameRule>(RULE_FILES.names)) {
        checkRule(RULE_FILES.names, rule);
        // Pages write codes in either case (`gb/t`, `iso9001`): code patterns are written in upper case and read in both.
        const flags = rule.kind === 'standard-code' ? 'gi' : 'g';
        const regex = rule.pattern ? compile(RULE_FILES.names, rule.id, expand(rule.pattern), flags) : null;
        if (rule.kind === 'standard-code') {
          if (!regex) throw new Error(`${RULE_FILES.names}: standard-code rule ${rule.id} without a pattern`);
          const lowerCase = rule.lowerCaseNeeds ? compile(RULE_FILES.names, rule.id, expand(rule.lowerCaseNeeds), 'i') : undefined;
          codes.push({ ...rule, regex, ...(lowerCase ? { lowerCase } : {}) });
          continue;
        }
        if (rule.kind === 'brand') {
          if (!regex) throw new Error(`${RULE_FILES.names}: brand rule ${rule.id} without a pattern`);
          brands.push({ ...rule, regex });
          continue;
        }
        if (single.has(rule.kind)) throw new Error(`${RULE_FILES.names}: two rules of kind ${rule.kind}`);
        single.set(rule.kind, { ...rule, regex });
      }
      if (codes.length === 0) throw new Error(`${RULE_FILES.names}: no rule of kind standard-code`);
      const one = (kind: NameRule['kind']): CompiledNameRule => {
        const rule = single.get(kind);
        if (!rule) throw new Error(`${RULE_FILES.names}: no rule of kind ${kind}`);
        return rule;
      };
      return {
        standardCodes: codes.sort((a, b) => b.priority - a.priority),
        standardTitle: one('standard-title'),
        policyTitle: one('policy-title'),
        brands: brands.sort((a, b) => b.priority - a.priority),
      };
    },
    'compiled',
  );
}

/** Every rule of every rule file, for the example tests. */
export function allRules(dictionaries: Dictionaries): { file: string; rule: RuleBase }[] {
  return [
    ...dictionaries.jsonl<VetoRule>(RULE_FILES.vetoes).map((rule) => ({ file: RULE_FILES.vetoes, rule })),
    ...dictionaries.jsonl<QuantityRule>(RULE_FILES.quantities).map((rule) => ({ file: RULE_FILES.quantities, rule })),
    ...dictionaries.jsonl<NameRule>(RULE_FILES.names).map((rule) => ({ file: RULE_FILES.names, rule })),
  ];
}
