import { describe, expect, it } from 'vitest';
import { fieldAgrees, regionStem, scoreContext } from '../output/context-score';
import { formatReport, scoreFacts, type GoldFact, type ScoredFact } from '../output/eval';

describe('context accuracy as facts.md scores it', () => {
  it('drops administrative suffixes and ethnic names from regions', () => {
    expect(regionStem('甘南藏族自治州')).toBe('甘南');
    expect(regionStem('甘南州')).toBe('甘南');
    expect(regionStem('新疆维吾尔自治区')).toBe('新疆');
    expect(regionStem('黔东南苗族侗族自治州')).toBe('黔东南');
    expect(regionStem('湘西土家族苗族自治州')).toBe('湘西');
    expect(regionStem('吉林省')).toBe('吉林');
    expect(regionStem('迭部县')).toBe('迭部');
    expect(regionStem('全国')).toBe('全国');
  });

  it('compares each field the contract way', () => {
    expect(fieldAgrees('region', '甘南州', '甘南藏族自治州')).toBe(true);
    expect(fieldAgrees('region', '吉林省', '吉林市')).toBe(true); // both stem to 吉林, as the contract scores
    expect(fieldAgrees('region', '全国', null)).toBe(false);
    expect(fieldAgrees('subject', '广州家具', '家具')).toBe(true);
    expect(fieldAgrees('subject', '家具', '广州家具')).toBe(false);
    expect(fieldAgrees('subject', null, null)).toBe(true);
    expect(fieldAgrees('subject', '产品', null)).toBe(false);
    expect(fieldAgrees('period', '2011-2015', '2011-2015')).toBe(true);
    expect(fieldAgrees('period', '2015', '2011-2015')).toBe(false);
    expect(fieldAgrees('category', 'sampling', 'pass_rate')).toBe(false);
  });

  it('scores each field on its own and lists the disagreements', () => {
    const { byField, disagreements } = scoreContext([
      { predicted: { doc: 'd', period: '2009', region: '湖南', subject: null }, gold: { period: '2009', region: '湖南省', subject: null } },
      {
        predicted: { doc: 'd', period: '2010', region: null, subject: '乳制品' },
        gold: { period: '2009', region: '湖南省', subject: '乳' },
      },
    ]);
    expect(byField.period).toEqual({ agree: 1, total: 2, accuracy: 0.5 });
    expect(byField.region.agree).toBe(1);
    expect(byField.subject.accuracy).toBe(1);
    expect(disagreements.map((d) => `${d.field}:${d.gold}→${d.predicted}`)).toEqual(['period:2009→2010', 'region:湖南省→null']);
  });

  it('reports context accuracy on matched facts only, and --show lists disagreements', () => {
    const gold: GoldFact = {
      doc: 'd1',
      type: 'count',
      category: 'enforcement',
      key: '案件',
      metric: '立案查处案件',
      value: 10,
      unit: '起',
      bound: 'exact',
      status: 'actual',
      period: '2008',
      region: '吉林省',
      subject: null,
      name: null,
      text: '立案查处案件10起',
    };
    const matched: ScoredFact = {
      doc: 'd1',
      type: 'count',
      category: 'sampling',
      metric: '立案查处案件',
      value: 10,
      unit: '起',
      name: null,
      period: '2008',
      region: '吉林',
      subject: null,
      status: 'actual',
    };
    const unmatched: ScoredFact = { ...matched, value: 11, period: '1999' };
    const report = scoreFacts([matched, unmatched], [gold]);
    expect(report.context.period).toEqual({ agree: 1, total: 1, accuracy: 1 });
    expect(report.context.region.accuracy).toBe(1);
    expect(report.context.category.accuracy).toBe(0);
    const text = formatReport(report, true);
    expect(text).toMatch(/category\s+0\.0\s+\(0\/1\)/);
    expect(text).toContain('category enforcement → sampling');
  });

  it('pairs table cells alike in text by column (metric), then by row (context fields agreeing)', () => {
    const cell = (region: string, metric: string, value: number): GoldFact => ({
      doc: 't',
      type: 'count',
      category: 'sampling',
      key: '批次',
      metric,
      value,
      unit: '批次',
      bound: 'exact',
      status: 'actual',
      period: '2012',
      region,
      subject: '中型企业',
      name: null,
      text: String(value),
    });
    const predictedCell = (gold: GoldFact): ScoredFact => ({
      doc: gold.doc,
      type: 'count',
      category: 'sampling',
      metric: gold.metric,
      value: gold.value,
      unit: gold.unit,
      name: null,
      text: gold.text,
      period: gold.period,
      region: gold.region,
      subject: gold.subject,
      status: 'actual',
    });
    // Two rows (甲省, 乙省) of one table give equal 0 cells in two columns; the tool read every cell right.
    const gold = [
      cell('甲省', '中型企业标注不合格批次', 0),
      cell('乙省', '中型企业标注不合格批次', 0),
      cell('甲省', '中型企业检验不合格批次', 0),
    ];
    const predicted = [...gold].reverse().map(predictedCell);
    const report = scoreFacts(predicted, gold);
    expect(report.overall.f1).toBe(1);
    expect(report.context.region).toEqual({ agree: 3, total: 3, accuracy: 1 });
    // A cell read into the wrong row still disagrees: pairing never makes a wrong fact right.
    const wrongRow = [predictedCell(gold[0]!), { ...predictedCell(gold[1]!), region: '丙省' }, predictedCell(gold[2]!)];
    expect(scoreFacts(wrongRow, gold).context.region.agree).toBe(2);
  });
});
