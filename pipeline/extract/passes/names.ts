/**
 * The names pass: standard codes, titles in 《》 (standards and policies) and brands, each a fact of its own;
 * codes and titles also block their numerals from becoming quantities. The finders are in ../titles.ts and
 * ../brands.ts.
 */
import { findBrands } from '../brands';
import type { SentenceContext } from '../pass';
import type { Document } from '../../../core/document';
import { bracketsAsWritten, findStandardCodes, findTitles, mediaTitles, type NamedThing } from '../titles';

/** Titles each document has marked as a periodical or programme so far (see mediaTitles). */
const programmesOf = new WeakMap<Document, Set<string>>();

export function findNames(sentence: SentenceContext): void {
  const { view, extractor: ex, named, blocked, doc } = sentence;
  const { text, start, end } = view;
  const codeRule = ex.nameRules.standardCode;
  for (const code of findStandardCodes(text, start, end, codeRule, view.slice)) {
    named.push(code);
    blocked.push({ start: code.start, end: code.end, priority: Infinity, rule: code.rule });
  }
  const titleSpans: [number, number][] = [];
  const titles = findTitles(
    text,
    start,
    end,
    ex.lexicons,
    { standard: ex.nameRules.standardTitle.id, policy: ex.nameRules.policyTitle.id },
    titleSpans,
    view.slice,
  );
  const programmes = programmesOf.get(doc) ?? new Set<string>();
  programmesOf.set(doc, programmes);
  for (const title of mediaTitles(text, start, end, ex.lexicons.titles)) programmes.add(title);
  const documents = titles.filter((title) => !programmes.has(title.name));
  named.push(...(doc.norm ? documents.map((title) => withBracketsAsWritten(title, text, { norm: doc.norm!, raw: doc.raw })) : documents));
  for (const [s, e] of titleSpans) blocked.push({ start: s, end: e, priority: Infinity, rule: 'title' });
  named.push(...findBrands(view, ex.nameRules.brands, ex.lexicons));
}

/** A title's name with the brackets the page wrote (see bracketsAsWritten); the title spans 《…》 in `text`. */
function withBracketsAsWritten(title: NamedThing, text: string, source: Parameters<typeof bracketsAsWritten>[2]): NamedThing {
  const inner = text.slice(title.start + 1, title.end - 1);
  return { ...title, name: bracketsAsWritten(inner, title.start + 1, source).replace(/\s+/g, '') };
}
