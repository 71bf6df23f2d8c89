/**
 * Scores extracted facts against gold facts exactly as ../shared/spec/facts.md ("How gold is scored") says:
 * a predicted fact matches a gold fact of the same doc when type and unit are equal, the values differ by
 * less than 1e-6 relatively and the gold key occurs in the predicted metric; brand, standard and policy
 * facts match by name (《》 and spaces removed, case ignored), each distinct name once per document on
 * both sides. Each fact matches at most once (a maximum matching). Precision counts the predicted facts of
 * the scored types in the gold documents; recall counts the gold facts.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Fact, FactType } from '../core/document';
import {
  CONTEXT_FIELDS,
  fieldAgrees,
  scoreContext,
  type ContextDisagreement,
  type ContextField,
  type FieldAccuracy,
} from './context-score';

export interface GoldFact {
  doc: string;
  type: FactType;
  category: string;
  /** A short substring the predicted metric must contain (`合格率`, `案件`); empty for named things. */
  key: string;
  metric: string;
  value: number | null;
  unit: string | null;
  bound: string | null;
  status: string | null;
  period: string | null;
  region: string | null;
  subject: string | null;
  name: string | null;
  text: string;
}

/** The fields of a predicted fact the scoring reads. */
export type ScoredFact = Pick<Fact, 'doc' | 'type' | 'category' | 'metric' | 'value' | 'unit' | 'name'> & Partial<Fact>;

