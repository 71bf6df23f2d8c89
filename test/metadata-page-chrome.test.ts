import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dictionaries } from '../core/dictionaries';
import { newDocument } from '../core/document';
import { issuerDivision } from '../pipeline/metadata/issuer';
import { loadPlaceIndex } from '../pipeline/metadata/places';
import { loadRegionIndex, REGIONS_FILE, type RegionConfig } from '../pipeline/metadata/regions';
import { cleanStage } from '../pipeline/stages/clean';
import { metadataStage } from '../pipeline/stages/metadata';
import { normaliseStage } from '../pipeline/stages/normalise';

/**
 * The region and year of a page that names its own place or date only in its chrome (contract v1.1: the document's
 * own region and report year are what its figures fall back to; 我市, 全县 refer to the document's own region): the
 * issuing body on its source line, in its footer or its page title; a page whose body names only districts of one
 * city; a page dated in the Republic era. Diagnosis classes REGION-NO-PLACE, REGION-DISTRICTS-ONLY,
 * REGION-PROV-PREFIX, REGION-OWN-CITY, PERIOD-OUTSIDE. Every page below is our own, written in the style of the
 * pages of bureaus and news sites.
 */

const dictionaries = new Dictionaries(path.resolve(__dirname, '..', 'dictionaries'));
const ctx = { dictionaries };

function pageMeta(raw: string, format: 'text' | 'html' = 'text') {
  const doc = newDocument(
    { id: 'p', path: `p.${format === 'html' ? 'html' : 'txt'}`, record: null, sha256: '', encoding: 'utf-8', format, mojibake: false },
    raw,
  );
  cleanStage.run(doc, ctx);
  normaliseStage.run(doc, ctx);
  metadataStage.run(doc, ctx);
  return { ...doc.meta, rules: doc.messages.filter((m) => m.stage === 'metadata').map((m) => m.rule) };
}

const lines = (...parts: string[]) => parts.join('\n');

describe('the issuer a page’s chrome names is its region when the body names none (rule chrome-issuer)', () => {
  it('a county bureau’s news that says only 我县 and 全县, its sponsor in the footer', () => {
    const page = lines(
      '开展春季农资产品专项检查',
      '发布日期：2019年4月3日',
      '近日，我局组织执法人员对全县农资经营门店开展专项检查，共检查门店46家，抽取化肥样品18批次。',
      '下一步，我县将继续加大农资市场监管力度。',
      '主办单位：武义县人民政府办公室  承办：武义县大数据中心',
    );
    expect(pageMeta(page)).toMatchObject({ region: '武义县', year: '2019', rules: ['chrome-issuer', 'publication-date'] });
  });
  it('a city bureau’s notice whose source line names the bureau, dated in brackets', () => {
    const page = lines(
      '电梯安全专项检查情况通报',
      '【2017-03-02】 来源：宜昌市市场监督管理局',
      '去年以来，本市共检查在用电梯3200台，发现隐患电梯126台，全部督促整改到位。',
      '全市新增电梯维保单位8家。',
    );
    expect(pageMeta(page)).toMatchObject({ region: '宜昌市', date: '2017-03-02', year: '2016' });
  });
  it('a district’s page whose owner stands before 版权所有 in the footer', () => {
    const page = lines(
      '全区食品小作坊整治工作推进会召开',
      '2022-06-15 10:20',
      '会议通报了全区食品小作坊整治进展，全区已完成登记小作坊215家，关停不合格作坊17家。',
      'Copyright 2022 某某.gov.cn 南浔区人民政府 版权所有',
    );
    expect(pageMeta(page)).toMatchObject({ region: '南浔区', year: '2022' });
  });
  it('a page on the site of a government whose page title names it after the article’s', () => {
    const html =
      '<html><head><title>关于2020年第三季度产品质量抽查情况的通报 - 长丰县人民政府</title></head><body>' +
      '<div class="content"><h1>关于2020年第三季度产品质量抽查情况的通报</h1><p>本季度我局共抽查县内生产企业产品62批次，合格57批次，批次合格率为91.9%。' +
      '对抽查不合格的5批次产品，已责令企业限期整改，整改后复查合格。全县产品质量总体稳定。</p></div></body></html>';
    expect(pageMeta(html, 'html')).toMatchObject({ region: '长丰县', site: '长丰县人民政府' });
  });
  it('a government disclosure page: its publisher and its date of writing in the index lines', () => {
    const page = lines(
      '索引号：某某-2016-00031  发布机构：泾县市场监督管理局',
      '成文日期：2016年01月20日',
      '关于去年食品安全监督抽检情况的通报',
      '去年，我局共完成食品安全监督抽检840批次，合格812批次，合格率96.7%。',
    );
    expect(pageMeta(page)).toMatchObject({ region: '泾县', date: '2016-01-20', year: '2015' });
  });
  it('a Taiwan page dated 中華民國…年 on a line of its own', () => {
    const page = lines('市售玩具抽驗結果', '中華民國107年5月8日', '來源：經濟部標準檢驗局', '本局抽驗市售玩具60件，不合格6件。');
    expect(pageMeta(page)).toMatchObject({ region: '台湾省', date: '2018-05-08', year: '2018' });
  });
  it('a Taiwan page: its bureau names no place, its date is of the Republic era', () => {
    const page = lines(
      '市售電暖器商品檢驗結果',
      '發布日期：106年1月20日  來源：經濟部標準檢驗局',
      '本局於市場購買電暖器30件進行檢驗，其中5件不符合規定，已通知業者限期改正。',
    );
    expect(pageMeta(page)).toMatchObject({ region: '台湾省', date: '2017-01-20', year: '2017' });
  });
  it('a Hong Kong page: its customs names no place either', () => {
    const page = lines('海關檢獲冒牌手袋', '2018年5月8日 來源：香港海關', '海關人員在一間商舖檢獲約350件懷疑冒牌手袋，估計市值約20萬元。');
    expect(pageMeta(page)).toMatchObject({ region: '香港特别行政区', year: '2018' });
  });
});

