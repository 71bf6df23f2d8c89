import type { Dictionaries } from '../../core/dictionaries';
import type { Document, Token } from '../../core/document';
import { tokensWithin } from '../text/tokens-in';

/**
 * The product a sampling bulletin's section is about (contract v1.1, subject: a sampling report on 海产品 gives
 * its figures the subject 海产品; failing the sentence, the nearest lead that names one). A bulletin takes its
 * products in turn, each opened by a sentence that starts with the product and the sampling verb
 * (某产品共抽查了…); the sampling sentences after it that name only a bare 产品 are about that product.
 * The leads and cues are dictionaries/context/sampled-sections.json.
 */

export const SAMPLED_SECTIONS_FILE = 'context/sampled-sections.json';

interface SampledSectionsFile {
  leads: string[];
  sampling: string;
  reach: number;
}

export interface SampledSectionRules {
  /** Sentence openings that name the product a section samples (group `product`). */
  leads: readonly RegExp[];
  /** A cue that a sentence reports sampling or test results. */
  sampling: RegExp;
  /** How many sentences back a lead reaches. */
  reach: number;
}

export function loadSampledSectionRules(dictionaries: Dictionaries): SampledSectionRules {
  return dictionaries.parseOnce(
    SAMPLED_SECTIONS_FILE,
    (text) => {
      const file = JSON.parse(text) as SampledSectionsFile;
      return { leads: file.leads.map((lead) => new RegExp(lead)), sampling: new RegExp(file.sampling), reach: file.reach };
    },
    'compiled',
  );
}

/** What the search reads: the document, the figure's sentence and position, where its section begins, how words name a product. */
export interface SampledSectionQuery {
  doc: Document;
  rules: SampledSectionRules;
  /** The figure's sentence (its order in the document) and the figure's start. */
  order: number;
  start: number;
  /** Where the figure's section (its heading) begins: no lead before it applies. */
  sectionStart: number;
  /** The product the words of a lead name (their noun phrase), or null. */
  named: (tokens: Token[]) => string | null;
}

/**
 * The product of the nearest section lead at or before the figure's sentence (within `reach` sentences and the
 * figure's section), when the figure's sentence reports sampling; null when there is none or the nearest lead
 * names no product (a lead of another product ends the one before it, named or not).
 */
export function sampledSectionProduct(query: SampledSectionQuery): string | null {
  const { doc, rules, order, start, sectionStart, named } = query;
  const text = doc.norm?.text ?? '';
  const sentences = doc.sentences ?? [];
  const own = sentences[order];
  if (!own || !rules.sampling.test(text.slice(own.start, own.end))) return null;
  for (let k = order; k >= 0 && k > order - rules.reach; k--) {
    const sentence = sentences[k]!;
    if (sentence.start < sectionStart) return null;
    // The figure's own sentence leads only with the words before the figure.
    const end = k === order ? start : sentence.end;
    const opening = text.slice(sentence.start, end);
    const offset = opening.length - opening.trimStart().length;
    for (const lead of rules.leads) {
      const match = lead.exec(opening.trimStart());
      const product = match?.groups?.['product'];
      if (!match || product === undefined) continue;
      const from = sentence.start + offset + match[0].indexOf(product);
      const to = from + product.length;
      return named(tokensWithin(doc.tokens, from, to));
    }
  }
  return null;
}

/** Tags of the words of a product's name the lexicon does not know (儿童/n 推车/v, 净水/vn 系统/n). */
const PRODUCT_WORD_TAGS = /^(?:n|nz|vn|v|b|a|l|j|x|eng)$/;

/**
 * The product a lead's words name when no noun phrase of the lexicon does (儿童/n 推车/v): the words themselves,
 * when they are all words of a name (no place, time, pronoun or numeral) and do not end as a body or an office
 * does (质检总局共抽查了… names who sampled, not what).
 */
export function plainProduct(tokens: readonly Token[], isPlace: (token: Token) => boolean, notProducts: readonly string[]): string | null {
  if (tokens.length === 0 || tokens.some((token) => !PRODUCT_WORD_TAGS.test(token.tag) || isPlace(token))) return null;
  const text = tokens.map((token) => token.word).join('');
  if (!/^[\u4e00-\u9fff]{2,}$/.test(text) || notProducts.some((ending) => text.endsWith(ending))) return null;
  return text;
}
