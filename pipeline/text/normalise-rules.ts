import type { Dictionaries } from '../../core/dictionaries';

/** The file under dictionaries/ that holds the normalisation rules (format described in the file itself). */
export const NORMALISE_RULES_FILE = 'normalise/rules.json';

/** An example that runs as a test: [input, expected output] of one step on its own. */
export type StepExample = [string, string];

interface StepRules {
  id: string;
  description: string;
  examples: StepExample[];
}

export interface NormaliseRules {
  /** Steps in order; a nested list is a group repeated until the text stops changing (1:1 steps only). */
  steps: (StepName | StepName[])[];
  width: StepRules & { keepFullWidth: string; spaces: string };
  pinyin: StepRules & { initials: string[]; finals: string[]; toneLessMinimum: number; maxSyllables: number };
  thousands: StepRules & { separators: string };
  spaces: StepRules & { maxRun: number };
  quotes: StepRules & { open: string; close: string; openers: string; closers: string; toggled: string };
  punctuation: StepRules & { map: Record<string, string> };
  /** traditionalOnly: characters opencc's phrase table lists on its simplified side by a slip, traditional only all the same. */
  /** variantForms: variant forms opencc leaves as they are (陜 for 陕), folded to the simplified form in a traditional page. */
  script: StepRules & { traditionalOnly?: string; variantForms?: Record<string, string> };
  wraps: StepRules & {
    minWidth: number;
    minDisplayWidth: number;
    minLines: number;
    tolerance: number;
    share: number;
    endings: string;
    closers: string;
    raggedShare: number;
    raggedNarrowShare: number;
    raggedMaxWidth: number;
    raggedMinShare: number;
  };
  titleBreaks: StepRules & { maxLength: number; endings: string };
  subscripts: StepRules & { maxLength: number; characters: string };
  invisibles: StepRules & { characters: string; endings: string };
  spacedDigits: StepRules & { separators: string; decimalPoints: string; after: string; minPairs: number; share: number };
  /** dots: the characters read as a decimal point before one of `after` (a percent sign, 个百分点). */
  decimalDots: StepRules & { dots: string; after: string[] };
}

export type StepName =
  | 'invisibles'
  | 'width'
  | 'spacedDigits'
  | 'wraps'
  | 'titleBreaks'
  | 'subscripts'
  | 'pinyin'
  | 'thousands'
  | 'decimalDots'
  | 'spaces'
  | 'quotes'
  | 'punctuation'
  | 'script';

export function loadNormaliseRules(dictionaries: Dictionaries): NormaliseRules {
  return dictionaries.json<NormaliseRules>(NORMALISE_RULES_FILE);
}
