import { describe, expect, it } from 'vitest';
import { RATED_THINGS_FILE } from '../pipeline/extract/rated-thing';
import { byValue, dictionaries, factsOf } from './extract-helpers';

type Example = [string, number, string | null];

/**
 * Contract v1.1, subject: the thing a figure is about, not the measure. Session 24: a rate whose metric is the thing
 * rated, the act and the rate noun (河湖建成率, 污水治理率, 堤防达标率) is about that thing when nothing else names a
 * subject; sampling results, polls, contributions and economy-wide or land measures stay null.
 */
describe('subject: the thing a rate’s own metric rates (session 24)', () => {
  const file = dictionaries.json<{ examples: Example[] }>(RATED_THINGS_FILE);
  it('runs the examples of rated-things.json through the pipeline', () => {
    for (const [text, value, expected] of file.examples) expect(byValue(factsOf(text), value).subject, text).toBe(expected);
  });
  it('reads the thing of a share and of a list of things sharing one rate', () => {
    expect(byValue(factsOf('全区智能停车泊位占比提高到85%。'), 85).subject).toBe('智能停车泊位');
    expect(byValue(factsOf('乡镇燃气、农村电网普及率均达到95%。'), 95).subject).toBe('乡镇燃气、农村电网');
  });
  it('leaves a poll of the region’s people null', () => {
    expect(byValue(factsOf('全区社会治安满意率达到93%。'), 93).subject).toBeNull();
  });
});
