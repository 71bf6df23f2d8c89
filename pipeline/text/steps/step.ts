import type { OffsetMap } from '../../../core/offset-map';
import type { NormaliseRules } from '../normalise-rules';

/**
 * The result of one normalisation step. `map` takes the step's output back to its input; null means the
 * output has exactly the input's code points positions (nothing changed, or each code point was replaced
 * by one code point), which lets the chain skip composing identity maps.
 */
export interface StepResult {
  text: string;
  map: OffsetMap | null;
  /** What the step found worth recording (script variant, counts), or null. */
  note?: string | null;
}

export type NormaliseStep = (text: string, rules: NormaliseRules) => StepResult;

export function unchanged(text: string): StepResult {
  return { text, map: null };
}
