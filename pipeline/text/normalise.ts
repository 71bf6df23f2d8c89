import type { NormaliseRules, StepName } from './normalise-rules';
import { OffsetMap } from '../../core/offset-map';
import { countCodePoints } from '../../core/rewriter';
import { stripPinyin } from './steps/pinyin';
import { chinesePunctuation } from './steps/punctuation';
import { unifyQuotes } from './steps/quotes';
import { toSimplified } from './steps/script';
import { dropStraySpaces } from './steps/spaces';
import type { NormaliseStep } from './steps/step';
import { foldThousandsSpaces } from './steps/thousands';
import { foldDecimalDots } from './steps/decimal-dots';
import { foldWidth } from './steps/width';
import { dropInvisibles } from './steps/invisibles';
import { joinSpacedDigits } from './steps/spaced-digits';
import { joinWrappedLines } from './steps/wraps';
import { joinTitleBreaks } from './steps/title-breaks';
import { joinSubscriptLines } from './steps/subscripts';

/** Each step by the name the rules file uses for it. */
export const NORMALISE_STEPS: Readonly<Record<StepName, NormaliseStep>> = {
  invisibles: dropInvisibles,
  width: foldWidth,
  spacedDigits: joinSpacedDigits,
  wraps: joinWrappedLines,
  titleBreaks: joinTitleBreaks,
  subscripts: joinSubscriptLines,
  pinyin: stripPinyin,
  thousands: foldThousandsSpaces,
  decimalDots: foldDecimalDots,
  spaces: dropStraySpaces,
  quotes: unifyQuotes,
  punctuation: chinesePunctuation,
  script: toSimplified,
};

export interface NormaliseResult {
  text: string;
  /** Maps the normalised text's code points to the input's. */
  map: OffsetMap;
  /** What steps noted (script variant, pinyin count), by rule id. */
  notes: { rule: string; note: string }[];
}

/**
 * Runs the normalisation steps in the order the rules give, composing their offset maps. Steps that keep
 * every code point in place return no map, so plain simplified text costs a few scans and one identity map.
 */
export function normaliseText(text: string, rules: NormaliseRules): NormaliseResult {
  let current = text;
  let map: OffsetMap | null = null;
  const notes: NormaliseResult['notes'] = [];
  const run = (name: StepName) => {
    const step = NORMALISE_STEPS[name];
    if (!step) throw new Error(`normalise rules: unknown step '${name}'`);
    const result = step(current, rules);
    if (result.map) map = map ? map.compose(result.map) : result.map;
    if (result.note) notes.push({ rule: rules[name].id, note: result.note });
    const changed = result.text !== current;
    current = result.text;
    return { changed, keptPositions: result.map === null };
  };
  for (const entry of rules.steps) {
    if (typeof entry === 'string') {
      run(entry);
      continue;
    }
    // Steps that read their neighbours: repeat until stable (a handful of rounds at most).
    for (let round = 0; round < MAX_ROUNDS; round++) {
      let changed = false;
      for (const name of entry) {
        const outcome = run(name);
        if (!outcome.keptPositions) throw new Error(`normalise rules: step '${name}' in a repeated group must keep positions`);
        changed ||= outcome.changed;
      }
      if (!changed) break;
    }
  }
  return { text: current, map: map ?? OffsetMap.identity(countCodePoints(current)), notes };
}

/** Rounds of a repeated group: each round settles at least one more mark, and marks are rarely adjacent. */
const MAX_ROUNDS = 4;
