import type { Dictionaries } from '../../core/dictionaries';
import type { Token } from '../../core/document';
import type { SubjectRules } from './subjects';
import { headOf, isQuoteMark } from './subject-words';

/**
 * What a page's title or a section's heading says its figures are about, and to which figures that
 * applies (contract v1.1, subject: from the nearest enclosing heading, paragraph lead or title that names
 * one). The word lists are dictionaries/context/topics.json.
 */

export const TOPICS_FILE = 'context/topics.json';

interface TopicsFile {
  headlineTails: string[];
  bodies: string[];
  personTitles: string[];
  areasOfWork: string[];
  aggregates: string[];
  peopleUnits: string[];
  casualties: string[];
  schemes: string[];
  campaigns: string[];
}

export interface TopicRules {
  /** Words that end a title's opening phrase without naming a thing (标准, 市场). */
  headlineTails: ReadonlySet<string>;
  /** Endings of a government or institute body (局, 质检院): who acts, never what a figure is about. */
  bodies: readonly string[];
  /** A person's title (院长): a phrase ending so names a person. */
  personTitles: readonly string[];
  /** Names of policy areas (食品安全): a heading naming one names the area, not a product. */
  areasOfWork: readonly string[];
  /** Economy-wide measures (生产总值) a page's or section's subject never applies to. */
  aggregates: readonly string[];
  /** Units of counts of people and of ages: about the people their sentence names. */
  peopleUnits: ReadonlySet<string>;
  /** The dead and injured of accidents (死亡, 受伤): counted in persons, still about what had the accidents. */
  casualties: readonly string[];
  /** Brand and honour schemes (名牌产品, 地理标志产品): what a count of their members counts, never a page's or section's subject. */
  schemes: readonly string[];
  /** Words naming a campaign (行动, 专项行动, 战役): a name the page gives one (“亮剑”行动) is the campaign's, never a subject. */
  campaigns: readonly string[];
}

export function loadTopicRules(dictionaries: Dictionaries): TopicRules {
  return dictionaries.parseOnce(
    TOPICS_FILE,
    (text) => {
      const file = JSON.parse(text) as TopicsFile;
      return {
        headlineTails: new Set(file.headlineTails),
        bodies: file.bodies,
        personTitles: file.personTitles,
        areasOfWork: file.areasOfWork,
        aggregates: file.aggregates,
        peopleUnits: new Set(file.peopleUnits),
        casualties: file.casualties,
        schemes: file.schemes,
        campaigns: file.campaigns,
      };
    },
    'compiled',
  );
}

/** What a headline is read with: its words, the whole text (to find the phrase named again), the rules. */
export interface HeadlineContext {
  /** The words of the title line. */
  tokens: readonly Token[];
  /** The document's text, and where the title stands in it (start and end -1 where the text does not repeat it). */
  text: string;
  title: { start: number; end: number };
  subjects: SubjectRules;
  topics: TopicRules;
  isPlace: (token: Token) => boolean;
}

/** Tags of the words a headline's opening phrase is made of (nouns, names, abbreviations, Latin letters). */
const PHRASE_TAGS: ReadonlySet<string> = new Set(['n', 'nr', 'nrt', 'nz', 'nt', 'ng', 'j', 'b', 'eng', 'l']);
/** Tags of the words a headline may open with before its phrase: times, numerals, modifiers, places. */
const OPENING_TAGS: ReadonlySet<string> = new Set(['m', 't', 'a', 'ad', 'd', 'r', 'ns']);
/** A word of a measure (含硫量, 合格率): it ends a phrase but names no thing. */
const MEASURE_WORD = /[量率]$/;
const CHINESE = /^[\u4e00-\u9fff]+$/;

/** Longest text of a news page: a longer one is a report, whose title is no headline. */
export const NEWS_PAGE_LENGTH = 8000;

/** How often a headline's later phrase (after its first verb) must be named below the title to be the page's subject. */
const LATER_PHRASE_MENTIONS = 2;

/**
 * What a news headline says the page is about: the noun phrase it opens with, before its first verb
 * (华纶纺织城就…发布声明 → 华纶纺织城; E0级板材：… → E0级板材), else the first later phrase the page keeps naming
 * (酱香白酒国标出台某某助… → 某某 when the page never names 酱香白酒 again). Null when none names a thing (a bare
 * 产品), or each is a body or a person, or the page names none again below its title.
 */
export function headlineSubject(ctx: HeadlineContext): string | null {
  const { tokens, topics } = ctx;
  // Who acts in the headline's opening (省质检院被评为…, 某某局召开…) is no subject, nor is anything after it.
  const firstVerb = tokens.findIndex((t) => t.tag.startsWith('v') && t.tag !== 'vn');
  const opening = tokens.slice(0, firstVerb < 0 ? tokens.length : firstVerb);
  if (opening.some((t) => topics.bodies.some((body) => t.word.endsWith(body)))) return null;
  // A long report's title (政府工作报告, a speech's occasion) names its subject only as a product or group of
  // the lexicon (某省海产品质量抽查报告); a news page's headline opens with whatever it is about.
  const report = ctx.text.length > NEWS_PAGE_LENGTH;
  for (let i = 0; i < tokens.length;) {
    const phrase = phraseAt(ctx, i);
    const named = phrase.words.length > 0 ? thingNamed(ctx, phrase.words) : null;
    const kind = named !== null && (!report || headOf(named, ctx.subjects) !== null);
    const opens = i === 0;
    if (kind && (opens ? namedBelowTitle(ctx, named) >= 1 : laterSubject(ctx, phrase.words, named))) return named;
    i = Math.max(phrase.end, i + 1);
  }
  return null;
}

