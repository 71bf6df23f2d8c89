/**
 * What a figure's sentence says about it besides the number: the year it refers to, the region, and
 * whether it is a target.
 */
import type { DocumentMeta, FactStatus } from '../../core/document';
import type { Lexicons } from './lexicons';
import { forEachMatch } from './rules';
import type { SentenceView } from './sentence';

/** A year that names when (`2008年`, `2010的`), not a comparison base (`比2015年同期`) or a range end. */
const YEAR = /(?<![\d比较与同])(?<![\d年]\s*[-—–~～至到]\s*)((?:19|20)\d\d)(?=年(?!代)(?!\s*[-—–~～至到]\s*(?:19|20)\d\d)|的)/g;

/** A year named relative to the time of writing (`今年`, `去年`), not as a comparison base (`比去年`). */
const RELATIVE_YEAR = /(?<![比较与同])(今年|本年度?|年内|当年|明年|去年|上年)(?!同期|末|底|[的]?水平)/g;
const YEAR_OFFSET: Record<string, number> = { 今年: 0, 本年: 0, 本年度: 0, 年内: 0, 当年: 0, 明年: 1, 去年: -1, 上年: -1 };

/**
 * The year of writing: the publication date's, else the year after the one the document reports on (a work
 * report on 2008 is given early in 2009).
 */
function currentYear(meta: DocumentMeta): number | null {
  const dated = meta.date ? /^(\d{4})/.exec(meta.date) : null;
  if (dated) return Number(dated[1]);
  return meta.year && /^\d{4}$/.test(meta.year) ? Number(meta.year) + 1 : null;
}

/**
 * The year a figure at `pos` refers to: the last year before it in the sentence (`2008年`, or `今年`/`去年`
 * counted from the year of writing), else for a target the year of writing, else the document's year.
 */
export function periodAt(view: SentenceView, pos: number, meta: DocumentMeta, status: FactStatus = 'actual'): string | null {
  const before = view.text.slice(view.start, pos);
  let year: string | null = null;
  let at = -1;
  forEachMatch(YEAR, before, (m) => {
    year = m[1]!;
    at = m.index;
  });
  const now = currentYear(meta);
  if (now !== null) {
    forEachMatch(RELATIVE_YEAR, before, (m) => {
      if (m.index > at) {
        year = String(now + YEAR_OFFSET[m[1]!]!);
        at = m.index;
      }
    });
    if (year === null && status === 'target') return String(now);
  }
  return year ?? meta.year;
}

/** Between two places of a list (`广东、福建等5个省`): the figure is about all of them, not the last one. */
const PLACE_LIST = /^\s*[、和与及]\s*$/;
/** A place that qualifies a scheme or title (`甘肃名牌产品`, `吉林省质量管理奖`) names no region of a figure. */
const SCHEME_AFTER = /^(?:省|市|州|县)?(?:人民政府)?(?:名牌|著名|知名|驰名|质量奖|质量管理奖|地方标准|老字号|地理标志|政府质量奖)/;

/**
 * The region a figure at `pos` refers to: the last place name before it in the sentence, else the document's;
 * none when that place closes a list of places.
 */
export function regionAt(view: SentenceView, pos: number, meta: DocumentMeta, lexicons: Lexicons): string | null {
  let region: string | null = null;
  let listed = false;
  let previousEnd = -1;
  for (const token of view.tokensIn(view.start, pos)) {
    if (token.tag !== 'ns') continue;
    const place = placeName(token.word, lexicons);
    if (!place || SCHEME_AFTER.test(view.text.slice(token.end, token.end + 10))) continue;
    listed = previousEnd >= 0 && PLACE_LIST.test(view.text.slice(previousEnd, token.start));
    region = place;
    previousEnd = token.end;
  }
  if (listed) return null;
  return region ?? meta.region;
}

function placeName(word: string, lexicons: Lexicons): string | null {
  const known = lexicons.regions.get(word);
  if (known !== undefined) return known;
  if (word.length < 3 || !/[省市州县区盟旗]$/.test(word)) return null;
  return lexicons.notRegionEndings.some((ending) => word.endsWith(ending)) ? null : word;
}

const QUOTED = /“[^”]*”|"[^"]*"/g;

/** `target` when a target cue (力争, 确保, 要, 目标, 计划, 年内, …) governs the figure at [start, end). */
export function statusAt(view: SentenceView, start: number, end: number, lexicons: Lexicons, meta?: DocumentMeta): FactStatus {
  const status = cuedStatus(view, start, end, lexicons);
  return status === 'target' && meta && inPastYear(view, start, meta) ? 'actual' : status;
}

/** Whether the sentence before `pos` dates the figure to a year before the time of writing (`2007年，…实现利润…`). */
function inPastYear(view: SentenceView, pos: number, meta: DocumentMeta): boolean {
  const now = currentYear(meta);
  if (now === null) return false;
  let year: number | null = null;
  forEachMatch(YEAR, view.text.slice(view.start, pos), (m) => {
    year = Number(m[1]);
  });
  return year !== null && year < now;
}

function cuedStatus(view: SentenceView, start: number, end: number, lexicons: Lexicons): FactStatus {
  const { status } = lexicons;
  const clauseStart = view.clauseStart(start);
  const clauseBefore = view.text.slice(clauseStart, start);
  const after = view.text.slice(end, view.clauseEnd(end));
  if (status.after.test(after)) return 'target';
  if (status.from.test(clauseBefore)) return 'actual';
  // A cue inside a quoted slogan (`“三个确保”`) governs nothing.
  const before = view.text.slice(view.start, start).replace(QUOTED, '');
  if (!status.before.test(before) && !status.clauseBefore.test(clauseBefore.replace(QUOTED, ''))) return 'actual';
  return status.actualBefore.test(clauseBefore) ? 'actual' : 'target';
}
