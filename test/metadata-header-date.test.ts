import { describe, expect, it } from 'vitest';
import { loadBoilerplateRules, normaliseDate } from '../pipeline/clean/boilerplate';
import { headerLineDate } from '../pipeline/metadata/header-date';
import { processText } from '../pipeline/pipeline';
import { dictionaries, pipeline } from './extract-helpers';

/**
 * Page dates in forms the header reading missed: day first with slashes as Hong Kong and Macau pages stamp them
 * (16/5/2024 13:54), and a labelled date line a traditional page wrote with pinyin inside its words, read again
 * on the normalised text (pipeline/metadata/header-date.ts). Our own lines.
 */
const rules = loadBoilerplateRules(dictionaries);

describe('dates written day first with slashes', () => {
  it('reads day, month and year, and a month first date when the second figure cannot be a month', () => {
    expect(normaliseDate('16/5/2024 13:54')).toBe('2024-05-16');
    expect(normaliseDate('3/11/2023')).toBe('2023-11-03');
    expect(normaliseDate('5/16/2024')).toBe('2024-05-16');
    expect(normaliseDate('20.02.2017')).toBe('2017-02-20');
  });
  it('reads no date in a fraction or a longer run of figures', () => {
    expect(normaliseDate('1/3/20245')).toBeNull();
    expect(normaliseDate('32/13/2024')).toBeNull();
  });
  it('dates a page stamped under its title, and its figures take the year', () => {
    const { doc, facts } = processText(
      '某会测试多款电风扇 两款噪音超标\n8/7/2023 10:21\n某会测试了12款电风扇，其中2款噪音超标。',
      'hk-date',
      pipeline,
    );
    expect(doc.meta.year).toBe('2023');
    expect(facts.find((f) => f.value === 12)?.period).toBe('2023');
  });
});

describe('a labelled date line read on the normalised text', () => {
  it('reads the date of a header line once pinyin is out of its words', () => {
    expect(headerLineDate({ text: '某区开展计量检查\n发布时间：2008-03-12\n作者：\n近期，某区局开展了计量检查。', rules })).toBe(
      '2008-03-12',
    );
  });
  it('dates a traditional page whose date label carries pinyin', () => {
    const text = '某區開展計量檢查工作\n發(fā)布時(shí)間:2008-03-12\n近期,某區局檢查了9家加油站的35台加油機(jī)。';
    const { doc } = processText(text, 'pinyin-date', pipeline);
    expect(doc.meta.year).toBe('2008');
  });
  it('reads no date from a related headline nor from a sentence of the body', () => {
    expect(headerLineDate({ text: '某县开展儿童玩具专项抽查 2016-03-01\n正文', rules })).toBeNull();
    expect(headerLineDate({ text: '标题\n2010年1月15日10时，全县共出动执法人员326人次。', rules })).toBeNull();
  });
});
