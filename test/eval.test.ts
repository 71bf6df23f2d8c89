import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport, loadGold, normaliseName, scoreFacts, type GoldFact, type ScoredFact } from '../output/eval';

function gold(fields: Partial<GoldFact>): GoldFact {
  return {
    doc: 'd1',
    type: 'count',
    category: 'enforcement',
    key: '案件',
    metric: '立案查处案件',
    value: 10,
    unit: '起',
    bound: 'exact',
    status: 'actual',
    period: null,
    region: null,
    subject: null,
    name: null,
    text: '',
    ...fields,
  };
}

function predicted(fields: Partial<ScoredFact>): ScoredFact {
  return { doc: 'd1', type: 'count', category: 'enforcement', metric: '立案查处案件', value: 10, unit: '起', name: null, ...fields };
}

describe('scoreFacts', () => {
  it('matches on doc, type, unit, value (relative 1e-6) and the key inside the metric', () => {
    const report = scoreFacts(
      [
        predicted({}),
        predicted({ value: 10.000001 }), // a second copy: only one match per gold fact
        predicted({ metric: '查处违法行为' }), // key missing
        predicted({ unit: '件' }),
        predicted({ doc: 'd2' }), // not a gold document
      ],
      [gold({})],
    );
    expect(report.overall).toMatchObject({ predicted: 4, gold: 1, matchedPredicted: 1, matchedGold: 1 });
    expect(report.overall.precision).toBeCloseTo(0.25);
    expect(report.overall.recall).toBe(1);
    expect(report.falsePositives).toHaveLength(3);
  });

  it('finds the matching that pairs the most facts', () => {
    // p1 fits both gold facts, p2 only the first: a greedy pass could pair p1 with g1 and leave g2 alone.
    const g1 = gold({ key: '案件' });
    const g2 = gold({ key: '查处' });
    const p1 = predicted({ metric: '立案查处案件' });
    const p2 = predicted({ metric: '质量案件' });
    const report = scoreFacts([p1, p2], [g1, g2]);
    expect(report.overall.matchedGold).toBe(2);
    expect(report.misses).toEqual([]);
  });

  it('pairs two facts of equal value with the gold facts of their own text, for context accuracy', () => {
    // Same type, unit and value twice in one document: the pairing must not cross them over.
    const review = gold({ key: '增长', metric: '收入增长', value: 2, unit: '%', period: '2025', text: '预算收入增长2%' });
    const plan = gold({ key: '增长', metric: '收入增长', value: 2, unit: '%', period: '2026', text: '预算收入增长2%左右' });
    const planned = predicted({ metric: '收入增长', value: 2, unit: '%', period: '2026', text: '预算收入增长2%左右' });
    const reported = predicted({ metric: '收入增长', value: 2, unit: '%', period: '2025', text: '预算收入增长2%' });
    const report = scoreFacts([reported, planned], [review, plan]);
    expect(report.overall.matchedGold).toBe(2);
    expect(report.context.period.agree).toBe(2);
  });

  it('matches named facts by name without 《》, spaces or case, each name once per document', () => {
    const report = scoreFacts(
      [
        predicted({ type: 'standard', name: 'gb/t19580-2012', value: null, unit: null, metric: '标准' }),
        predicted({ type: 'standard', name: 'GB/T 19580-2012', value: null, unit: null, metric: '标准' }),
        predicted({ type: 'policy', name: '《质量发展纲要》', value: null, unit: null, metric: '纲要' }),
      ],
      [
        gold({ type: 'standard', name: 'GB/T 19580-2012', key: '', value: null, unit: null }),
        gold({ type: 'policy', name: '质量发展纲要', key: '', value: null, unit: null }),
        gold({ type: 'policy', name: '质量发展纲要', key: '', value: null, unit: null }),
      ],
    );
    expect(report.overall).toMatchObject({ predicted: 2, gold: 2, matchedPredicted: 2, matchedGold: 2 });
    expect(normaliseName(' 《Ab C》')).toBe('abc');
  });

  it('counts predictions in a listed document without gold facts', () => {
    const report = scoreFacts([predicted({ doc: 'empty' })], [gold({})], { docs: ['d1', 'empty'] });
    expect(report.overall.predicted).toBe(1);
    expect(report.overall.precision).toBe(0);
    expect(report.overall.recall).toBe(0);
  });

  it('scores by type and by category', () => {
    const report = scoreFacts(
      [predicted({}), predicted({ type: 'rate', unit: '%', value: 90, metric: '合格率', category: 'pass_rate' })],
      [gold({}), gold({ type: 'rate', unit: '%', value: 95, key: '合格率', category: 'pass_rate' })],
    );
    expect(report.byType.count).toMatchObject({ precision: 1, recall: 1 });
    expect(report.byType.rate).toMatchObject({ precision: 0, recall: 0 });
    expect(report.byCategory.pass_rate!.gold).toBe(1);
    const text = formatReport(report, true);
    expect(text).toContain('by type');
    expect(text).toContain('MISSES');
    expect(text).toMatch(/rate\s+1\s+1\s+0\.0/);
  });
});

describe('loadGold', () => {
  it('reads the gold facts and the document list beside them', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'qmine-gold-'));
    writeFileSync(path.join(dir, 'set.jsonl'), `${JSON.stringify(gold({}))}\n\n`);
    writeFileSync(path.join(dir, 'set-docs.txt'), 'd1\nd9\n');
    const { gold: facts, docs } = loadGold(path.join(dir, 'set.jsonl'));
    expect(facts).toHaveLength(1);
    expect(docs).toEqual(['d1', 'd9']);
  });
});
