/**
 * What a header cell (or a row label) says: the measure it names and the unit it states (`抽查企业数(家)`
 * → 抽查企业数, 家), a year (`2009年`), a region (`北京市`, `北京`), a total (`合计`), or a column that
 * holds no figures to report (`序号`). Units are looked up in the extractor's unit lexicon; a place unit
 * before them (`万元`) is a multiplier.
 */
import type { Lexicons, UnitEntry } from '../extract/lexicons';
import type { RegionIndex } from '../metadata/regions';
import { PART_OF_YEAR, rocYear } from './cell-kinds';
import type { TableConfig } from './table-config';

export interface StatedUnit {
  entry: UnitEntry;
  multiplier: number;
}

export interface HeaderReading {
  /** The words of the header without its unit and spaces (`抽查企业数`); empty for a year or a unit alone. */
  words: string;
  unit: StatedUnit | null;
  year: string | null;
  region: string | null;
  total: boolean;
  skip: boolean;
}

export interface ReadingContext {
  config: TableConfig;
  lexicons: Lexicons;
  regions: RegionIndex;
}

const YEAR = /^((?:19|20)\d\d)(?:年(?:度|末|底)?)?$/;
const SPACES = /[\s\u3000]+/g;

export function readHeader(text: string, ctx: ReadingContext): HeaderReading {
  let words = text.replace(SPACES, '');
  let unit: StatedUnit | null = null;
  for (const form of ctx.config.unitForms) {
    const m = form.exec(words);
    const stated = m ? statedUnit(m[1]!, ctx.lexicons) : null;
    if (stated) {
      unit = stated;
      words = words.slice(0, m!.index).replace(/[:：]$/, '');
      break;
    }
  }
  // A header that is a unit word alone (`批次`) still names the measure; a sign alone (`%`) does not.
  if (!unit) {
    unit = statedUnit(words, ctx.lexicons);
    if (unit && !/[\u4e00-\u9fff]/.test(words)) words = '';
  }
  const part = PART_OF_YEAR.exec(words);
  const year = YEAR.exec(words)?.[1] ?? part?.[1] ?? rocYear(words);
  return {
    // A year names a period, a month or a quarter a part of one (`3月`, `第二季度`: no measure, no subject), a
    // serial number (`1`, `2`) nothing.
    words: year || part || /^\d+$/.test(words) ? '' : words,
    unit,
    year,
    region: year || part ? null : regionName(words, ctx),
    total: ctx.config.totalLabels.has(words),
    skip: ctx.config.skipHeaders.has(words),
  };
}

/** The unit a header states (`家`, `%`, `万元`, `个百分点`), or null. */
export function statedUnit(text: string, lexicons: Lexicons): StatedUnit | null {
  const surface = text.trim();
  if (!surface) return null;
  const exact = (s: string) => lexicons.units.byFirstChar.get(s[0] ?? '')?.find((e) => e.surface === s) ?? null;
  const entry = exact(surface);
  if (entry) return { entry, multiplier: 1 };
  const multiplier = lexicons.units.multipliers.get(surface[0]!);
  const rest = multiplier ? exact(surface.slice(1)) : null;
  if (rest && multiplier && rest.unitClass !== 'percent') return { entry: rest, multiplier };
  return perUnitStated(surface, lexicons);
}

/**
 * A per-unit a header states (`价格（元/吨）`, `限量（mg/kg）`, `菌落总数(个/毫升)`, `万元/吨`): a money or measure unit
 * over a unit of reference the extractor reads after a slash; its figures are amounts in `X/Y`, as in a sentence.
 */
function perUnitStated(surface: string, lexicons: Lexicons): StatedUnit | null {
  const slash = surface.search(/[/／]/);
  if (slash <= 0) return null;
  const reference = surface.slice(slash + 1).trim();
  if (!lexicons.units.perUnit.afterSlash.includes(reference)) return null;
  const over = statedUnit(surface.slice(0, slash), lexicons);
  if (!over || !PER_UNIT_CLASSES.has(over.entry.unitClass)) return null;
  const unit = `${over.entry.unit}/${reference}`;
  return { entry: { ...over.entry, surface, unitClass: 'measure', unit }, multiplier: over.multiplier };
}

/** Units a per-unit header may count over its reference: money and measures (`元/吨`, `mg/kg`) and counts (`个/毫升`). */
const PER_UNIT_CLASSES = new Set(['money', 'measure', 'count']);

/** The region a label names, by the facts' name for it, or null. */
export function regionName(label: string, ctx: ReadingContext): string | null {
  if (label === '全国') return '全国';
  const known = ctx.lexicons.regions.get(label);
  if (known !== undefined) return known;
  const region = ctx.regions.lookup(label)?.name;
  if (region) return region;
  // As for a place named in a sentence: a name of three or more characters ending in an administrative
  // suffix is a region as written (`城关县`), unless it names a kind of area (`开发区`).
  if (label.length < 3 || !/[省市州县区盟旗]$/.test(label) || !/^[\u4e00-\u9fff]+$/.test(label)) return null;
  return ctx.lexicons.notRegionEndings.some((ending) => label.endsWith(ending)) ? null : label;
}

/** The unit a measure word implies (`合格率` → %, `抽查批次` → 批次): the word that ends last in the metric; with `closing`, only a word ending it. */
export function impliedUnit(metric: string, ctx: ReadingContext, closing = false): StatedUnit | null {
  let best: { end: number; length: number; unit: string } | null = null;
  for (const [word, unit] of ctx.config.impliedUnits) {
    const at = metric.lastIndexOf(word);
    if (at < 0) continue;
    const end = at + word.length;
    if (!best || end > best.end || (end === best.end && word.length > best.length)) best = { end, length: word.length, unit };
  }
  if (closing && best && best.end !== metric.length) return null;
  return best ? statedUnit(best.unit, ctx.lexicons) : null;
}
