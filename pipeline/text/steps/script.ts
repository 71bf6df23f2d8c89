import { alignConversion } from '../align';
import { isHanAt } from '../char-classes';
import type { NormaliseRules } from '../normalise-rules';
import { TextRewriter } from '../../../core/rewriter';
import { unchanged, type StepResult } from './step';

/** The part of opencc-js's traditional→simplified build that we use (its typings are ESM-only). */
interface OpenCcModule {
  Converter(options: { from: string; to: string }): (text: string) => string;
  Locale: {
    configs: Record<string, { conversionChain: readonly (readonly string[])[] }>;
  };
}

export type ScriptVariant = 't' | 'tw' | 'hk';

const TRADITIONAL = 1;
const HK_VARIANT = 2;
const TW_VARIANT = 4;

interface ScriptTables {
  /** Flags per BMP code unit: traditional-only character, Hong Kong variant form, Taiwan variant form. */
  flags: Uint8Array;
  converters: Map<ScriptVariant, (text: string) => string>;
  openCc: OpenCcModule;
}

let tables: ScriptTables | null = null;

/** opencc-js dictionaries are "source target|source target|…" strings. */
function entries(dict: string): [string, string][] {
  return dict.split('|').map((entry) => entry.split(' ') as [string, string]);
}

function lastDict(chain: readonly (readonly string[])[], group: number): string {
  const dicts = chain[group]!;
  return dicts[dicts.length - 1]!;
}

/**
 * Builds the detection tables from opencc-js's own dictionaries: a character is traditional-only when
 * TSCharacters changes it and no simplified output (character or phrase) contains it; a traditional-only
 * character marks Hong Kong or Taiwan when only that region's variant dictionary has it.
 */
function loadTables(): ScriptTables {
  if (tables) return tables;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const openCc = require('opencc-js/t2cn') as OpenCcModule;
  const configs = openCc.Locale.configs;
  const t2s = configs['t2s']!.conversionChain;
  const characters = entries(t2s[0]![1]!);
  const phrases = entries(t2s[0]![0]!);
  const simplified = new Set<string>();
  for (const [, target] of [...characters, ...phrases]) for (const ch of target) simplified.add(ch);
  const flags = new Uint8Array(0x10000);
  for (const [source, target] of characters) {
    if (source.length === 1 && source !== target && !simplified.has(source)) flags[source.charCodeAt(0)]! |= TRADITIONAL;
  }
  // Variant forms count only when traditional-only too: 著 is Taiwan's form but also simplified (著名).
  const mark = (dict: [string, string][], flag: number) => {
    for (const [source, target] of dict) {
      if (source.length === 1 && source !== target && flags[source.charCodeAt(0)]! & TRADITIONAL) {
        flags[source.charCodeAt(0)]! |= flag;
      }
    }
  };
  const hk = entries(lastDict(configs['hk2s']!.conversionChain, 0));
  const tw = entries(lastDict(configs['tw2s']!.conversionChain, 0));
  const both = new Set(hk.map(([s]) => s).filter((s) => tw.some(([t]) => t === s)));
  mark(
    hk.filter(([s]) => !both.has(s)),
    HK_VARIANT,
  );
  mark(
    tw.filter(([s]) => !both.has(s)),
    TW_VARIANT,
  );
  tables = { flags, converters: new Map(), openCc };
  return tables;
}

function converter(variant: ScriptVariant): (text: string) => string {
  const t = loadTables();
  let convert = t.converters.get(variant);
  if (!convert) {
    convert = t.openCc.Converter({ from: variant, to: 'cn' });
    t.converters.set(variant, convert);
  }
  return convert;
}

/**
 * The converter, followed by the Hong Kong one where a character of `alsoTraditional` is left: a page whose
 * variant is tw or generic t may still write a Hong Kong form (衞生, 敍述), which only that converter folds.
 */
function withVariantForms(convert: (text: string) => string, alsoTraditional: string): (text: string) => string {
  if (alsoTraditional === '') return convert;
  const hongKong = converter('hk');
  return (text) => {
    const converted = convert(text);
    for (const ch of converted) if (alsoTraditional.includes(ch)) return hongKong(converted);
    return converted;
  };
}

