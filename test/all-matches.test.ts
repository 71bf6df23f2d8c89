import { describe, expect, it } from 'vitest';
import { allMatches } from '../pipeline/text/all-matches';

/** What String.prototype.matchAll yields, as plain data to compare. */
const viaMatchAll = (regex: RegExp, text: string) => [...text.matchAll(regex)].map((m) => [m.index, ...m]);
const viaAllMatches = (regex: RegExp, text: string) => allMatches(regex, text).map((m) => [m.index, ...m]);

describe('allMatches', () => {
  it('gives the matches matchAll gives, groups and positions included', () => {
    const text = '2010年至2015年，全省抽查合格率达到90.5%，较2009年提高2个百分点。';
    for (const regex of [/(\d{4})年/g, /(?<![至到])(\d{4})年(?:至(\d{4})年)?/g, /[，。]/g, /合格率/g, /无此词/g]) {
      expect(viaAllMatches(regex, text)).toEqual(viaMatchAll(regex, text));
    }
  });

  it('yields empty matches and steps past them as matchAll does, by code point in unicode mode', () => {
    const text = '五年来𠮷，质量';
    for (const regex of [/(?=年)|来?/g, /x*/g, /x*/gu, /(?:)/gu]) {
      expect(viaAllMatches(regex, text)).toEqual(viaMatchAll(regex, text));
    }
  });

  it('leaves the regex ready for another search and refuses one that is not global', () => {
    const regex = /年/g;
    allMatches(regex, '五年来');
    expect(regex.lastIndex).toBe(0);
    expect(() => allMatches(/年/, '五年')).toThrow(/global/);
  });
});
