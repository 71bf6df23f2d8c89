import type { Stage } from '../../core/stage';
import { normaliseText } from '../text/normalise';
import { loadNormaliseRules, NORMALISE_RULES_FILE } from '../text/normalise-rules';

/**
 * The normalised layer: widths folded, pinyin annotations removed, thousands and stray spaces dropped,
 * quotes and Chinese punctuation unified, traditional script simplified; mapped back to the clean layer.
 */
export const normaliseStage: Stage = {
  name: 'normalise',
  code: __filename,
  requires: ['clean'],
  provides: ['norm'],
  reads: [NORMALISE_RULES_FILE],
  run(doc, ctx) {
    const clean = doc.clean!;
    const rules = loadNormaliseRules(ctx.dictionaries);
    const { text, map, notes } = normaliseText(clean.text, rules);
    doc.norm = clean.derive(text, map);
    // The title too, so that it reads and is searched like the text (吉林質(zhì)監(jiān) → 吉林质监).
    if (doc.meta.title) doc.meta.title = normaliseText(doc.meta.title, rules).text.trim() || doc.meta.title;
    for (const { rule, note } of notes) doc.messages.push({ stage: 'normalise', level: 'info', text: note, rule });
  },
};
