/**
 * What a rate is of when its own metric names it (contract v1.1, subject: the product, industry or group the figure is
 * about, as it reads in the text; not the measure). A rate's metric is the thing rated, the act the rate measures on
 * it, and the rate noun (河湖 + 建成 + 率, 农村生活污水 + 治理 + 率, 养老床位 + 占 + 比): the thing is the
 * words before the act. Read only when nothing else gave the figure a subject; the words are
 * dictionaries/context/rated-things.json.
 */
import type { Dictionaries } from '../../core/dictionaries';
import type { Token } from '../../core/document';
import type { SubjectRules } from '../scope/subjects';
import type { FigureInput } from './figure-input';
import { namesNoSubject } from './names-no-subject';

export const RATED_THINGS_FILE = 'context/rated-things.json';

export interface RatedThingRules {
  /** The rate noun and the level words after it, anchored at the metric's end (建成率达到 → 率). */
  rateEnd: RegExp;
  /** Words of a metric that make it a sampling result, an opinion poll, a contribution or a fiscal ratio. */
  notRated: RegExp;
  /** Tags of the words of the act a rate measures (建成/v, 供给/vn, 直接/ad). */
  actTags: ReadonlySet<string>;
  /** Tags that make the words before the rate noun a clause, not a thing (a pronoun, a preposition, a particle). */
  clauseTags: ReadonlySet<string>;
  /** Words that make the rate a share of a whole, after the part it is of (占 of 占全部投资比重). */
  shareWords: ReadonlySet<string>;
}

interface RatedThingsFile {
  rateNouns: string[];
  levelWords: string[];
  notRated: string[];
  actTags: string[];
  clauseTags: string[];
  shareWords: string[];
}

const byLength = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

export function loadRatedThingRules(dictionaries: Dictionaries): RatedThingRules {
  return dictionaries.parseOnce(
    RATED_THINGS_FILE,
    (text) => {
      const file = JSON.parse(text) as RatedThingsFile;
      return {
        rateEnd: new RegExp(`(?:${byLength(file.rateNouns)})(?:${byLength(file.levelWords)})*$`),
        notRated: new RegExp(byLength(file.notRated)),
        actTags: new Set(file.actTags),
        clauseTags: new Set(file.clauseTags),
        shareWords: new Set(file.shareWords),
      };
    },
    'compiled',
  );
}

export interface RatedThingContext {
  input: FigureInput;
  subjects: SubjectRules;
  rated: RatedThingRules;
  isPlace: (word: string) => boolean;
}

const CJK = /[\u4e00-\u9fff]/;
/** A closing quotation mark: it ends a quoted name (“教共体”覆盖率), not a list. */
const CLOSING = /^[”’」』"]$/;

/** Whether a word ends the thing: a noun, or a word the segmenter does not know (算力/x, 整县/x), not a verbal noun. */
function endsThing(token: Token): boolean {
  if (!CJK.test(token.word)) return false;
  return (token.tag.startsWith('n') && token.tag !== 'vn') || ['j', 'l', 'i', 'x', 'b'].includes(token.tag);
}

/**
 * The words of the metric before its rate noun, as tokens of the sentence: null when the metric does not stand as
 * written right before the figure in its clause (a metric carried from another clause names its own thing there).
 */
function wordsBeforeRateNoun(ctx: RatedThingContext): Token[] | null {
  const { input, rated } = ctx;
  const { view, metric, start } = input;
  const end = rated.rateEnd.exec(metric);
  if (!end) return null;
  const written = metric.slice(0, end.index);
  if (written === '') return null;
  const at = view.text.lastIndexOf(metric.slice(0, end.index + 1), start);
  if (at < 0 || at < view.clauseStart(start)) return null;
  const tokens = view.tokensIn(at, at + written.length).filter((token) => token.end <= at + written.length);
  return tokens.length > 0 && tokens[0]!.start === at ? tokens : null;
}

/** Whether the thing names no subject: a place, a bare unit, a measure, the public, a body, an honour. */
function namesNone(thing: string, ctx: RatedThingContext): boolean {
  const { subjects, input, isPlace } = ctx;
  const none = [
    ...subjects.generic,
    ...subjects.notSubjects,
    ...subjects.notCounted,
    ...subjects.publics,
    ...subjects.agents,
    ...subjects.bodies,
  ];
  if (none.some((word) => thing.endsWith(word))) return true;
  if (subjects.placeNouns.includes(thing) || subjects.wholeEconomy.includes(thing) || isPlace(thing)) return true;
  return namesNoSubject({ type: input.type, metric: input.metric, subject: thing, rules: subjects });
}

/**
 * The thing a rate's own metric rates (美丽河湖建成率 → 美丽河湖, 县城污水集中收集率 → 县城污水): the words before the
 * rate noun less the act after them. Null for a sampling result, a poll, a contribution, an economy-wide or land
 * measure, and where the words left are a clause or name no subject.
 */
export function ratedThing(ctx: RatedThingContext): string | null {
  const { input, rated, subjects } = ctx;
  if (input.type !== 'rate' && input.type !== 'change') return null;
  const { metric } = input;
  if (rated.notRated.test(metric)) return null;
  if ([...subjects.aggregateMeasures, ...subjects.contributionMeasures].some((name) => metric.includes(name))) return null;
  const words = wordsBeforeRateNoun(ctx);
  if (!words) return null;
  // A share of a whole (X占Y比重, X占比): the thing is the part, before 占.
  const share = words.findIndex((token) => rated.shareWords.has(token.word));
  let last = share >= 0 ? share : words.length;
  // The act the rate measures (建成, 集中收集, 直接结算), a measure of the thing (产值, 面积) and a list mark are no
  // part of it; an act that is itself a measure (民间投资占比: 投资) makes the rate one of the measure.
  for (let dropped = true; dropped && last > 0;) {
    const word = words[last - 1]!;
    dropped = rated.actTags.has(word.tag) || subjects.measures.includes(word.word) || !(CJK.test(word.word) || CLOSING.test(word.word));
    if (dropped && (subjects.notSubjects.has(word.word) || subjects.tradeMeasures.includes(word.word))) return null;
    if (dropped) last--;
  }
  // A time word before the thing (年末, 目前) dates the figure: the period's, not the thing's.
  let first = 0;
  while (first < last && words[first]!.tag === 't') first++;
  const thing = words.slice(first, last);
  if (thing.length === 0) return null;
  const lastWord = thing.length > 1 && CLOSING.test(thing[thing.length - 1]!.word) ? thing[thing.length - 2]! : thing[thing.length - 1]!;
  if (!endsThing(lastWord)) return null;
  // A clause (一是我们…, 对…的), an act that opens it, or a second rate (数控化率、…普及率) is no thing.
  if (rated.actTags.has(thing[0]!.tag) && thing[0]!.tag !== 'a') return null;
  if (thing.some((token) => rated.clauseTags.has(token.tag) || rated.rateEnd.test(token.word))) return null;
  const text = input.view.text.slice(thing[0]!.start, thing[thing.length - 1]!.end);
  if ([...text].length < 2 || namesNone(text, ctx)) return null;
  // What is left is itself a measure (发电量占比, 项目数占比): the rate is of that measure, not of a thing.
  if (subjects.measureEndings.some((ending) => text.endsWith(ending))) return null;
  return text;
}
