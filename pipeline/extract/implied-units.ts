/**
 * Figures in 万/亿 written without their unit, as news reports write money and head counts (`净利润5千7百多万`,
 * `资产过亿`, `折合人民币也就200多万`, `近八亿人口`, `贫困人口减少1386万`): the noun that names the figure
 * implies the unit (lexicons/units.json `implied`). Only large figures (written with 万 or 亿) qualify: a bare
 * small number is a year, a code or a rank far more often than a sum.
 */
import type { Quantity } from './quantities';
import type { Lexicons } from './lexicons';
import type { UnitClass } from './rules';

/** What the implied-unit reading sees of a sentence. */
export interface ImpliedScan {
  text: string;
  from: number;
  to: number;
  lexicons: Lexicons;
}

/** Words between the naming noun and the figure that do not change what it names (`资产过亿`, `净利润为`). */
const LINK =
  /(?:当时|已经|已|也就|只有|仅有|仅|就|都|共|合计|总计|折合|约|达到|达|为|是|有|过|超过|突破|逾|近|增加|减少|下降|增长|提高到|增至|降至)*$/;

/** The unit a figure's naming noun implies, or null. */
export function impliedUnit(scan: ImpliedScan, quantity: Quantity): { unitClass: UnitClass; unit: string } | null {
  if (quantity.unitClass !== null || quantity.value < 10000) return null;
  const { text } = scan;
  if (!/[万亿]/.test(text.slice(quantity.numeral.start, quantity.end))) return null;
  const after = text.slice(quantity.end, Math.min(scan.to, quantity.end + 6));
  const implied = scan.lexicons.units.implied;
  const people = { unitClass: 'count' as const, unit: implied.peopleUnit };
  // `近八亿人口`, `6069万农民受益`: a people noun right after the figure names what it counts.
  if (peopleNounAfter(after, implied.peopleAfter)) return people;
  // Anything else right after the figure (a noun, a classifier the lexicon lacks) may name another unit.
  if (after !== '' && !/^(?:[，,。；;：:！？!?、）)\s的]|出头|左右|以上|以下)/.test(after)) return null;
  const before = text.slice(Math.max(scan.from, quantity.start - 16), quantity.start).replace(LINK, '');
  if (implied.moneyBefore.some((noun) => before.endsWith(noun))) return { unitClass: 'money', unit: implied.moneyUnit };
  if (implied.peopleBefore.some((noun) => before.endsWith(noun))) return people;
  return null;
}

/** `6069万农民`, `上百万赤脚医生`, `近千万知识青年`: a word of up to four characters after the figure ending in a people noun. */
function peopleNounAfter(after: string, nouns: readonly string[]): boolean {
  if (after.startsWith('人民币')) return false;
  const word = /^[\u4e00-\u9fff]{2,4}/.exec(after)?.[0] ?? '';
  for (let k = word.length; k >= 2; k--) if (nouns.some((noun) => word.slice(0, k).endsWith(noun))) return true;
  return false;
}
