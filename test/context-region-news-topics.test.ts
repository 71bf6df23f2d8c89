import { describe, expect, it } from 'vitest';
import { processText } from '../pipeline/pipeline';
import { PLACES_FILE } from '../pipeline/metadata/places';
import { byValue, dictionaries, pipeline } from './extract-helpers';

/** Our own fixtures in the style of trade-news pages (contract v1.1, region). */
function factsOf(text: string) {
  return processText(text, 'region-news-fixture', pipeline).facts;
}

type Example = [string, number, string | null];

function examples(key: string): Example[] {
  return dictionaries.json<Record<string, Example[]>>(PLACES_FILE)[key]!;
}

describe('region: the place of the clause a news sentence has turned to (REGION-NEAREST-CLAUSE)', () => {
  it('runs the clause topic examples of places.json', () => {
    for (const [text, value, region] of examples('clauseTopicExamples')) expect(byValue(factsOf(text), value).region, text).toBe(region);
  });
  it('skips a mark the markup left before the sentence (【/h/】) when it reads the sentence’s opening', () => {
    const facts = factsOf(
      '宜昌市商标工作通报\n我市商标工作稳步推进。\n【/h/】本次认定的40个著名商标分布在全市各个行业，其中机械制造企业12家，占总数的30%。',
    );
    expect(byValue(facts, 12).region).toBe('宜昌市');
    expect(byValue(facts, 30).region).toBe('宜昌市');
  });
});

describe('region: the place a news paragraph has opened with (REGION-PARAGRAPH-PLACE)', () => {
  it('runs the paragraph place examples of places.json', () => {
    for (const [text, value, region] of examples('paragraphPlaceExamples')) expect(byValue(factsOf(text), value).region, text).toBe(region);
  });
});

describe('region: a treaty between nations is no Chinese region’s (REGION-INTERNATIONAL-TITLE)', () => {
  it('runs the international title examples of places.json', () => {
    const titled = dictionaries.json<{ internationalTitleExamples: [string, string, string | null][] }>(
      PLACES_FILE,
    ).internationalTitleExamples;
    for (const [text, name, region] of titled) expect(factsOf(text).find((f) => f.name === name)?.region, text).toBe(region);
  });
});

describe('region: an area of one province named by its short form and a direction (REGION-PROVINCE-AREA)', () => {
  it('runs the province area examples of places.json', () => {
    const areas = dictionaries.json<{ provinceAreaExamples: [string, number | string, string][] }>(PLACES_FILE).provinceAreaExamples;
    for (const [text, figure, region] of areas) {
      const facts = factsOf(text);
      const fact = typeof figure === 'number' ? byValue(facts, figure) : facts.find((f) => f.name === figure);
      expect(fact?.region, text).toBe(region);
    }
  });
});

describe('region: a standard titled national, and a place picked out of a list', () => {
  it('gives a standard whose title says it is national (食品安全国家标准…) the nation, whichever bureau enforces it', () => {
    const facts = factsOf('南京市质监局通知\n南京市质监局要求月饼生产企业按照《食品安全国家标准某某食品标签通则》，共检查企业30家。');
    expect(facts.find((f) => f.type === 'standard')?.region).toBe('全国');
  });
  it('gives the figures after 其中 and one place of the opening’s list that place (REGION-AMONG-LISTED)', () => {
    const facts = factsOf('某某晚报\n某家居品牌在天津、武汉、杭州、西安等地开有门店，其中杭州门店位于西湖区某路，营业面积3000平方米。');
    expect(byValue(facts, 3000).region).toBe('杭州市');
  });
});

describe('region: 前者 and 后者 point at the first or the last of the places named before (REGION-FORMER-LATTER)', () => {
  it('gives 前者 the first place, 后者 the last, and a clause going on with them the same', () => {
    const shares = factsOf(
      '某某商报\n鲜奶的份额逐年下滑，只有苏州和无锡两地仍然领先，前者占当地液态奶总量的21%，还高过酸奶的12.5%，后者占16%。',
    );
    expect(byValue(shares, 21).region).toBe('苏州市');
    expect(byValue(shares, 12.5).region).toBe('苏州市');
    expect(byValue(shares, 16).region).toBe('无锡市');
    const exports = factsOf('某某日报\n记者走访了温州、台州两地的鞋企，后者的出口额今年增长了12%。');
    expect(byValue(exports, 12).region).toBe('台州市');
  });
});

describe('region: the place of one who speaks is his own (REGION-SPEAKER-PLACE)', () => {
  it('leaves the speaker’s place when the clause after him names places of its own, keeps it when it names none', () => {
    const survey = factsOf(
      '某某日报\n湖南省茶叶协会秘书长也称，对福建、浙江、云南等产茶省的调研显示，春茶的采摘量普遍下降，而在价格上，品质好的也上涨了15%。',
    );
    expect(byValue(survey, 15).region).toBe('全国');
    const bureau = factsOf('某某日报\n延边州质监局负责人介绍，抽查了40批次，合格率为95%。');
    expect(byValue(bureau, 95).region).toBe('延边朝鲜族自治州');
  });
});

describe('region: a regulation (条例) whose title names no place is national', () => {
  it('gives a placeless 条例 the nation, a province’s its province, on a city’s news page', () => {
    const policy = (text: string, name: string) => factsOf(text).find((f) => f.type === 'policy' && f.name === name)?.region;
    const page = '东莞某某日报\n东莞市质监局昨日召开会议，东莞市企业代表参加。';
    expect(policy(`${page}有关部门透露，《家用电器召回管理条例》有望年内出台。`, '家用电器召回管理条例')).toBe('全国');
    expect(policy(`${page}会议传达了《广东省产品质量监督条例》的修订要点。`, '广东省产品质量监督条例')).toBe('广东省');
  });
});

describe('region: a count of things abroad is no Chinese region’s', () => {
  it('gives a count a foreign place qualifies right after it no region, on a page of a Chinese city', () => {
    const facts = factsOf('上海某家具公司新品发布会\n上海某家具公司昨日举行发布会，坐在前排的四个意大利代理商介绍了各自的产品。');
    expect(byValue(facts, 4).region).toBeNull();
  });
});

describe('region: a place inside a title a clause before the figure names (REGION-TITLE-BEFORE)', () => {
  it('runs the title-before examples of places.json', () => {
    for (const [text, value, region] of examples('titleBeforeExamples')) expect(byValue(factsOf(text), value).region, text).toBe(region);
  });
});

describe('region: a brand with no place named takes none, not the nation (REGION-COMPANY-NOT-NATION)', () => {
  it('runs the company brand examples of places.json', () => {
    const brands = dictionaries.json<{ companyBrandExamples: [string, string, string | null][] }>(PLACES_FILE).companyBrandExamples;
    for (const [text, name, region] of brands) {
      const fact = factsOf(text).find((f) => f.type === 'brand' && f.name === name);
      expect(fact, text).toBeDefined();
      expect(fact!.region, text).toBe(region);
    }
  });
});
