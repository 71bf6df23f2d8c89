import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFile } from '../corpus/read';
import { Dictionaries } from '../core/dictionaries';
import { newDocument, TextLayer } from '../core/document';
import { OffsetMap } from '../core/offset-map';
import { loadRegionIndex, REGIONS_FILE, type RegionConfig } from '../pipeline/metadata/regions';
import { loadReportYearRules, reportYear } from '../pipeline/metadata/report-year';
import { cleanStage } from '../pipeline/stages/clean';
import { metadataStage } from '../pipeline/stages/metadata';
import { normaliseStage } from '../pipeline/stages/normalise';

/**
 * The document scope of plain pages without metadata (a scraped page saved as .txt): its own region, down to
 * county level, and its report year, which every fact inherits (contract v1.1, region and period). The pages
 * in test/fixtures/pages are our own, written in the style of such pages.
 */

const dictionaries = new Dictionaries(path.resolve(__dirname, '..', 'dictionaries'));
const ctx = { dictionaries };
const PAGES = path.resolve(__dirname, 'fixtures', 'pages');

function metaOf(text: string, title: string | null = null) {
  const doc = newDocument(
    { id: 't', path: 't.txt', record: null, sha256: '', encoding: 'utf-8', format: 'text', mojibake: false },
    text,
    title ? { title } : {},
  );
  doc.norm = new TextLayer(text, OffsetMap.identity(text.length));
  metadataStage.run(doc, ctx);
  return doc.meta;
}

function pageMeta(file: string) {
  const item = readFile(path.join(PAGES, file))[0]!;
  if (item.kind !== 'document') throw new Error(item.error.cause);
  cleanStage.run(item.doc, ctx);
  normaliseStage.run(item.doc, ctx);
  metadataStage.run(item.doc, ctx);
  return item.doc.meta;
}

describe('a county speaks for itself (regions down to county level)', () => {
  const config = dictionaries.json<RegionConfig>(REGIONS_FILE);
  for (const [text, title, region] of config.countyExamples) {
    it(`${title} → ${region}`, () => expect(metaOf(text, title).region).toBe(region));
  }
  it('gives a county document the county code, inside its prefecture', () => {
    const meta = metaOf('我县今年共抽查企业30家，全县合格率为95%。', '长兴县质监局通报');
    expect(meta).toMatchObject({ region: '长兴县' });
    expect(meta.regionCode).toMatch(/^3305\d\d$/);
    expect(loadRegionIndex(dictionaries).selfReferenceLevel('全县上下，县委县政府').county).toBe(3);
  });
  it('does not hear a county’s voice in its bodies named after it (苍南县县委、县政府): a national story stays national', () => {
    const text =
      '本报讯 记者从国家工商行政管理局获悉：据全国9个省统计，近期受阻案件达50起，仅湖北、安徽两省就有20起。去年11月，江西省乐平市工商所5名执法人员遭到围攻。' +
      '今年1月，浙江省平阳县某工商所查获假冒商标3万套，平阳县县委、县政府高度重视，公安部门已立案调查。';
    expect(loadRegionIndex(dictionaries).selfReferenceLevel(text).county).toBe(0);
    expect(metaOf(text, '国家工商行政管理局通报暴力抗法案件').region).toBe('全国');
  });
  it('runs the named-body examples (regions.json namedBodyExamples)', () => {
    const config = dictionaries.json<RegionConfig>(REGIONS_FILE);
    for (const [text, county] of config.namedBodyExamples)
      expect(loadRegionIndex(dictionaries).selfReferenceLevel(text).county, text).toBe(county);
  });
  it('reads a province’s name in a park after a county’s (长兴县台湾产业园) as the park’s, not a mention of the province', () => {
    const regions = loadRegionIndex(dictionaries);
    const park = regions.mentions('省质检院一行听取了长兴县台湾农民创业园管委会的介绍，将为长兴县提供检测服务。');
    expect([...park.values()].map((m) => m.region.name)).not.toContain('台湾省');
    const visit = regions.mentions('省质检院一行赴台湾交流，参观了当地的农民创业园。');
    expect([...visit.values()].map((m) => m.region.name)).toContain('台湾省');
  });
  it('leaves a county named in a prefecture or province report to that report', () => {
    expect(metaOf('全市抽查合格率为92%。全市立案80起。其中安吉县抽查企业30家。', '湖州市质量工作情况').region).toBe('湖州市');
  });
});

