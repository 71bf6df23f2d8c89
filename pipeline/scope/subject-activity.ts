import type { Token } from '../../core/document';

/**
 * What government work reports count by an activity rather than a thing (contract v1.1, subject: the industry or
 * group a figure is about): a region's trade (外贸进出口增长8.4%, 进出口贸易总额, 货物出口) and the people newly
 * employed (城镇新增就业42.3万人, 农村劳动力转移就业). No head of the lexicon ends these phrases (进出口 and 就业 are
 * activities, and 外贸 alone is a scope word), so without this the figure named nothing and took a heading's
 * subject or none. The patterns are data (dictionaries/context/subjects.json, `activities`): named fragments
 * written {name} inside short regular expressions.
 */

/** The `activities` object of subjects.json. */
export interface ActivitiesFile {
  fragments: Record<string, string[]>;
  patterns: { id: string; pattern: string }[];
  /** Measure words that may close the phrase after the activity (总额, 总值, 规模): still the activity's. */
  closers: string[];
  /** Matches that name no kind (出口, 进出口): they yield to an industry or company the clause before names. */
  yielding: string[];
  /** Endings of what trades (行业, 企业): an industry or company a bare trade measure is of. */
  traders: string[];
}

export interface ActivityRules {
  /** One expression: the alternatives of every pattern, longest match first by the order of the file. */
  phrase: RegExp;
  closers: ReadonlySet<string>;
  yielding: ReadonlySet<string>;
  traders: readonly string[];
}

export function compileActivities(file: ActivitiesFile): ActivityRules {
  const expand = (pattern: string) =>
    pattern.replace(/\{(\w+)\}/g, (_, name: string) => {
      const words = file.fragments[name];
      if (!words) throw new Error(`subjects.json activities: unknown fragment {${name}}`);
      return `(?:${[...words].sort((a, b) => b.length - a.length).join('|')})`;
    });
  return {
    phrase: new RegExp(file.patterns.map((p) => `(?:${expand(p.pattern)})`).join('|'), 'g'),
    closers: new Set(file.closers),
    yielding: new Set(file.yielding),
    traders: file.traders,
  };
}

/** What activityNamed reads: the phrase's words, the rules, and whether a word names a thing (a noun, not a predicate). */
export interface ActivityContext {
  tokens: readonly Token[];
  rules: ActivityRules;
  namesThing: (token: Token) => boolean;
}

/**
 * The last activity phrase among `tokens` that starts and ends on word boundaries and after which no word names a
 * thing of its own but a closer (外贸进出口总额突破8000亿元 → 外贸进出口; 出口退税 names the rebate, not the trade).
 */
export function activityNamed(ctx: ActivityContext): string | null {
  const { tokens, rules } = ctx;
  const starts = new Map<number, number>();
  const wordAt: number[] = [];
  let text = '';
  for (const [i, token] of tokens.entries()) {
    starts.set(text.length, i);
    text += token.word;
    while (wordAt.length < text.length) wordAt.push(i);
  }
  // The word the match ends in: it ends there, or the rest of that word is a closer (进出口/vn 贸易总额/n).
  const lastWord = (end: number): number | undefined => {
    const i = wordAt[end - 1]!;
    const wordEnd = text.length - tokens.slice(i + 1).reduce((sum, token) => sum + token.word.length, 0);
    return wordEnd === end || rules.closers.has(text.slice(end, wordEnd)) ? i : undefined;
  };
  let found: string | null = null;
  for (const match of text.matchAll(rules.phrase)) {
    const first = starts.get(match.index);
    const last = lastWord(match.index + match[0].length);
    if (first === undefined || last === undefined) continue;
    const after = tokens.slice(last + 1);
    if (after.some((token) => ctx.namesThing(token) && !rules.closers.has(token.word))) continue;
    found = match[0];
  }
  return found;
}
