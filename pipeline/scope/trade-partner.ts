import { headOf, type SubjectWordRules } from './subject-words';

/**
 * Trade partners (contract v1.1, subject: never the region). In 对东盟、欧盟进出口分别增长16.7%、40.2% or
 * 对共建“一带一路”国家出口增长12%, the words between the preposition and the trade measure name whom the
 * region trades with, markets and countries: the figure is the region's trade, about no product, so a
 * subject read among those words (东盟, 欧洲, or a run the segmenter cut across 进出口: 东盟进) is none.
 * A product named there (对美国机电产品出口) ends in a head of the lexicon and stays.
 */

/** What this test reads of the subject rules (dictionaries/context/subjects.json: tradeOpeners, tradeMeasures). */
export interface TradePartnerRules extends SubjectWordRules {
  tradeOpeners: readonly string[];
  tradeMeasures: readonly string[];
}

/** Fewest characters of the partners: a single one is a word of its own (对外贸易, 自营出口, 同比出口). */
const FEWEST_PARTNER_CHARACTERS = 2;
/** Most characters between the preposition and the trade measure (对共建“一带一路”国家和地区). */
const MOST_PARTNER_CHARACTERS = 30;

/** Where the partners of the trade phrases of `clause` before `before` stand: [from, to) spans, the preposition included. */
function partnerSpans(clause: string, before: number, rules: TradePartnerRules): [number, number][] {
  const spans: [number, number][] = [];
  for (let at = 0; at < before; at++) {
    if (!rules.tradeOpeners.includes(clause[at]!)) continue;
    for (let end = at + 1 + FEWEST_PARTNER_CHARACTERS; end <= Math.min(before, at + 1 + MOST_PARTNER_CHARACTERS); end++) {
      if (/[，,。；;：:]/.test(clause[end - 1]!)) break;
      if (rules.tradeMeasures.some((measure) => clause.startsWith(measure, end) && end + measure.length <= before)) {
        spans.push([at, end]);
        break;
      }
    }
  }
  return spans;
}

/** What withoutTradePartner reads: the figure's clause, where the figure starts in it, the subject found, the rules. */
export interface TradeContext {
  clause: string;
  before: number;
  subject: string;
  rules: TradePartnerRules;
  /** How many characters of a place (东盟 none, 美国 2) `text` opens with: a country is a partner, not part of a product. */
  placeOpening: (text: string) => number;
}

/**
 * The subject without the trade partners of the figure's clause (before the figure): null when it is read
 * among them and names no product (东盟, 欧洲, 东盟进); a product named there keeps its head without the
 * country opening it (对美国机电产品出口 → 机电产品).
 */
export function withoutTradePartner(ctx: TradeContext): string | null {
  const { clause, before, subject, rules } = ctx;
  const opening = subject.replace(/[“”"「」]/g, '').slice(0, 2);
  const amongPartners = partnerSpans(clause, before, rules).some(([from, to]) =>
    clause
      .slice(from, to)
      .replace(/[“”"「」]/g, '')
      .includes(opening),
  );
  if (!amongPartners) return subject;
  if (headOf(subject, rules) === null) return null;
  const place = ctx.placeOpening(subject);
  return place > 0 && subject.length - place >= 2 ? subject.slice(place) : subject;
}
