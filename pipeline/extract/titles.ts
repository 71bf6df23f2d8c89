/**
 * Named documents: standard codes (`GB/T 19580-2012`, `DB62/T 2345`) and titles in 《》, typed as a
 * standard, a policy (laws, regulations, plans, opinions, reports…, and short names such as `《建议》` that refer
 * back to one) or nothing (periodicals, programmes, books).
 */
import type { FactType } from '../../core/document';
import type { Lexicons, TitleLexicon } from './lexicons';
import { forEachMatch, type CompiledNameRule } from './rules';

export interface NamedThing {
  type: FactType;
  name: string;
  /** The document-type word or scheme naming what the thing is (`纲要`, `标准`). */
  metric: string;
  start: number;
  end: number;
  rule: string;
  /** Where the name begins when it is not right after the opening mark (a title led by its code). */
  nameFrom?: number;
  /**
   * Where the list a brand was read from begins, when the list is one figure whose region is that of all its items
   * (a brand rule's `listRegion`: the firms an approval notice names by the products they make).
   */
  listFrom?: number;
}

/**
 * A title between 《 and 》, or between the marks some pages write for them: doubled ASCII angle brackets
 * (`<<…>>`, also what full-width `＜＜…＞＞` folds to), the single title marks `〈…〉` when no 《》 holds them (in
 * `《关于〈…〉的说明》` they are part of the outer title, which this alternation reads first) and guillemets `«…»`.
 * A title of a standard with its parts and ratings (`《额定电压1kV(Um=1.2kV)到35kV(Um=40.5kV)…电缆 第1部分:…》`) may
 * run past 80 characters: a longer one (up to 200) holds no sentence end, so a stray 《 does not swallow a paragraph.
 */
const TITLE = /《([^《》\n]{1,80}|[^《》\n。！？；!?;]{81,200})》|<<([^<>\n]{1,80})>>|〈([^〈〉《》\n]{1,80})〉|«([^«»\n]{1,80})»/g;
const TITLE_OPENING = /[《〈«]|<</;

/** The words of a title match, whichever marks enclose them. */
const titleWords = (m: RegExpExecArray): string => m[1] ?? m[2] ?? m[3] ?? m[4]!;

/** The span of a title's words inside its marks [start, end) (`<<…>>` has marks of two characters). */
export function titleInner(text: string, start: number, end: number): [number, number] {
  const mark = text.startsWith('<<', start) ? 2 : 1;
  return [start + mark, end - mark];
}

/** The code as facts name it: body in upper case, a space, the number, and its year after a dash or an edition's colon. */
function codeName(m: RegExpExecArray): string {
  const groups = m.groups!;
  // Pages write iso9000 and gb/t as well; a series letter stays apart from its body's name (`ASTM D 4236`).
  const prefix = groups
    .prefix!.replace(/\s+/g, '')
    .toUpperCase()
    .replace(/^(ASTM|JIS)([A-Z])$/, '$1 $2')
    .replace(/^(BS|DIN)EN$/, '$1 EN')
    .replace(/^GBT$/, 'GB/T');
  // A standard the page names by its acronym alone (`美国ASME标准`) has no number: the acronym is its name.
  if (!groups.number) return prefix;
  const number = groups.number.toUpperCase();
  if (!groups.year) return `${prefix} ${number}`;
  // An ISO edition is written after a colon (`ISO 9001:2008`), a national code's year after a dash. A Chinese code
  // printed with the long dash of its standard's cover (`GB 4351.1—2005`, `T/PCA 004—2023`) keeps it, as the page
  // names the code (independent annotators of outside pages copy it so); the narrow dashes of every width are one `-`.
  const beforeYear = m[0].slice(0, m[0].lastIndexOf(groups.year)).trimEnd();
  const separator = /[:：]$/.test(beforeYear) ? ':' : /[—–]$/.test(beforeYear) ? beforeYear.slice(-1) : '-';
  return `${prefix} ${number}${separator}${groups.year}`;
}

