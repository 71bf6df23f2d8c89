import { describe, expect, it } from 'vitest';
import { byValue, factsOf } from './extract-helpers';

/**
 * An adjective the segmenter split off a subject's compound narrows it and stays (contract v1.1, subject: the
 * shortest form that keeps what narrows it): 清洁/a 能源, 紧急/a 救援中心, 大/a 吊灯. One that rates rather than narrows
 * (主要, 良好), one glued after a numeral (6大: six major) or after a verb it completes (调高) stays out.
 */
describe('subject: a narrowing adjective glued before its nouns', () => {
  it('keeps the adjective of a measured thing', () => {
    expect(byValue(factsOf('全省清洁能源装机占比提高到58%。'), 58).subject).toBe('清洁能源');
  });
  it('keeps the adjective of a counted thing', () => {
    expect(byValue(factsOf('全年有120所紧急救援中心投入使用。'), 120).subject).toBe('紧急救援中心');
    expect(byValue(factsOf('展厅里那盏大吊灯标价9万元。'), 90000).subject).toBe('大吊灯');
  });
  it('leaves out an adjective after a numeral or a verb it completes', () => {
    expect(byValue(factsOf('培育3大特色产业集群，产值增长9%。'), 9).subject ?? '').not.toContain('大特色');
    expect(byValue(factsOf('连续4次调高城乡居民养老金。'), 4).subject ?? '').not.toContain('高城乡');
  });
});

/**
 * An abbreviation glued after the lexicon's head, before the measure it is measured by, is the compound's own head
 * (城乡居民/n 医保/j 人均财政补助标准: the scheme, not the residents): it stays in the subject.
 */
describe('subject: an abbreviation that goes on the compound before its measure', () => {
  it('keeps 医保 after 居民', () => {
    expect(byValue(factsOf('城镇居民医保人均补助提高到520元。'), 520).subject).toBe('城镇居民医保');
  });
  it('leaves a plain group alone', () => {
    expect(byValue(factsOf('全县农村居民人均可支配收入增长7%。'), 7).subject).toBe('农村居民');
  });
});
