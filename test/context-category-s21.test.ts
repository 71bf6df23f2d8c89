import { describe, expect, it } from 'vitest';
import { categoryOf, loadCategoryCues } from '../pipeline/scope/category';
import { byValue, dictionaries, factsOf } from './extract-helpers';

/**
 * Category classes of session 21 (categories.tsv and category-words.json, ids CAT-… in their comments), found in
 * sets 25, 27, 29, 32, 33, 34, 35 and 37: sentences of our own in the style of those documents.
 */

const cues = loadCategoryCues(dictionaries);
const categoryIn = (text: string, value: number) => byValue(factsOf(text), value).category;

describe('CAT-PATROL: patrols, audits, orders, forfeits and fines as enforcement staff write them', () => {
  it('takes a customs patrol and a joint audit as enforcement', () => {
    expect(categoryOf('海关巡查电器铺', 'count', cues)).toBe('enforcement');
    expect(categoryIn('海关今年已在各区进行逾500次巡查。', 500)).toBe('enforcement');
    expect(categoryIn('联合稽核小组上月在各县执行18次联合稽核。', 18)).toBe('enforcement');
  });
  it('takes an order to a shop, goods forfeited and a fine written with 罚 as enforcement', () => {
    expect(categoryIn('海关勒令3间商铺将货品存放在指定地点。', 3)).toBe('enforcement');
    expect(categoryIn('该商行被充公约一百件玩具。', 100)).toBe('enforcement');
    expect(categoryIn('供应商因标示不实被判罚5万元。', 50000)).toBe('enforcement');
    expect(categoryIn('妨碍检查者再罚2万元。', 20000)).toBe('enforcement');
  });
  it('takes staff sent out as enforcement, before the equipment they check', () => {
    expect(categoryIn('该局全年共出动人员1800余人次。', 1800)).toBe('enforcement');
    expect(categoryIn('全年锅炉安全监察出动90余人次。', 90)).toBe('enforcement');
  });
  it('leaves a patrol that finds problems to put right, and a work-safety assessment, to other', () => {
    expect(categoryOf('“街面巡查”发现整改问题', 'count', cues)).not.toBe('enforcement');
    expect(categoryOf('开展消防工作考核巡查', 'count', cues)).not.toBe('enforcement');
  });
});

describe('CAT-SENTENCE-TOPIC: the work a sentence reports types the bare items it counts', () => {
  it('takes instruments and places counted in a verification as metrology', () => {
    expect(categoryIn('上半年依法开展强制检定，共检定血压计300只、台秤120台。', 120)).toBe('metrology');
    expect(categoryIn('市质监局表示，本次检查内容为电子秤是否经过检定，涉及景区5处、超市16家。', 16)).toBe('metrology');
  });
  it('takes zones, grades and projects counted in standards work as standard', () => {
    expect(categoryIn('加快推进农业标准化工作，全县已建成示范区8个。', 8)).toBe('standard');
    expect(categoryIn('创建标准化良好行为AAAA级企业2家，AAA级企业5家。', 5)).toBe('standard');
  });
  it('takes firms, products and places counted in a brand scheme as brand', () => {
    expect(categoryIn('目前全县获得省名牌产品的企业有12家，产品17种。', 17)).toBe('brand');
    expect(categoryIn('全省地理标志保护范围覆盖9个市。', 9)).toBe('brand');
  });
  it('keeps what a rate or a change measures, and leaves an adjective or a bare 品牌 alone', () => {
    expect(categoryIn('全省地理标志产品增加到40个，农村自来水普及率达95%。', 95)).not.toBe('brand');
    expect(categoryIn('建设标准化社区食堂30个。', 30)).not.toBe('standard');
    expect(categoryIn('打造文旅品牌，全年接待游客8000万人次。', 80000000)).not.toBe('brand');
  });
});
