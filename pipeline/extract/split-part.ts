/**
 * The part of a split a figure is given (contract v1.1, subject: the group the figure is about): a sampling result
 * that a sentence splits by a pair of words (其中抽查本省428家企业…，合格率为98.3%；抽查外省104家企业…) gives each
 * part's figures that part (本省企业, 外省企业; 城区, 乡镇). The pairs are dictionaries/context/split-parts.json.
 */
import type { Dictionaries } from '../../core/dictionaries';

export const SPLIT_PARTS_FILE = 'context/split-parts.json';

export interface SplitPartRules {
  pairs: readonly (readonly [string, string])[];
  /** What a clause may open with before a part's word (其中, 抽查了), as a pattern anchored at the clause's end. */
  opening: RegExp;
  /** Firm words a part may count (企业): the part that counts them is its firms (本省企业). */
  firms: readonly string[];
}

export function loadSplitPartRules(dictionaries: Dictionaries): SplitPartRules {
  return dictionaries.parseOnce(
    SPLIT_PARTS_FILE,
    (text) => {
      const file = JSON.parse(text) as { pairs: [string, string][]; firms: string[]; openers: string[] };
      const openers = [...file.openers].sort((a, b) => b.length - a.length).join('|');
      return {
        pairs: file.pairs,
        opening: new RegExp(`(?:^|[，,；;：:。])\\s*(?:${openers})*\\s*$`),
        firms: [...file.firms].sort((a, b) => b.length - a.length),
      };
    },
    'compiled',
  );
}

/** A count of firms between a part's word and the firm word (本省428家企业, 省外100多家生产企业). */
const FIRM_COUNT = /^(?:[0-9０-９.．]+[多余]?[家户])?/;

/**
 * The part the figure at `at` of `sentence` belongs to: the last word of a pair the sentence names both of, before
 * the figure; with the firm word after it when it counts firms. Null when the sentence splits by no pair.
 */
export function splitPart(sentence: string, at: number, rules: SplitPartRules): string | null {
  let best: { at: number; word: string } | null = null;
  // Where the sentence opens a clause with a word: the part it names (not 中心城区 inside a phrase).
  const opens = (word: string) => {
    const found: number[] = [];
    for (let i = sentence.indexOf(word); i >= 0; i = sentence.indexOf(word, i + 1))
      if (rules.opening.test(sentence.slice(0, i))) found.push(i);
    return found;
  };
  for (const pair of rules.pairs) {
    const parts = pair.map((word) => ({ word, at: opens(word) }));
    if (parts.some((part) => part.at.length === 0)) continue;
    for (const { word, at: found } of parts) {
      const last = found.filter((i) => i + word.length <= at).pop();
      if (last !== undefined && (best === null || last > best.at)) best = { at: last, word };
    }
  }
  if (best === null) return null;
  const count = FIRM_COUNT.exec(sentence.slice(best.at + best.word.length))![0];
  const firm = rules.firms.find((word) => sentence.startsWith(word, best.at + best.word.length + count.length));
  return firm !== undefined ? best.word + firm : best.word;
}
