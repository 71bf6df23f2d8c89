import { describe, expect, it } from 'vitest';
import { Dictionaries } from '../core/dictionaries';
import { forEachMatch, loadVetoes } from '../pipeline/extract/rules';
import { vetoMatches } from '../pipeline/extract/veto-matches';

const vetoes = loadVetoes(new Dictionaries());

/** What scanning the sentence with every rule gives, as vetoMatches reports it. */
function scanned(sentence: string): { start: number; end: number; priority: number; rule: string }[] {
  const found: { start: number; end: number; priority: number; rule: string }[] = [];
  for (const { rule, regex } of vetoes) {
    forEachMatch(regex, sentence, (m) =>
      found.push({ start: m.index, end: m.index + m[0].length, priority: rule.priority, rule: rule.id }),
    );
  }
  return found;
}

describe('vetoMatches: the not-a-fact rules matched once per sentence text', () => {
  const sentences = ['2024年6月15日起，全省共检查企业3家。', '第三季度抽查了12批次，合格率为91.7%。', '年龄在60岁以上的老年人占比为20%。'];

  it('gives every rule match of the sentence, at offsets inside it', () => {
    for (const sentence of sentences) expect(vetoMatches(vetoes, sentence)).toEqual(scanned(sentence));
    expect(vetoMatches(vetoes, sentences[0]!).some((m) => m.rule === 'nf.date' && m.start === 0)).toBe(true);
  });

  it('gives a repeated sentence what it gave the first time, and another rule set its own', () => {
    const first = vetoMatches(vetoes, sentences[1]!);
    expect(vetoMatches(vetoes, sentences[1]!)).toBe(first);
    const fewer = vetoes.filter((veto) => veto.rule.id !== 'nf.ordinal');
    expect(vetoMatches(fewer, sentences[1]!).some((m) => m.rule === 'nf.ordinal')).toBe(false);
    expect(first.some((m) => m.rule === 'nf.ordinal')).toBe(true);
  });
});
