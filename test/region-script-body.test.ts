import { describe, expect, it } from 'vitest';
import { CROSS_STRAIT_FILE } from '../core/divisions';
import { byValue, dictionaries, factsOf } from './extract-helpers';

describe('REGION-SAR-CUSTOMS-SCRIPT: a traditional-script page whose lead sends 海关 out names Hong Kong (cross-strait.json)', () => {
  const file = dictionaries.json<{ scriptBodyExamples: [string, string, number, string | null][] }>(CROSS_STRAIT_FILE);
  it('gives its figures that region, and none to a simplified page or to the nation’s customs', () => {
    for (const [title, text, value, region] of file.scriptBodyExamples) {
      const page = title ? `${title}\n\n${text}` : text;
      expect(byValue(factsOf(page), value).region, page).toBe(region);
    }
  });
});