/**
 * Standard codes in [from, to), one rule a family of codes (rules/names.jsonl standard-code rules): where two
 * rules read overlapping text the earlier and longer code wins. A code written in lower case counts only when it
 * holds what its rule's `lowerCaseNeeds` asks (a mark or a year).
 */
export function findStandardCodes(
  text: string,
  from: number,
  to: number,
  rules: readonly CompiledNameRule[],
  slice = text.slice(from, to),
): NamedThing[] {
  if (!/[A-Za-z]/.test(slice)) return [];
  const candidates: NamedThing[] = [];
  for (const rule of rules) {
    if (!rule.regex) continue;
    forEachMatch(rule.regex, slice, (m) => {
      const body = m.groups!.prefix!;
      if (body !== body.toUpperCase() && rule.lowerCase && !rule.lowerCase.test(m[0])) return;
      const start = from + m.index;
      candidates.push({ type: 'standard', name: codeName(m), metric: '标准', start, end: start + m[0].length, rule: rule.id });
    });
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const found: NamedThing[] = [];
  for (const code of candidates) if (found.every((kept) => kept.end <= code.start)) found.push(code);
  return found;
}

/**
 * The title without trailing parentheticals and draft marks (`质量发展纲要(2011-2020年)` → `质量发展纲要`,
 * `…规划纲要草案` → `…规划纲要`, `…法修正案(草案)` → `…法修正案`): a draft is typed as the document it drafts.
 */
/** A document number closing a title (`…公告〔2017〕27号`, `…公告2019年第5号`): the kind is the word before it. */
const DOCUMENT_NUMBER = /(?:[〔[［【](?:19|20)\d{2}[〕\]］】]|(?:19|20)\d{2}年)?\s*第?\d{1,4}号$/;

function titleStem(title: string, draftMarks: readonly string[]): string {
  let stem = title.trim();
  for (;;) {
    const shorter = stem
      .replace(/[(（][^()（）]*[)）]\s*$/, '')
      .replace(DOCUMENT_NUMBER, '')
      .trim();
    const mark = shorter === stem ? draftMarks.find((word) => stem.endsWith(word) && stem.length > word.length) : undefined;
    const next = mark ? stem.slice(0, -mark.length).trim() : shorter;
    if (next === stem || !next) return stem;
    stem = next;
  }
}

/** Whether a 关于-title follows its issuer outside the brackets (`省委《关于制定…的建议》`). */
function issuedAbout(stem: string, before: string, issuers: readonly string[]): boolean {
  return stem.startsWith('关于') && endsWithAny(before, issuers) !== null;
}

/** The issuer of an official document before 关于 in its title (`国务院关于…`), or null. */
function issuerBeforeAbout(stem: string, issuers: readonly string[]): string | null {
  const at = stem.indexOf('关于');
  return at > 0 ? endsWithAny(stem.slice(0, at), issuers) : null;
}

/** The last word of a title `关于…X` (after an issuer, if any) when X is one of titles.json `aboutSuffixes`. */
function aboutDocument(stem: string, lex: TitleLexicon): string | null {
  const at = stem.indexOf('关于');
  if (at < 0 || (at > 0 && !endsWithAny(stem.slice(0, at), lex.policyIssuers))) return null;
  return endsWithAny(stem, lex.aboutSuffixes ?? []);
}

function endsWithAny(text: string, words: readonly string[]): string | null {
  for (const word of words) if (text.endsWith(word)) return word;
  return null;
}

function startsWithAny(text: string, words: readonly string[]): string | null {
  for (const word of words) if (text.startsWith(word)) return word;
  return null;
}

// Further titles of the same list and the list's count (`、《…》两项`, `和《…》等3部`); pages also write a list's titles
// side by side with no mark between them (`《A》《B》《C》三项地方标准`): the words after the last one type every title.
const LIST_TAIL = /^(?:[、和及与]?《[^《》]*》)*(?:等)?(?:[0-9一二两三四五六七八九十]+[项个部份本])?/;

/** The words after a title, read past a list of further titles and its count (`《A》、《B》两项标准`). */
function wordsAfterList(after: string): string {
  return after.slice(LIST_TAIL.exec(after)![0].length);
}

/** A title and the words around it, as classifyTitle reads them. */
export interface TitleContext {
  title: string;
  /** A few characters right before the title and right after it (past a list of further titles). */
  before: string;
  after: string;
  /** Whether the rest of the sentence (its titles aside) speaks of a standard (`…的国标`, `新标准`). */
  sentenceCallsStandard: boolean;
  /** Whether a standard code stands right before the title or right after it, bracketed or not (`GB/T 2828.1-2012《…》`). */
  codeBeside?: boolean;
}

/** The sentence cue of a standard (titles.json `standardInSentence`), compiled once per lexicon. */
const sentenceCues = new WeakMap<TitleLexicon, RegExp | null>();
function standardInSentence(lex: TitleLexicon): RegExp | null {
  if (!sentenceCues.has(lex)) {
    const source = (lex as TitleLexicon & { standardInSentence?: string }).standardInSentence;
    sentenceCues.set(lex, source ? new RegExp(source) : null);
  }
  return sentenceCues.get(lex)!;
}

/** A plan named by a horizon year (titles.json `yearNamedPlan`: `中国制造2025`), compiled once per lexicon. */
const yearNamedPlans = new WeakMap<TitleLexicon, RegExp | null>();
function yearNamedPlan(lex: TitleLexicon): RegExp | null {
  if (!yearNamedPlans.has(lex)) {
    const source = (lex as TitleLexicon & { yearNamedPlan?: string }).yearNamedPlan;
    yearNamedPlans.set(lex, source ? new RegExp(source) : null);
  }
  return yearNamedPlans.get(lex)!;
}

/** An article cited after a title (titles.json `articleAfter`: `第57条`), compiled once per lexicon. */
const articlePatterns = new WeakMap<TitleLexicon, RegExp | null>();
function articleAfter(lex: TitleLexicon): RegExp | null {
  if (!articlePatterns.has(lex)) articlePatterns.set(lex, lex.articleAfter ? new RegExp(lex.articleAfter) : null);
  return articlePatterns.get(lex)!;
}

/** A national issuer (titles.json `nationalIssuers`), compiled once per lexicon. */
const nationalIssuerPatterns = new WeakMap<TitleLexicon, RegExp | null>();
function nationalIssuerPattern(lex: TitleLexicon): RegExp | null {
  if (!nationalIssuerPatterns.has(lex)) nationalIssuerPatterns.set(lex, lex.nationalIssuers ? new RegExp(lex.nationalIssuers) : null);
  return nationalIssuerPatterns.get(lex)!;
}

/** Words that may stand between an issuer and its title (`国务院办公厅近日印发了《…》`). */
const ISSUING_WORDS = /(?:近日|日前|先后|联合|正式|又|还|再)?(?:出台|印发|发布|颁布|颁发|制定|下发|公布|批复|批转|转发)?(?:了|的)?$/;

/**
 * Whether a policy title is issued by a national body: one named in the title before 关于 (`国务院关于…的意见`,
 * `中共中央 国务院关于…`) or written right before the title in its clause (`国务院办公厅印发《…》`, `中央《建议》`).
 * `before` is the text before the title's 《.
 */
export function issuedNationally(title: string, before: string, lex: TitleLexicon): boolean {
  const pattern = nationalIssuerPattern(lex);
  if (!pattern) return false;
  const stem = title.replace(/[\s《》]/g, '');
  const about = stem.indexOf('关于');
  if (about > 0 && pattern.test(stem.slice(0, about))) return true;
  const clause = before.split(/[，。；：！？、,;:!?\n]/).pop() ?? '';
  return pattern.test(clause.replace(ISSUING_WORDS, ''));
}

/**
 * REGION-NATIONAL-RULE: whether a policy's or a standard's title ends with the words of a rule of the nation (titles.json
 * nationalRuleEndings: 《…程序规定》, 《…检定规程》), past a draft or trial mark in brackets; a 关于-title is left to its issuer.
 */
export function nationalRule(type: string, title: string, lex: TitleLexicon): boolean {
  const endings = type === 'policy' ? lex.nationalRuleEndings?.policy : type === 'standard' ? lex.nationalRuleEndings?.standard : undefined;
  if (!endings) return false;
  const stem = title.replace(/[\s《》]/g, '').replace(/[(（][^()（）]*[)）]$/, '');
  return !stem.startsWith('关于') && endsWithAny(stem, endings) !== null;
}

/** Titles of a list before this one (`按照《A》和《B》`: before 《B》, the words before 《A》 are what cites it). */
const TITLES_BEFORE = /《[^《》]*》\s*[、和及与,，]?\s*$/;

/**
 * Whether the words before a title cite it as the basis of an action (titles.json `basisBefore`: `要严格按照《…》`,
 * `紧紧围绕《…》确定的目标`), past a list of titles before it. `before` is the text of the title's clause before 《.
 */
export function citedAsBasis(before: string, lex: TitleLexicon): boolean {
  let words = before;
  for (let shorter = words.replace(TITLES_BEFORE, ''); shorter !== words; shorter = words.replace(TITLES_BEFORE, '')) words = shorter;
  return endsWithAny(words.trimEnd(), lex.basisBefore ?? []) !== null;
}

/** What a title is, from its own words and the words around it. */
export function classifyTitle(context: TitleContext, lex: TitleLexicon): { type: FactType; metric: string } | null {
  const { title, before, after } = context;
  const stem = titleStem(title, lex.draftMarks);
  if (!stem) return null;
  if (lex.notFacts.some((pattern) => pattern.test(stem)) && !endsWithAny(stem, lex.policySuffixes)) return null;
  if (endsWithAny(before, lex.notFactBefore) || startsWithAny(after, lex.notFactAfter)) return null;
  // A law whose last word is also a standard's (`《民法通则》`) is a law: the policy word before the standard word decides.
  const lawWord = endsWithAny(stem, lex.policyBeforeStandardSuffixes ?? []);
  if (lawWord) return { type: 'policy', metric: lawWord };
  const standardSuffix = endsWithAny(stem, lex.standardSuffixes);
  const standardContext = endsWithAny(before, lex.standardBefore) ?? startsWithAny(after, lex.standardAfter);
  // A code beside the title (`GB/T 2828.1-2012《…抽样计划》`, `《…》(GB/T …)`) names no metric word: the title is a
  // 标准, whatever its last word.
  if (context.codeBeside && !standardContext) return { type: 'standard', metric: standardSuffix ?? '标准' };
  // `违反了《…》第57条`, `违反《…通则》第十条`: only laws, regulations and rules are cited by article (a standard's clause
  // is numbered 4.1.2); a law's title may end in a standard's word or, cut short by the page, in none.
  if (!standardContext && articleAfter(lex)?.test(after))
    return { type: 'policy', metric: endsWithAny(stem, lex.policySuffixes) ?? '法规' };
  if (standardSuffix || standardContext)
    return { type: 'standard', metric: standardContext && /^[(（]/.test(standardContext) ? '标准' : (standardContext ?? standardSuffix!) };
  const policySuffix = endsWithAny(stem, lex.policySuffixes);
  if (policySuffix) return { type: 'policy', metric: policySuffix };
  if (issuerBeforeAbout(stem, lex.policyIssuers) || issuedAbout(stem, before, lex.policyIssuers)) return { type: 'policy', metric: '文件' };
  // `《关于制定…规划的建议》`, `《关于…的提案》`: a 关于-title ending in such a word is a document, issuer or none.
  const aboutWord = aboutDocument(stem, lex);
  if (aboutWord) return { type: 'policy', metric: aboutWord };
  // A short name in 《》 for a document given in full before (`《建议》`, `《纲要(草案)》`) is that document's title.
  if (lex.references.has(stem)) return { type: 'policy', metric: stem };
  if (lex.standardInfixes.some((word) => stem.includes(word))) return { type: 'standard', metric: '标准' };
  const afterWord = startsWithAny(after, lex.policyAfter);
  if (afterWord) return { type: 'policy', metric: lex.metricWords[afterWord.replace(/^的/, '')] ?? afterWord.replace(/^的/, '') };
  const verbBefore = endsWithAny(before, lex.policyBefore);
  if (verbBefore === '题为') return { type: 'policy', metric: '报告' };
  // `启动实施《中国制造2025》`: a name with a horizon year that is put into force is a plan; a book or a show is
  // not named so, and a bare title after 发布 may be anything, so the year is what decides.
  if (verbBefore && yearNamedPlan(lex)?.test(stem)) return { type: 'policy', metric: '规划' };
  // A title of no other kind in a sentence that speaks of a standard names that standard: 后者则名为《饮用天然矿泉水》
  // after 前者是名为《…》的国标; the contract's 《生乳》 when the sentence calls it 标准.
  if (context.sentenceCallsStandard) return { type: 'standard', metric: '标准' };
  return null;
}

/** Whether a standard code ends right before the title [start, end) or begins right after it, in brackets or not. */
function besideTitle(text: string, code: NamedThing, start: number, end: number): boolean {
  if (code.end <= start) return /^[\s:：]*$/.test(text.slice(code.end, start));
  return code.start >= end && /^\s*[(（]?\s*$/.test(text.slice(end, code.start));
}

/**
 * Titles in 《》 within [from, to) that name a standard or a policy; `spans` receives every title's span. `codes`
 * are the standard codes of the sentence: a code beside a title makes it a standard.
 */
export function findTitles(
  text: string,
  from: number,
  to: number,
  lexicons: Lexicons,
  rules: { standard: string; policy: string },
  spans: [number, number][],
  codes: readonly NamedThing[] = [],
  slice = text.slice(from, to),
): NamedThing[] {
  const found: NamedThing[] = [];
  if (!TITLE_OPENING.test(slice)) return found;
  const cue = standardInSentence(lexicons.titles);
  const sentenceCallsStandard = cue !== null && cue.test(slice.replace(TITLE, '《》'));
  forEachMatch(TITLE, slice, (m) => {
    const start = from + m.index;
    const end = start + m[0].length;
    spans.push([start, end]);
    // A title led by its code (`《GB 2760-2014 食品安全国家标准 食品添加剂使用标准》`) names the standard by the words after
    // the code: the code is a fact of its own (contract: a code and its title are two facts).
    const [innerStart, innerEnd] = titleInner(text, start, end);
    const leadingCode = codes.find(
      (code) => code.start >= innerStart && code.end < innerEnd && /^\s*$/.test(text.slice(innerStart, code.start)),
    );
    const nameFrom = leadingCode?.end;
    const title = (nameFrom === undefined ? titleWords(m) : text.slice(nameFrom, innerEnd)).replace(/\s+/g, '');
    const before = text.slice(Math.max(from, start - 8), start);
    const after = wordsAfterList(text.slice(end, Math.min(to, end + 80))).slice(0, 8);
    const codeBeside = leadingCode !== undefined || codes.some((code) => besideTitle(text, code, start, end));
    const kind = classifyTitle({ title, before, after, sentenceCallsStandard, codeBeside }, lexicons.titles);
    if (kind) found.push({ ...titleThing(kind, title, [start, end], rules), ...(nameFrom === undefined ? {} : { nameFrom }) });
  });
  return found;
}

/** A typed title as a named thing, under the rule of its type. */
function titleThing(
  kind: { type: FactType; metric: string },
  name: string,
  [start, end]: [number, number],
  rules: { standard: string; policy: string },
): NamedThing {
  return { type: kind.type, name, metric: kind.metric, start, end, rule: kind.type === 'standard' ? rules.standard : rules.policy };
}

/** A quoted run in the normalised text: what 「…」 and 『…』 become, as well as “…”. */
const QUOTED = /“([^“”\n]{2,60})”/g;

/**
 * Titles Taiwan and Hong Kong pages write between corner brackets (`依「商品檢驗法」第60條`), within [from, to): a
 * quoted run written with one of titles.json `quotedTitles.marks` (`writtenMark` gives the raw character at a
 * normalised offset) whose words end as a document's title does, typed like a title in 《》 (classifyTitle). Only
 * the title's own last word decides: a quotation is no title because a sentence around it speaks of a standard.
 * `spans` receives each title's span.
 */
export function findQuotedTitles(
  text: string,
  from: number,
  to: number,
  lexicons: Lexicons,
  rules: { standard: string; policy: string },
  writtenMark: (at: number) => string | undefined,
  spans: [number, number][],
  slice = text.slice(from, to),
): NamedThing[] {
  const found: NamedThing[] = [];
  const lex = lexicons.titles;
  const quoted = lex.quotedTitles;
  if (!quoted || !slice.includes('“')) return found;
  forEachMatch(QUOTED, slice, (m) => {
    const title = m[1]!.replace(/\s+/g, '');
    const stem = titleStem(title, lex.draftMarks);
    if ([...stem].length < quoted.minLength || !endsWithAny(stem, quoted.suffixes) || endsWithAny(stem, quoted.notEndings)) return;
    const start = from + m.index;
    const end = start + m[0].length;
    if (!quoted.marks.includes(writtenMark(start) ?? '')) return;
    const before = text.slice(Math.max(from, start - 8), start);
    const after = text.slice(end, Math.min(to, end + 8));
    const kind = classifyTitle({ title, before, after, sentenceCallsStandard: false }, lex);
    if (!kind) return;
    spans.push([start, end]);
    found.push(titleThing(kind, title, [start, end], rules));
  });
  return found;
}

/** Where a title's characters came from: the normalised layer and the raw text it maps back to. */
export interface WrittenSource {
  norm: { span(startUtf16: number, endUtf16: number): { rawStart: number } };
  /** The raw text's code points (offsets into the raw text are in code points), read once a document. */
  points: readonly string[];
}

/**
 * Marks normalisation may have rewritten inside a title, each with the other form a page may have written: the
 * width step folds `（）` to ASCII for the number rules, and the punctuation step turns an ASCII `:` `,` `;` `!` `?`
 * next to Chinese into the Chinese mark so that clauses split, and the quotes step makes single quotes double. Not
 * 「」 or 『』: they are the traditional script's “”, and a name is given in simplified script.
 */
const OTHER_WRITTEN_FORM: Record<string, string> = {
  '(': '（',
  ')': '）',
  '：': ':',
  '，': ',',
  '；': ';',
  '！': '!',
  '？': '?',
  '“': '‘',
  '”': '’',
};

/**
 * A title's name with its marks as the page wrote them (`纲要（草案）` stays full-width, `第27部分:总则` keeps its
 * ASCII colon): the contract's name is the title as written. `offset` is the UTF-16 index of the name's first
 * character in the normalised text; the name has no spaces the text lacks.
 */
export function marksAsWritten(name: string, offset: number, source: WrittenSource): string {
  if (!/[()：，；！？“”]/.test(name)) return name;
  let out = '';
  let at = offset;
  for (const ch of name) {
    const other = OTHER_WRITTEN_FORM[ch];
    if (other) {
      const written = source.points[source.norm.span(at, at + 1).rawStart];
      out += written === other ? other : ch;
    } else out += ch;
    at += ch.length;
  }
  return out;
}

/**
 * Titles within [from, to) that the words around them mark as a periodical or a programme (`央视《每周质量报告》`,
 * `《…》栏目`): a page names a programme so once and then by its title alone, which is no document either.
 */
export function mediaTitles(text: string, from: number, to: number, lex: TitleLexicon): string[] {
  const found: string[] = [];
  const slice = text.slice(from, to);
  if (!TITLE_OPENING.test(slice)) return found;
  forEachMatch(TITLE, slice, (m) => {
    const start = from + m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(from, start - 8), start);
    const after = text.slice(end, Math.min(to, end + 8));
    if (endsWithAny(before, lex.notFactBefore) || startsWithAny(after, lex.notFactAfter)) found.push(titleWords(m).replace(/\s+/g, ''));
  });
  return found;
}
