import type { Dictionaries } from '../../core/dictionaries';

/**
 * Whose limit a standard's limit is (contract v1.1, region: national standards → 全国; other countries and ISO
 * standards → none). A limit (国家标准规定，…不得超过1.5毫克/升) belongs to the standard its sentence names last
 * before it, not to the speaker who quotes it (某省某协会专家说，…) nor to the page's place. Which figures are
 * limits is the period rules' test (time.json limitStandard, limitBefore, limitAfter); this file only says whose.
 */

export const STANDARD_LIMITS_FILE = 'context/standard-limits.json';

interface StandardLimitsFile {
  national: string;
  foreign: string;
}

export interface StandardLimitRules {
  /** A national or an industry standard named (国家标准, 新国标, GB 5009): its limits are nationwide. */
  national: RegExp;
  /** An international or a foreign standard named (国际通行的标准, 欧盟标准, ISO): its limits are no region's. */
  foreign: RegExp;
}

export function loadStandardLimitRules(dictionaries: Dictionaries): StandardLimitRules {
  return dictionaries.parseOnce(
    STANDARD_LIMITS_FILE,
    (text) => {
      const file = JSON.parse(text) as StandardLimitsFile;
      return { national: new RegExp(file.national, 'g'), foreign: new RegExp(file.foreign, 'g') };
    },
    'compiled',
  );
}

/** The standard a limit belongs to: its kind and where its name ends in the text. */
export interface LimitOwner {
  kind: 'national' | 'foreign';
  /** Where the standard's name starts: a country named right before it (日本的国家标准) makes it that country's. */
  start: number;
  /** Where the standard's name ends: a place named between it and the figure keeps its own claim. */
  end: number;
}

/** The last national or foreign standard named in text[from, to), or null when none is. */
export function lastStandardNamed(text: string, from: number, to: number, rules: StandardLimitRules): LimitOwner | null {
  const stretch = text.slice(from, to);
  let owner: LimitOwner | null = null;
  for (const kind of ['national', 'foreign'] as const) {
    const pattern = rules[kind];
    pattern.lastIndex = 0;
    for (let match = pattern.exec(stretch); match; match = pattern.exec(stretch)) {
      const start = from + match.index;
      const end = start + match[0].length;
      if (!owner || end > owner.end) owner = { kind, start, end };
      if (match[0].length === 0) pattern.lastIndex++;
    }
  }
  return owner;
}
