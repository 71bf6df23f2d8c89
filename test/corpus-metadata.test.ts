import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFile } from '../corpus/read';
import { loadRegionIndex, REGIONS_FILE, type RegionConfig } from '../pipeline/metadata/regions';
import { loadReportYearRules, reportYear } from '../pipeline/metadata/report-year';
import { Dictionaries } from '../core/dictionaries';
import { newDocument, TextLayer } from '../core/document';
import { cleanStage } from '../pipeline/stages/clean';
import { metadataStage } from '../pipeline/stages/metadata';
import { normaliseStage } from '../pipeline/stages/normalise';
import { OffsetMap } from '../core/offset-map';
import { describeShared } from './shared-material';

const dictionaries = new Dictionaries(path.resolve(__dirname, '..', 'dictionaries'));
const ctx = { dictionaries };
const SHARED = path.resolve(__dirname, '..', '..', 'shared', 'corpus');
const regions = loadRegionIndex(dictionaries);
const yearRules = loadReportYearRules(dictionaries);

/** Runs the metadata stage over a normalised text given directly. */
function metaOf(text: string, meta: { title?: string; date?: string; region?: string } = {}) {
  const doc = newDocument(
    { id: 't', path: 't.txt', record: null, sha256: '', encoding: 'utf-8', format: 'text', mojibake: false },
    text,
    meta,
  );
  doc.norm = new TextLayer(text, OffsetMap.identity(text.length));
  metadataStage.run(doc, ctx);
  return doc.meta;
}

describe('region and year rules (data files) hold for their examples', () => {
  const config = dictionaries.json<RegionConfig>(REGIONS_FILE);
  it('short names of divisions', () => {
    for (const [full, short] of config.shortNameExamples) expect(regions.shortName(full), full).toBe(short);
  });
  it('self-reference levels', () => {
    for (const [text, level] of config.selfReferenceExamples) {
      const counts = regions.selfReferenceLevel(text);
      const top = (Object.entries(counts) as [string, number][]).sort((a, b) => b[1] - a[1])[0]![0];
      expect(top, text).toBe(level);
    }
  });
  it('self-reference counts (the bare 自治区 of an autonomous region)', () => {
    for (const [text, level, count] of config.selfReferenceCountExamples) expect(regions.selfReferenceLevel(text)[level], text).toBe(count);
  });
  for (const rule of yearRules) {
    it(`report year rule ${rule.id}`, () => {
      for (const [text, year] of rule.examples) expect(rule.regex.exec(text)?.[1], text).toBe(year);
    });
  }
});

describe('regions from the administrative divisions', () => {
  it('knows provinces, prefectures and autonomous prefectures by full and short names, with GB/T 2260 codes', () => {
    expect(regions.lookup('吉林省')).toMatchObject({ name: '吉林省', code: '220000', level: 'province' });
    expect(regions.lookup('吉林')).toMatchObject({ name: '吉林省' });
    expect(regions.lookup('吉林市')).toMatchObject({ name: '吉林市', level: 'prefecture', provinceCode: '220000' });
    expect(regions.lookup('甘南藏族自治州')).toMatchObject({ name: '甘南州', fullName: '甘南藏族自治州', code: '623000' });
    expect(regions.lookup('甘南州')).toMatchObject({ code: '623000' });
    expect(regions.lookup('驻马店')).toMatchObject({ name: '驻马店市', code: '411700' });
    expect(regions.lookup('广西')).toMatchObject({ name: '广西壮族自治区' });
    expect(regions.lookup('海南州')).toMatchObject({ fullName: '海南藏族自治州' });
    expect(regions.lookup('海南')).toMatchObject({ name: '海南省' });
  });

  it('chooses the level the document speaks at', () => {
    expect(metaOf('全省质监系统认真履职。江西省产品质量稳步提升，全省抽查合格率为93.6%。南昌市、九江市抽查合格率较高。').region).toBe(
      '江西省',
    );
    expect(metaOf('全州质量工作会议召开。甘南州全年抽查产品120批次，全州合格率为95%。甘肃省质监局有关负责人出席。').region).toBe('甘南州');
    expect(metaOf('上海市质量工作会议召开。全市产品质量抽查合格率为95.1%，全市立案查处案件120起。南京市代表团参加交流。').region).toBe(
      '上海市',
    );
    // Contract v1.1: a document speaking for the whole country is about 全国.
    expect(metaOf('全国产品质量抽查合格率为91%。我国质量发展取得成效。全国各地、江苏省、浙江省积极推进。国务院部署。').region).toBe('全国');
    expect(metaOf('今年质量工作取得新进展。').region).toBeNull();
  });

  it('keeps a region the source states and adds its code', () => {
    expect(metaOf('全市质量工作会议召开。', { region: '安徽省' })).toMatchObject({ region: '安徽省', regionCode: '340000' });
  });
});

