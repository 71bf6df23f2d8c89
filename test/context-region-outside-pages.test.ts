import { describe, expect, it } from 'vitest';
import { REGIONS_FILE, type RegionConfig } from '../pipeline/metadata/regions';
import { dictionaries, factsOf } from './extract-helpers';

describe('REGION-TABLE-ROW: an autonomous region written with its ending cut to 区 in a table row (lexicons/regions.tsv)', () => {
  const regionsOf = (table: string) => factsOf(table).map((f) => [f.value, f.region]);

  it('reads 内蒙古区 and 宁夏区 in a national table as the autonomous regions', () => {
    const table = [
      '国家质检总局日前公布电线产品质量监督抽查结果。',
      '电线产品抽查情况汇总表',
      '序号 | 企业所在地 | 抽查企业数(家) | 抽查合格率(%)',
      '1 | 宁夏区 | 7 | 85.7',
      '2 | 内蒙古区 | 9 | 88.9',
    ].join('\n');
    expect(regionsOf(table)).toEqual([
      [7, '宁夏回族自治区'],
      [85.7, '宁夏回族自治区'],
      [9, '内蒙古自治区'],
      [88.9, '内蒙古自治区'],
    ]);
  });
  it('reads 广西区, 西藏区 and 新疆区 as rows of another layout', () => {
    const table = ['2016年童装抽查结果', '地区 | 抽查批次 | 不合格批次', '广西区 | 24 | 3', '西藏区 | 6 | 1', '新疆区 | 15 | 2'].join('\n');
    expect(regionsOf(table).filter(([value]) => value === 24 || value === 6 || value === 15)).toEqual([
      [24, '广西壮族自治区'],
      [6, '西藏自治区'],
      [15, '新疆维吾尔自治区'],
    ]);
  });
});

describe('REGION-DATELINE: the place a news dateline writes from is no figure’s place (corpus/regions.json datelineExamples)', () => {
  const config = dictionaries.json<RegionConfig & { datelineExamples: [string, string, number, string][] }>(REGIONS_FILE);
  for (const [title, text, value, region] of config.datelineExamples) {
    it(`${text.slice(0, 16)} → ${region}`, () => {
      const page = title ? `${title}\n${text}` : text;
      expect(factsOf(page).find((f) => f.value === value)?.region).toBe(region);
    });
  }
});

describe('REGION-PROV-PREFIX: an autonomous county named by its short name and 县 (corpus/regions.json ethnicNames)', () => {
  it('finds the county whatever people its full name names, with or without 族', () => {
    const regionOf = (text: string, value: number) => factsOf(text).find((f) => f.value === value)?.region;
    expect(regionOf('甘肃阿克塞县质监局上半年共检定计量器具320台。', 320)).toBe('阿克塞哈萨克族自治县');
    expect(regionOf('近日，塔什库尔干县市场监管局检查商户45家。', 45)).toBe('塔什库尔干塔吉克自治县');
    expect(regionOf('察布查尔县质监局今年抽查食品120批次。', 120)).toBe('察布查尔锡伯自治县');
  });
});
