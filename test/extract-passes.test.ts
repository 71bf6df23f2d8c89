import { describe, expect, it } from 'vitest';
import { DOCUMENT_PASSES, extractFacts, SENTENCE_PASSES } from '../pipeline/extract/extractor';
import { loadExtractor, sentenceContext, type SentenceContext } from '../pipeline/extract/pass';
import { SentenceView } from '../pipeline/extract/sentence';
import { processText } from '../pipeline/pipeline';
import { dictionaries, pipeline } from './extract-helpers';

/** Runs the sentence passes over the first sentence of `text`, up to and including `last`. */
function runUpTo(text: string, last: string): SentenceContext {
  const { doc } = processText(text, 'passes', pipeline);
  const sentence = doc.sentences![0]!;
  const tokens = (doc.tokens ?? []).filter((t) => t.start >= sentence.start && t.end <= sentence.end);
  const view = new SentenceView(doc.norm!.text, sentence.start, sentence.end, sentence.order, tokens);
  const context = sentenceContext(view, doc, loadExtractor(dictionaries), []);
  for (const pass of SENTENCE_PASSES) {
    if (pass.run(context) === false) break;
    if (pass.name === last) break;
  }
  return context;
}

describe('extraction passes', () => {
  it('are named and ordered: names before numerals, vetoes before typing, facts last', () => {
    const names = SENTENCE_PASSES.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.indexOf('names')).toBeLessThan(names.indexOf('vetoes'));
    expect(names.indexOf('quantities')).toBeLessThan(names.indexOf('typing'));
    expect(names.indexOf('vetoes')).toBeLessThan(names.indexOf('typing'));
    expect(names.at(-1)).toBe('quantity-facts');
    expect(DOCUMENT_PASSES.map((p) => p.name)).toContain('short-titles');
    expect(DOCUMENT_PASSES.map((p) => p.name)).toContain('plan-title-periods');
  });

  it('fill one context object in turn', () => {
    const context = runUpTo('全年立案查处案件120起，罚没款35.5万元。', 'typing');
    expect(context.numerals.length).toBe(2);
    expect(context.quantities.map((q) => q.unit)).toEqual(['起', '元']);
    expect(context.kept.map((q) => context.typed.get(q)!.rule.rule.then.type)).toEqual(['count', 'amount']);
    expect(context.facts).toEqual([]);
  });

  it('end a sentence early when a pass finds nothing for the next ones', () => {
    const context = runUpTo('依照《产品质量法》开展监督检查。', 'quantity-facts');
    expect(context.named.map((n) => n.name)).toEqual(['产品质量法']);
    expect(context.numerals).toEqual([]);
    expect(context.vetoes).toEqual([]);
  });

  it('codes and titles block their numerals from the typing pass', () => {
    const context = runUpTo('执行GB 7718-2011标准，抽检120批次。', 'typing');
    expect(context.blocked.length).toBeGreaterThan(0);
    expect(context.kept.map((q) => q.unit)).toEqual(['批次']);
  });

  it('type the next item of a list like the item before it, unless that rule is for another unit', () => {
    const listed = runUpTo('投诉案件分别减少21起、5件。', 'typing');
    expect(listed.kept.map((q) => listed.typed.get(q)!.rule.rule.id)).toEqual(['change.absolute', 'change.absolute']);
    const days = runUpTo('优良天数比上年增加20天、8条河流水质消除劣V类。', 'typing');
    expect(days.kept.map((q) => days.typed.get(q)!.rule.rule.id)).toEqual(['change.days', 'count.classifier']);
  });

  it('give the facts the whole extractor gives', () => {
    const { doc, facts } = processText('全年立案查处案件120起，罚没款35.5万元。', 'passes', pipeline);
    expect(extractFacts(doc, dictionaries).map((f) => [f.type, f.value, f.unit])).toEqual(facts.map((f) => [f.type, f.value, f.unit]));
  });
});