export interface ScriptDetection {
  /** Traditional-only characters in the text. */
  traditional: number;
  hongKong: number;
  taiwan: number;
  /** The variant to convert from, or null when the text has no traditional-only characters. */
  variant: ScriptVariant | null;
}

/** Counts traditional-only and regional variant characters (one typed-array lookup per code unit). */
export function detectScript(text: string): ScriptDetection {
  const flags = loadTables().flags;
  let traditional = 0;
  let hongKong = 0;
  let taiwan = 0;
  for (let i = 0; i < text.length; i++) {
    const f = flags[text.charCodeAt(i)]!;
    if (f === 0) continue;
    if (f & TRADITIONAL) traditional++;
    if (f & HK_VARIANT) hongKong++;
    if (f & TW_VARIANT) taiwan++;
  }
  const variant: ScriptVariant | null = traditional === 0 ? null : hongKong > taiwan ? 'hk' : taiwan > hongKong ? 'tw' : 't';
  return { traditional, hongKong, taiwan, variant };
}

/**
 * Whether a page is written in traditional script: a tenth of its ideographs are traditional-only (about a
 * third are on a traditional page). A simplified page naming a brand with a variant form (家俬) has a few.
 */
export function writtenInTraditional(raw: string): boolean {
  const ideographs = raw.match(/\p{Script=Han}/gu)?.length ?? 0;
  return ideographs > 0 && detectScript(raw).traditional >= TRADITIONAL_SHARE * ideographs;
}

const TRADITIONAL_SHARE = 0.1;

/**
 * Traditional → simplified, run of ideographs by run of ideographs (phrases never cross punctuation), so
 * every run keeps a character-level map: equal length maps one to one, otherwise the run is aligned to its
 * character-by-character conversion. Only runs holding a traditional-only character are converted: the
 * simplified clauses of a mixed text stay as they are (a variant converter would turn 显著 into 显着).
 */
export function toSimplified(text: string, rules?: NormaliseRules, variant?: ScriptVariant): StepResult {
  const detected = variant ?? detectScript(text).variant;
  if (!detected) return unchanged(text);
  // A variant form opencc keeps (陜西 on a page converted by a site's script, 陝 elsewhere) is folded after it, so the
  // place is found (contract: regions by their full official name).
  const variants = rules?.script.variantForms ?? {};
  const variantChars = Object.keys(variants).join('');
  const openCc = withVariantForms(converter(detected), rules?.script.traditionalOnly ?? '');
  const convert = variantChars === '' ? openCc : (run: string) => Array.from(openCc(run), (ch) => variants[ch] ?? ch).join('');
  const flags = loadTables().flags;
  // A run of a traditional text such as 《計量法》 holds no character of the tables' traditional-only set when opencc
  // also lists one of its characters on the simplified side of a phrase by a slip (不可貲計 → 不可赀計).
  const alsoTraditional = (rules?.script.traditionalOnly ?? '') + variantChars;
  const rewriter = new TextRewriter(text);
  let changed = false;
  let lengthChanged = false;
  const n = text.length;
  for (let i = 0; i < n;) {
    if (!isHanAt(text, i)) {
      i++;
      continue;
    }
    let end = i;
    while (end < n && isHanAt(text, end)) end += text.charCodeAt(end) >= 0xd800 && text.charCodeAt(end) <= 0xdbff ? 2 : 1;
    if (end > n) end = n;
    let traditional = false;
    for (let k = i; k < end && !traditional; k++)
      traditional = (flags[text.charCodeAt(k)]! & TRADITIONAL) !== 0 || alsoTraditional.includes(text[k]!);
    if (!traditional) {
      i = end;
      continue;
    }
    const run = text.slice(i, end);
    const converted = convert(run);
    if (converted !== run) {
      changed = true;
      const input = Array.from(run);
      const output = Array.from(converted);
      if (input.length === output.length) {
        rewriter.replace(i, end, converted);
      } else {
        lengthChanged = true;
        rewriter.replaceMapped(i, end, converted, alignConversion(input, output, input.map(convert)));
      }
    }
    i = end;
  }
  if (!changed) return unchanged(text);
  const result = rewriter.finish();
  return { text: result.text, map: lengthChanged ? result.map : null, note: `script ${detected}` };
}
