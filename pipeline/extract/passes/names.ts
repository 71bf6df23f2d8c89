/**
 * The names pass: standard codes, titles in 《》 (standards and policies) and brands, each a fact of its own;
 * codes and titles also block their numerals from becoming quantities. The finders are in ../titles.ts and
 * ../brands.ts.
 */
import { findBrands } from '../brands';
import { writtenInTraditional } from '../../text/steps/script';
import type { SentenceContext } from '../pass';
import type { SentenceView } from '../sentence';
import type { Document } from '../../../core/document';
import {
  marksAsWritten,
  findQuotedTitles,
  findStandardCodes,
  findTitles,
  mediaTitles,
  titleInner,
  type NamedThing,
  type WrittenSource,
} from '../titles';

/** Titles each document has marked as a periodical or programme so far (see mediaTitles). */
const programmesOf = new WeakMap<Document, Set<string>>();

export function findNames(sentence: SentenceContext): void {
  const { view, extractor: ex, named, blocked, doc } = sentence;
  const { text, start, end } = view;
  const codes = findStandardCodes(text, start, end, ex.nameRules.standardCodes, view.slice);
  for (const code of codes) {
    named.push(code);
    blocked.push({ start: code.start, end: code.end, priority: Infinity, rule: code.rule });
  }
  const titleSpans: [number, number][] = [];
  const titleRules = { standard: ex.nameRules.standardTitle.id, policy: ex.nameRules.policyTitle.id };
  const titles = findTitles(text, start, end, ex.lexicons, titleRules, titleSpans, codes, view.slice);
  const { norm } = doc;
  if (norm) {
    // Corner brackets are read from the page as written: the text step makes them “” like any quotation.
    const writtenMark = (at: number) => writtenPage(doc.raw).points[norm.span(at, at + 1).rawStart];
    titles.push(...findQuotedTitles(text, start, end, ex.lexicons, titleRules, writtenMark, titleSpans, view.slice));
  }
  const programmes = programmesOf.get(doc) ?? new Set<string>();
  programmesOf.set(doc, programmes);
  for (const title of mediaTitles(text, start, end, ex.lexicons.titles)) programmes.add(title);
  const documents = titles.filter((title) => !programmes.has(title.name));
  for (const [s, e] of titleSpans) blocked.push({ start: s, end: e, priority: Infinity, rule: 'title' });
  const brands = findBrands(view, ex.nameRules.brands, ex.lexicons);
  // Most sentences name nothing: the page's code points are read only for one that does.
  if (!doc.norm || documents.length + brands.length === 0) {
    named.push(...documents, ...brands);
    return;
  }
  const page = writtenPage(doc.raw);
  const source: WrittenSource = { norm: doc.norm, points: page.points };
  named.push(...documents.map((title) => withMarksAsWritten(title, text, source)));
  named.push(...(page.traditional ? brands : brands.map((brand) => brandAsWritten(brand, view, source))));
}

const HAN = /\p{Script=Han}/u;

/** The raw text's code points and script, kept for the document being read (its titles and brands ask for them in turn). */
let pointsOf: { raw: string; points: string[]; traditional: boolean } | null = null;
function writtenPage(raw: string): { points: string[]; traditional: boolean } {
  if (pointsOf?.raw !== raw) pointsOf = { raw, points: Array.from(raw), traditional: writtenInTraditional(raw) };
  return pointsOf;
}

/**
 * A brand's name with the characters the page wrote when they are variants the script step changed in a page
 * written in simplified script (`家俬`, folded to `家私`): the brand is named as written. On a traditional page
 * (the whole page, or at least the sentence, changes) the name stays simplified like the rest of the text:
 * a sentence such as “Hoier”PK“海爾” changes nowhere but in its names.
 */
function brandAsWritten(brand: NamedThing, view: SentenceView, source: WrittenSource): NamedThing {
  const at = view.text.indexOf(brand.name, brand.start);
  if (at < 0 || at >= brand.end) return brand;
  const written = (pos: number) => source.points[source.norm.span(pos, pos + 1).rawStart];
  let name = '';
  for (let pos = view.start; pos < view.end; pos++) {
    const ch = view.text[pos]!;
    if (!HAN.test(ch)) continue;
    const raw = written(pos);
    const inName = pos >= at && pos < at + brand.name.length;
    if (raw !== ch && raw !== undefined && HAN.test(raw) && !inName) return brand;
  }
  for (let pos = at; pos < at + brand.name.length; pos++) {
    const ch = view.text[pos]!;
    const raw = written(pos);
    name += HAN.test(ch) && raw !== undefined && HAN.test(raw) ? raw : ch;
  }
  return name === brand.name ? brand : { ...brand, name };
}

/** A title's name with the marks the page wrote (see marksAsWritten); the title spans 《…》 in `text`. */
function withMarksAsWritten(title: NamedThing, text: string, source: WrittenSource): NamedThing {
  const [inner, to] = titleInner(text, title.start, title.end);
  const from = title.nameFrom ?? inner;
  return { ...title, name: marksAsWritten(text.slice(from, to), from, source).replace(/\s+/g, '') };
}