describe('the body’s own region outweighs the chrome', () => {
  it('keeps a province reposted by a national news site', () => {
    const page = lines(
      '河南省公布上半年产品质量抽查结果',
      '发布时间：2021-07-20 来源：中国质量新闻网',
      '近日，河南省市场监管局公布上半年产品质量监督抽查结果，全省共抽查产品3600批次，合格率为93.5%。',
    );
    expect(pageMeta(page).region).toBe('河南省');
  });
  it('keeps a province’s review reposted by one of its cities (the body speaks as the province)', () => {
    const page = lines(
      '全省质量工作会议召开',
      '来源：洛阳市市场监督管理局',
      '会议指出，去年全省共抽查产品1.2万批次，合格率为94%。全省新增河南省名牌产品120个，全省质量工作取得新进展。',
    );
    expect(pageMeta(page).region).toBe('河南省');
  });
  it('keeps a place the body names that does not hold the issuer', () => {
    const page = lines(
      '对口支援企业质量帮扶活动启动',
      '来源：宜昌市市场监督管理局',
      '日前，甘南州质量技术监督局组织专家对当地12家企业开展质量帮扶，甘南州各县市场监管部门参加。',
    );
    expect(pageMeta(page).region).toBe('甘南州');
  });
  it('narrows a province the body names only in a label to the district bureau the chrome names (chrome-issuer-within)', () => {
    const page = lines(
      '区市场监管局推进品牌培育',
      '来源：常州市武进区市场监督管理局',
      '今年全区完成12家“江苏精品”重点培育企业的推荐，全区新增注册商标3200件。',
    );
    expect(pageMeta(page)).toMatchObject({ region: '武进区', rules: ['chrome-issuer-within', 'most-named-year'].slice(0, 1) });
  });
});

describe('a page whose body names only districts or counties of one city (rule counties-prefecture)', () => {
  it('is about the city that holds them', () => {
    const page = lines(
      '本次抽查按区域分析如下。',
      '伍家岗区抽查120批次，合格112批次；远安县抽查86批次，合格80批次；秭归县抽查40批次，合格37批次。合计246批次。',
    );
    expect(pageMeta(page)).toMatchObject({ region: '宜昌市', rules: ['counties-prefecture'] });
  });
  it('is about the municipality whose districts it names', () => {
    expect(pageMeta('门头沟区新增检测机构12家，石景山区新增9家，丰台区新增5家。').region).toBe('北京市');
  });
  it('is about none of them when the page names places of other provinces too', () => {
    const page = '各地推进量化分级管理。北京、湖北、四川等地强化了工作要求，仙桃市、天门市和潜江市已全部完成评定。';
    expect(pageMeta(page).region).not.toBe('湖北省');
  });
  it('is about no one city when its districts lie in two cities', () => {
    expect(pageMeta('伍家岗区抽查120批次，长兴县抽查86批次，合格率均在90%以上。').region).toBeNull();
  });
});