describe('the year a report is about', () => {
  it('is the year it says it reviews', () => {
    expect(reportYear('会议回顾总结了2014年全省质监工作，研究部署2015年工作任务。', '2015-03-20', yearRules)?.year).toBe('2014');
  });
  it('is the year before an early-year report that looks back on the past year', () => {
    // A page archived years after the sampling it reports takes the year its opening names…
    expect(reportYear('2009年12月，某省质监局开展了紫菜质量监督抽查，共抽查30批次。', '2017-10-14', yearRules)).toEqual({
      year: '2009',
      rule: 'archived-page-opening-year',
    });
    // …not when it names the year of its date or counts from it (去年).
    expect(reportYear('2009年12月开展的抽查，去年再次开展。', '2017-10-14', yearRules)?.year).toBe('2017');
    expect(reportYear('总结过去一年全州质量发展工作，安排部署今年工作。', '2017-02-27', yearRules)?.year).toBe('2016');
    expect(reportYear('2012年，全省抽查合格率为92%。2012年全年立案300起。力争2013年合格率达到93%。', '2013-02-05', yearRules)?.year).toBe(
      '2012',
    );
  });
  it('is the publication year otherwise, or the year named most', () => {
    expect(reportYear('贯彻落实质量发展纲要的体会。', '2012-07-02', yearRules)?.year).toBe('2012');
    expect(reportYear('2010年抽查合格率为90%，2010年立案300起，2011-2020年规划。', null, yearRules)?.year).toBe('2010');
    expect(reportYear('没有年份。', null, yearRules)).toBeNull();
  });
  it('is not overwritten when already known', () => {
    const doc = newDocument({ id: 't', path: 't', record: null, sha256: '', encoding: 'utf-8', format: 'text', mojibake: false }, 'x', {
      year: '1999',
    });
    const text = '回顾总结了2014年工作';
    doc.norm = new TextLayer(text, OffsetMap.identity(text.length));
    metadataStage.run(doc, ctx);
    expect(doc.meta.year).toBe('1999');
  });
});

describeShared('seeds: region and report year', () => {
  const expected: [string, string, string[] | null][] = [
    ['000_dd95faeabfea5de3', '福建省', ['2014', '2015']],
    ['001_89be426e7c975824', '浙江省', null],
    ['002_9c78c00f42dfebba', '吉林省', ['2008']],
    ['003_d3d6f289842401a2', '甘南州', ['2016']],
    ['004_7624235b4c0c48e9', '驻马店市', ['2012']],
  ];
  for (const [id, region, years] of expected) {
    it(`${id}: ${region} ${years?.join('/') ?? ''}`, () => {
      const item = readFile(path.join(SHARED, 'seeds', `${id}.txt`))[0]!;
      if (item.kind !== 'document') throw new Error(item.error.cause);
      const doc = item.doc;
      cleanStage.run(doc, ctx);
      normaliseStage.run(doc, ctx);
      metadataStage.run(doc, ctx);
      expect(doc.meta.region).toBe(region);
      expect(doc.meta.regionCode).toMatch(/^\d{6}$/);
      if (years) expect(years).toContain(doc.meta.year);
    });
  }
});