describe('scraped pages: region and report year', () => {
  const expected: [string, { region: string; year: string; date?: string }][] = [
    ['county-bulletin.txt', { region: '安吉县', year: '2012', date: '2012-07-10' }],
    ['early-year-review.txt', { region: '平阳县', year: '2018' }],
    ['national-check.txt', { region: '全国', year: '2010' }],
    ['national-agency-once.txt', { region: '全国', year: '2011' }],
    ['province-news.txt', { region: '福建省', year: '2011' }],
    ['spring-annual-report.txt', { region: '平阳县', year: '2018', date: '2019-05-06' }],
    // The bulletin's signature dates it (二〇一三年六月五日), not the headlines of other pages below it.
    ['county-signature.txt', { region: '长兴县', year: '2013', date: '2013-06-05' }],
    // Traditional script: its labels (發佈時間) are read as the simplified ones; 全區 is the district's own word.
    ['traditional-page.txt', { region: '顺德区', year: '2010', date: '2010-06-18' }],
    ['dated-in-text.txt', { region: '东营市', year: '2010', date: '2010-01-15' }],
  ];
  for (const [file, want] of expected) {
    it(`${file}: ${want.region} ${want.year}`, () => expect(pageMeta(file)).toMatchObject(want));
  }
});

describe('who a page’s lead names first: a national agency or a province’s body', () => {
  const config = dictionaries.json<RegionConfig>(REGIONS_FILE);
  for (const [title, text, region] of config.leadExamples) {
    it(`${title} → ${region}`, () => expect(metaOf(`${title}\n${text}`, title).region).toBe(region));
  }
  it('does not take an agency named in a document’s title as the actor', () => {
    expect(
      metaOf(
        '根据《质检总局关于开展品牌价值评价工作的通知》，安徽省品牌建设促进会组织专家开展评价。共评价景区9个。',
        '品牌价值评价工作完成',
      ).region,
    ).not.toBe('全国');
  });
  it('keeps a national agency’s page on one province only with that province', () => {
    expect(metaOf('质检总局近日通报江西省某企业生产的电线电缆抽查不合格。该批产品共120卷。', '质检总局通报').region).toBe('江西省');
  });
});

describe('REGION-LEAD-BRANCH: a bureau’s branch the lead names by its place is the page’s actor (regions.json branchExamples)', () => {
  const config = dictionaries.json<RegionConfig>(REGIONS_FILE);
  for (const [title, text, region] of config.branchExamples) {
    it(`${title || text.slice(0, 16)} → ${region}`, () =>
      expect(metaOf(title ? `${title}\n${text}` : text, title || null).region).toBe(region));
  }
  it('does not read a police or a bureau’s own word before 分局 as a place (北京市公安分局)', () => {
    expect(metaOf('北京市公安分局近日破获假冒化肥案件3起，全市共查扣化肥20吨。', '公安分局破获假冒化肥案').region).toBe('北京市');
  });
});

describe('REGION-TITLE-PREFECTURE: a title naming one prefecture and no other place heads that prefecture’s page (regions.json titlePrefectureExamples)', () => {
  const config = dictionaries.json<RegionConfig>(REGIONS_FILE);
  for (const [title, text, region] of config.titlePrefectureExamples) {
    it(`${title} → ${region}`, () => expect(metaOf(`${title}\n${text}`, title).region).toBe(region));
  }
  it('keeps the province when the title names two of its prefectures', () => {
    expect(
      metaOf('全省抽查电线电缆。全省共抽查80批次，合格率为90%，南京、苏州两市企业较多。', '江苏省通报南京、苏州电线抽查结果').region,
    ).toBe('江苏省');
  });
});

describe('a page published in a year about the year before', () => {
  const rules = loadReportYearRules(dictionaries);
  it('takes the year before its date that its title names, in any month', () => {
    expect(reportYear('现将产品质量状况分析如下。全年抽查420批次。', '2019-05-06', rules, '某县2018年度产品质量状况分析报告')).toEqual({
      year: '2018',
      rule: 'title-names-past-year',
    });
    // …and an earlier year only when the text never counts from its date (an archived page).
    expect(reportYear('共抽查30批次。', '2017-10-14', rules, '2009年紫菜质量抽查结果')?.year).toBe('2009');
    expect(reportYear('今年再次开展抽查，共抽查30批次。', '2017-10-14', rules, '2009年紫菜质量抽查结果')?.year).toBe('2017');
    // A range or a target in the title names no period of its own.
    expect(reportYear('共抽查30批次。', '2012-05-06', rules, '质量发展纲要(2011-2020年)实施情况')?.year).toBe('2012');
  });
  it('takes the year before when, up to mid-year, the page is on its results', () => {
    expect(reportYear('近日，省局公布了2010年全省产品质量监督抽查结果。2010年共抽查5600批次。', '2011-04-20', rules)).toEqual({
      year: '2010',
      rule: 'results-of-past-year',
    });
    expect(reportYear('2010年共抽查5600批次。2010年合格率为90%。今年一季度抽查800批次。', '2011-04-20', rules)?.year).toBe('2011');
    expect(reportYear('2010年共抽查5600批次。2010年合格率为90%。', '2011-09-20', rules)?.year).toBe('2011');
  });
});

describe('a page with no date of its own', () => {
  it('takes no year from the headlines of other pages listed below it', () => {
    const meta = pageMeta('related-list.txt');
    expect(meta.date ?? null).toBeNull();
    expect(meta.year ?? null).toBeNull();
    expect(meta.region).toBe('烟台市');
  });
});