/** Tags of a proper name: a later phrase that is one (a company, a brand) may be what the page is about. */
const NAME_TAGS: ReadonlySet<string> = new Set(['nr', 'nrt', 'nz', 'x', 'eng']);

/**
 * Whether a phrase after the headline's first verb names the page's subject: a product or group of the
 * lexicon (…助推电线电缆), a proper name, or a name the page also gives as a company's (某某 of 某某集团), that the
 * page names again below its title; not an abstract word a headline may end with (会议, 机制, 要求).
 */
function laterSubject(ctx: HeadlineContext, words: readonly Token[], named: string): boolean {
  const { subjects, text } = ctx;
  const last = words[words.length - 1]!;
  const thing =
    headOf(named, subjects) !== null ||
    NAME_TAGS.has(last.tag) ||
    subjects.organisationEndings.some((ending) => text.includes(named + ending));
  return thing && namedBelowTitle(ctx, named) >= LATER_PHRASE_MENTIONS;
}

/** The noun phrase from word `i` on, after the places, times and modifiers it opens with, and where it ends. */
function phraseAt(ctx: HeadlineContext, from: number): { words: Token[]; end: number } {
  const { tokens, isPlace } = ctx;
  let i = from;
  while (i < tokens.length && (isPlace(tokens[i]!) || OPENING_TAGS.has(tokens[i]!.tag) || isQuoteMark(tokens[i]!))) i++;
  const words: Token[] = [];
  for (; i < tokens.length; i++) {
    const token = tokens[i]!;
    const glued = words.length === 0 || words[words.length - 1]!.end === token.start;
    // A word the segmenter does not know opens a name (胜华/x 电缆); inside a phrase it is what follows it.
    const unknownName = token.tag === 'x' && words.length === 0 && CHINESE.test(token.word);
    // A grade after a model's letters (E0/eng 级/q) is part of the phrase.
    const grade = token.tag === 'q' && words.length > 0 && /[A-Za-z0-9]$/.test(words[words.length - 1]!.word);
    if (!glued || isPlace(token) || !(PHRASE_TAGS.has(token.tag) || unknownName || grade)) break;
    words.push(token);
  }
  return { words, end: i };
}

/** The thing a headline's phrase names, without the words that end it but name none (标准, 含硫量), or null. */
function thingNamed(ctx: HeadlineContext, words: readonly Token[]): string | null {
  const { subjects, topics } = ctx;
  const phrase = [...words];
  while (phrase.length > 0) {
    const last = phrase[phrase.length - 1]!.word;
    const tail = topics.headlineTails.has(last) || MEASURE_WORD.test(last) || subjects.notSubjects.has(last);
    if (!tail && !(subjects.generic.has(last) && phrase.length > 1)) break;
    phrase.pop();
  }
  const named = phrase.map((t) => t.word).join('');
  if (named.length < 2 || subjects.generic.has(named) || topics.areasOfWork.includes(named)) return null;
  // A phrase of a field or a measure (质量技术, 五年计划) or a body (质检院) names no thing a figure is about.
  const voids = (word: string) =>
    subjects.notSubjects.has(word) ||
    subjects.dropLeading.has(word) ||
    topics.bodies.some((body) => word.endsWith(body)) ||
    [...topics.headlineTails].some((tail) => word.endsWith(tail));
  if (phrase.some((t) => voids(t.word))) return null;
  if (topics.personTitles.some((title) => named.endsWith(title))) return null;
  if (namesCampaign(ctx, named)) return null;
  return named;
}

/** Quotation marks that may close a campaign's name before the word naming it a campaign (“亮剑”行动). */
const CLOSING_MARKS = ['', '”', '」', '"', '’'];

/**
 * Whether the page gives the phrase as the name of a campaign (亮剑出鞘！… “亮剑”行动; 春雷护农专项行动): the
 * campaign a body runs, not the product, industry or group its figures are about (contract v1.1, subject).
 */
function namesCampaign(ctx: HeadlineContext, named: string): boolean {
  return CLOSING_MARKS.some((mark) => ctx.topics.campaigns.some((campaign) => ctx.text.includes(named + mark + campaign)));
}

/** How often the text names `named` outside its title (a headline's phrase the page never speaks of is no topic). */
function namedBelowTitle(ctx: HeadlineContext, named: string): number {
  const { text, title } = ctx;
  let count = 0;
  for (let at = text.indexOf(named); at >= 0; at = text.indexOf(named, at + 1)) {
    if (at < title.start || at >= title.end) count++;
  }
  return count;
}

/**
 * Whether a heading names a policy area ((二)食品安全, 药品安全) where its subject was read ((食品): the area, not
 * a product its figures are about; work on a product class ((三)特种设备安全监察) still names the class.
 */
export function namesAreaOfWork(heading: string, subject: string, topics: TopicRules): boolean {
  return topics.areasOfWork.some((area) => area.startsWith(subject) && heading.includes(area));
}

/**
 * Whether a page's or section's subject applies to a figure (contract: the subject is what the figure is
 * about): not to an economy-wide measure (生产总值, 居民消费价格), nor to a count of people or an age, unless
 * they are the casualties of accidents (死亡人数 in a section on 特种设备: what had the accidents).
 */
export function takesScopeSubject(figure: { metric: string; unit: string | null }, topics: TopicRules): boolean {
  const casualties = topics.casualties.some((word) => figure.metric.includes(word));
  if (figure.unit !== null && topics.peopleUnits.has(figure.unit) && !casualties) return false;
  return !topics.aggregates.some((aggregate) => figure.metric.includes(aggregate));
}

/** Whether a subject names a brand or honour scheme (山东名牌产品, 地理标志产品): never what a page or section is about. */
export function namesScheme(subject: string, topics: TopicRules): boolean {
  return topics.schemes.some((scheme) => subject.endsWith(scheme));
}