describe('a county-level city’s bureau named after its province (REGION-PROV-PREFIX)', () => {
  it('is the city’s news though its prefecture is named as often, each name once (成都市 is one mention of 成都)', () => {
    const page = lines(
      '2021年，四川省都江堰市市场监管局全面完成各项工作任务，为都江堰市高质量发展营造良好环境。',
      '该局完成成都市下达的食品安全抽检任务1200批次，3户企业被评为成都市守信示范企业。',
    );
    expect(pageMeta(page).region).toBe('都江堰市');
  });
  it('is the prefecture’s when the page names the prefecture more often', () => {
    const page = lines(
      '2021年，四川省都江堰市市场监管局完成各项工作任务。',
      '成都市市场监管局通报，成都市全年抽检食品3万批次，成都市合格率为98%。',
    );
    expect(pageMeta(page).region).not.toBe('都江堰市');
  });
});

describe('a place ranked in its province does not speak as the province (rankFrame, REGION-OWN-CITY)', () => {
  const config = dictionaries.json<RegionConfig>(REGIONS_FILE);
  it('runs the rank-frame examples (regions.json rankFrameExamples)', () => {
    const regions = loadRegionIndex(dictionaries);
    for (const [text, province] of config.rankFrameExamples) expect(regions.selfReferenceLevel(text).province, text).toBe(province);
  });
  it('leaves a city’s page that ranks itself in its province with the city', () => {
    const page = lines(
      '新一批老字号名单公示，淄博5家企业上榜，数量并列全省第一。',
      '我市此前共有老字号43家，数量位居全省第2位。我市将加大老字号保护力度，全省老字号企业将共享资源。',
    );
    expect(pageMeta(page).region).toBe('淄博市');
  });
});

describe('the body named by a site (regions.json chromeIssuer, chromeBodies)', () => {
  const config = dictionaries.json<RegionConfig>(REGIONS_FILE);
  const places = loadPlaceIndex(dictionaries);
  const regions = loadRegionIndex(dictionaries);
  for (const [site, region] of config.chromeExamples) {
    it(`${site} → ${region}`, () => {
      const division = issuerDivision(site, places, regions);
      const name =
        division && division.level !== 'county' ? (regions.lookup(division.name)?.name ?? division.name) : (division?.name ?? null);
      expect(name).toBe(region);
    });
  }
});

describe('a place that gives the page’s place help is not its place (giverAfterPlace)', () => {
  const config = dictionaries.json<RegionConfig>(REGIONS_FILE);
  for (const [text, region] of config.giverExamples) {
    it(`${text.slice(0, 24)}… → ${region}`, () => expect(pageMeta(text).region).toBe(region));
  }
});

describe('a place named as the venue of a meeting or a ceremony is not the page’s place (venueAfterPlace)', () => {
  const config = dictionaries.json<RegionConfig>(REGIONS_FILE);
  for (const [text, region] of config.venueExamples) {
    it(`${text.slice(0, 24)}… → ${region}`, () => expect(pageMeta(text).region).toBe(region));
  }
});

describe('a commissioned laboratory’s place and a province’s cities listed as examples are not the page’s place', () => {
  const config = dictionaries.json<RegionConfig>(REGIONS_FILE);
  for (const [text, region] of config.commissionedExamples) {
    it(`${text.slice(0, 24)}… → ${region}`, () => expect(pageMeta(text).region).toBe(region));
  }
});

describe('a site’s name or an issuer written in a plain page’s header lines (read as its title)', () => {
  it('a government site’s name above the article', () => {
    const page = lines(
      '武义县人民政府网',
      '开展春季农资产品专项检查',
      '近日，我局组织执法人员对全县农资经营门店开展专项检查，共检查门店46家。',
    );
    expect(pageMeta(page).region).toBe('武义县');
  });
  it('a title ending with the government whose site it is', () => {
    expect(pageMeta(lines('关于开展电梯安全检查的通知 - 宜昌市人民政府', '全市检查电梯420台，合格410台。')).region).toBe('宜昌市');
  });
  it('a bureau written as the issuer of what follows (…质量技术监督局 发布)', () => {
    expect(pageMeta(lines('泸州市质量技术监督局 发布', '全市抽查食品相关产品60批次，合格57批次。')).region).toBe('泸州市');
  });
});