export interface Score {
  predicted: number;
  gold: number;
  /** Predicted facts that matched a gold fact. */
  matchedPredicted: number;
  /** Gold facts that were matched. */
  matchedGold: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalReport {
  docs: string[];
  overall: Score;
  byType: Record<string, Score>;
  byCategory: Record<string, Score>;
  misses: GoldFact[];
  falsePositives: ScoredFact[];
  /** Context accuracy per field over the matched pairs (contract v1.1). */
  context: Record<ContextField, FieldAccuracy>;
  contextDisagreements: ContextDisagreement[];
}

const SCORED_TYPES: ReadonlySet<string> = new Set(['rate', 'count', 'amount', 'change', 'brand', 'standard', 'policy']);
const NAMED_TYPES: ReadonlySet<string> = new Set(['brand', 'standard', 'policy']);

export function normaliseName(name: string | null): string {
  return (name ?? '').replace(/[《》\s]/g, '').toLowerCase();
}

function sameValue(predicted: number | null, gold: number | null): boolean {
  if (predicted === null || gold === null) return predicted === gold;
  if (gold === 0) return Math.abs(predicted) < 1e-6;
  return Math.abs(predicted - gold) / Math.abs(gold) < 1e-6;
}

function matches(p: ScoredFact, g: GoldFact): boolean {
  if (p.doc !== g.doc || p.type !== g.type) return false;
  if (NAMED_TYPES.has(g.type)) return normaliseName(p.name) === normaliseName(g.name);
  return p.unit === g.unit && sameValue(p.value, g.value) && (p.metric ?? '').includes(g.key ?? '');
}

/** Named facts count once per document and name: keeps the first of each. */
function distinctNamed<T extends { doc: string; type: string; name: string | null }>(facts: readonly T[]): T[] {
  const seen = new Set<string>();
  return facts.filter((fact) => {
    if (!NAMED_TYPES.has(fact.type)) return true;
    const key = `${fact.doc}\u0000${fact.type}\u0000${normaliseName(fact.name)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Maximum bipartite matching (augmenting paths); returns gold index → predicted index. */
function maximumMatching(predicted: readonly ScoredFact[], gold: readonly GoldFact[]): Map<number, number> {
  // Among the predicted facts a gold fact matches, those whose text overlaps its own are tried first: two facts of
  // equal value in one document (增长2% in the review, 增长2%左右 in the plan) pair with their own sentences, so
  // that context accuracy compares the fact with its own gold, not its twin's. The number matched is the same.
  // Where texts tie (table cells, whose text is the bare figure: several 0 and 5 cells of one table), the metric
  // closest to the gold one goes first (the cell's column), then the one whose context agrees with more fields
  // (the row): gold gives no offsets, so facts alike in text and metric are told apart only by what they say.
  const candidates = gold.map((g) =>
    predicted.flatMap((p, i) => (matches(p, g) ? [i] : [])).sort((a, b) => pairingRank(predicted[b]!, g) - pairingRank(predicted[a]!, g)),
  );
  const ownerOfPredicted = new Map<number, number>();
  const tryAssign = (g: number, visited: Set<number>): boolean => {
    for (const p of candidates[g]!) {
      if (visited.has(p)) continue;
      visited.add(p);
      const owner = ownerOfPredicted.get(p);
      if (owner === undefined || tryAssign(owner, visited)) {
        ownerOfPredicted.set(p, g);
        return true;
      }
    }
    return false;
  };
  for (let g = 0; g < gold.length; g++) tryAssign(g, new Set());
  const goldToPredicted = new Map<number, number>();
  for (const [p, g] of ownerOfPredicted) goldToPredicted.set(g, p);
  improvePairing({ predicted, gold, candidates, goldToPredicted });
  return goldToPredicted;
}

/**
 * Augmenting paths find as many pairs as can be, but may pass a candidate on to a gold fact it fits less well: two
 * gold cells swap their predicted facts, or take an unpaired one, wherever that raises the pairing rank. The number
 * matched never changes; only which fact is compared with which.
 */
function improvePairing(context: {
  predicted: readonly ScoredFact[];
  gold: readonly GoldFact[];
  candidates: readonly number[][];
  goldToPredicted: Map<number, number>;
}): void {
  const { predicted, gold, candidates, goldToPredicted } = context;
  // Ranks are asked for again on every pass: each pair's is worked out once.
  const ranks = new Map<number, number>();
  const rank = (g: number, p: number) => {
    const key = g * predicted.length + p;
    let value = ranks.get(key);
    if (value === undefined) ranks.set(key, (value = pairingRank(predicted[p]!, gold[g]!)));
    return value;
  };
  const allowed = candidates.map((list) => new Set(list));
  for (let pass = 0, changed = true; changed && pass < 10; pass++) {
    changed = false;
    const paired = new Set(goldToPredicted.values());
    for (const [g, p] of goldToPredicted) {
      const free = candidates[g]!.find((q) => !paired.has(q) && rank(g, q) > rank(g, p));
      if (free !== undefined) {
        goldToPredicted.set(g, free);
        paired.delete(p);
        paired.add(free);
        changed = true;
      }
    }
    const pairs = [...goldToPredicted];
    for (let i = 0; i < pairs.length; i++) {
      for (let j = i + 1; j < pairs.length; j++) {
        const [g1, p1] = pairs[i]!;
        const [g2, p2] = pairs[j]!;
        if (!allowed[g1]!.has(p2) || !allowed[g2]!.has(p1)) continue;
        if (rank(g1, p2) + rank(g2, p1) > rank(g1, p1) + rank(g2, p2)) {
          goldToPredicted.set(g1, p2);
          goldToPredicted.set(g2, p1);
          pairs[i] = [g1, p2];
          pairs[j] = [g2, p1];
          changed = true;
        }
      }
    }
  }
}

/** Orders the candidates of a gold fact: text overlap first, then metric likeness, then context fields agreeing. */
function pairingRank(p: ScoredFact, g: GoldFact): number {
  const agreeing = CONTEXT_FIELDS.filter((field) => field in g && fieldAgrees(field, p[field], g[field])).length;
  return textOverlap(p, g) * 1000 + Math.round(metricLikeness(p.metric ?? '', g.metric ?? '') * 100) * 10 + agreeing;
}

/** Shared character bigrams of two metric phrases (Dice coefficient, 0..1). */
function metricLikeness(a: string, b: string): number {
  const bigrams = (text: string) => Array.from({ length: Math.max(0, [...text].length - 1) }, (_, i) => [...text].slice(i, i + 2).join(''));
  const left = bigrams(a);
  const right = bigrams(b);
  if (left.length + right.length === 0) return 0;
  const pool = [...right];
  let shared = 0;
  for (const bigram of left) {
    const at = pool.indexOf(bigram);
    if (at >= 0) {
      shared++;
      pool.splice(at, 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/** How well a predicted fact's text fits a gold fact's: 2 the same text, 1 one holds the other, 0 neither (or unwritten). */
function textOverlap(p: ScoredFact, g: GoldFact): number {
  const predictedText = p.text ?? '';
  if (predictedText === '' || g.text === '') return 0;
  if (predictedText === g.text) return 2;
  return g.text.includes(predictedText) || predictedText.includes(g.text) ? 1 : 0;
}

function score(predicted: number, gold: number, matchedPredicted: number, matchedGold: number): Score {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : matchedPredicted / predicted;
  const recall = gold === 0 ? 1 : matchedGold / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { predicted, gold, matchedPredicted, matchedGold, precision, recall, f1 };
}

class Tally {
  private readonly counts = new Map<string, [number, number, number, number]>();
  /** Counts `facts` by group in slot `total`, and those in `matched` in slot `hits`. */
  addAll<T>(facts: readonly T[], group: (fact: T) => string, matched: ReadonlySet<T>, total: 0 | 1, hits: 2 | 3): void {
    for (const fact of facts) {
      const key = group(fact);
      const counts = this.counts.get(key) ?? [0, 0, 0, 0];
      counts[total]++;
      if (matched.has(fact)) counts[hits]++;
      this.counts.set(key, counts);
    }
  }
  scores(): Record<string, Score> {
    const out: Record<string, Score> = {};
    for (const group of [...this.counts.keys()].sort()) {
      const [p, g, mp, mg] = this.counts.get(group)!;
      out[group] = score(p, g, mp, mg);
    }
    return out;
  }
}

/**
 * Scores `predicted` against `gold`. `docs` lists the gold documents (default: those gold facts name); a
 * document listed with no gold fact still counts its predictions.
 */
export function scoreFacts(predicted: readonly ScoredFact[], gold: readonly GoldFact[], options: { docs?: string[] } = {}): EvalReport {
  const docs = options.docs ?? [...new Set(gold.map((g) => g.doc))];
  const docSet = new Set(docs);
  const scoredPredicted = distinctNamed(predicted.filter((p) => docSet.has(p.doc) && SCORED_TYPES.has(p.type)));
  const scoredGold = distinctNamed(gold.filter((g) => docSet.has(g.doc)));

  const predictedByDoc = groupByDoc(scoredPredicted);
  const misses: GoldFact[] = [];
  const matchedPredicted = new Set<ScoredFact>();
  const matchedGold = new Set<GoldFact>();
  const pairs: { predicted: ScoredFact; gold: GoldFact }[] = [];
  for (const [doc, goldFacts] of groupByDoc(scoredGold)) {
    const candidates = predictedByDoc.get(doc) ?? [];
    const matching = maximumMatching(candidates, goldFacts);
    goldFacts.forEach((g, i) => {
      const p = matching.get(i);
      if (p === undefined) misses.push(g);
      else {
        matchedGold.add(g);
        matchedPredicted.add(candidates[p]!);
        pairs.push({ predicted: candidates[p]!, gold: g });
      }
    });
  }
  const byType = new Tally();
  const byCategory = new Tally();
  for (const tally of [byType, byCategory]) {
    const group = tally === byType ? (f: { type: string }) => f.type : (f: { category: string }) => f.category;
    tally.addAll(scoredPredicted, group, matchedPredicted, 0, 2);
    tally.addAll(scoredGold, group, matchedGold, 1, 3);
  }
  const context = scoreContext(pairs);
  return {
    docs,
    overall: score(scoredPredicted.length, scoredGold.length, matchedPredicted.size, matchedGold.size),
    byType: byType.scores(),
    byCategory: byCategory.scores(),
    misses,
    falsePositives: scoredPredicted.filter((p) => !matchedPredicted.has(p)),
    context: context.byField,
    contextDisagreements: context.disagreements,
  };
}

function groupByDoc<T extends { doc: string }>(facts: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const fact of facts) {
    const list = groups.get(fact.doc) ?? [];
    list.push(fact);
    groups.set(fact.doc, list);
  }
  return groups;
}

function pct(value: number): string {
  return (value * 100).toFixed(1).padStart(6);
}

function table(title: string, rows: Record<string, Score>): string[] {
  const lines = [
    `${title.padEnd(18)} ${'pred'.padStart(5)} ${'gold'.padStart(5)} ${'P%'.padStart(6)} ${'R%'.padStart(6)} ${'F1%'.padStart(6)}`,
  ];
  for (const [group, s] of Object.entries(rows)) {
    lines.push(
      `${group.padEnd(18)} ${String(s.predicted).padStart(5)} ${String(s.gold).padStart(5)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`,
    );
  }
  return lines;
}

function describeFact(f: {
  doc: string;
  type: string;
  metric?: string | null;
  key?: string;
  value: number | null;
  unit: string | null;
  name: string | null;
  text?: string;
}): string {
  const what = f.name ? `name=${f.name}` : `${f.value}${f.unit ?? ''}`;
  const key = f.key !== undefined ? ` key=${f.key}` : '';
  return `${f.doc}  ${f.type.padEnd(8)} ${what}${key}  metric=${f.metric ?? ''}  «${f.text ?? ''}»`;
}

/** A readable report: overall, by type and by category; with `show`, the misses and false positives. */
export function formatReport(report: EvalReport, show: boolean): string {
  const lines: string[] = [];
  lines.push(`documents: ${report.docs.length}`);
  lines.push(...table('overall', { all: report.overall }));
  lines.push('');
  lines.push(...table('by type', report.byType));
  lines.push('');
  lines.push(...table('by category', report.byCategory));
  lines.push('');
  lines.push(`misses: ${report.misses.length}   false positives: ${report.falsePositives.length}`);
  lines.push('', `context accuracy on ${report.overall.matchedGold} matched facts`);
  for (const field of CONTEXT_FIELDS) {
    const a = report.context[field];
    lines.push(`${field.padEnd(18)} ${pct(a.accuracy)}  (${a.agree}/${a.total})`);
  }
  if (show) {
    lines.push('', 'CONTEXT DISAGREEMENTS (field: gold → predicted)');
    for (const d of report.contextDisagreements)
      lines.push(`  ${d.field.padEnd(8)} ${String(d.gold)} → ${String(d.predicted)}  ${d.doc}  «${d.text}»`);
    lines.push('', 'MISSES (gold facts not found)');
    for (const g of report.misses) lines.push(`  ${describeFact(g)}`);
    lines.push('', 'FALSE POSITIVES (predicted facts matching no gold fact)');
    for (const p of report.falsePositives) lines.push(`  ${describeFact(p)}  [${p.rule ?? ''}]`);
  }
  return lines.join('\n');
}

/** Gold facts of a JSON Lines file (blank lines skipped). */
export function parseGold(text: string): GoldFact[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line) as GoldFact;
      } catch (error) {
        throw new Error(`gold line ${i + 1}: ${(error as Error).message}`);
      }
    });
}

/**
 * Reads a gold file and, when it exists beside it, its document list (one id a line): `dev.jsonl` →
 * `dev-docs.txt`, `dev-v11.jsonl` → `dev-v11-docs.txt` or `dev-docs-v11.txt`. Without a list, the documents are those the gold facts name.
 */
export function loadGold(goldPath: string): { gold: GoldFact[]; docs: string[] | undefined } {
  const gold = parseGold(readFileSync(goldPath, 'utf8'));
  const base = path.basename(goldPath).replace(/\.jsonl?$/, '');
  // `dev.jsonl` → `dev-docs.txt`; a versioned gold `dev-v11.jsonl` → `dev-v11-docs.txt` or `dev-docs-v11.txt`.
  const candidates = [`${base}-docs.txt`, base.replace(/-(v\d+)$/, '-docs-$1.txt')].map((name) => path.join(path.dirname(goldPath), name));
  const docsPath = candidates.find((candidate) => existsSync(candidate));
  const docs = docsPath
    ? readFileSync(docsPath, 'utf8')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
    : undefined;
  return { gold, docs };
}
