import type { Token } from '../../core/document';
import { subjectStart } from './coordinated-subject';

/**
 * The subject with the prefix glued before it that the run of nouns left out (非/h 化石能源 → 非化石能源): a
 * prefix (tag h: 非, 准, 超) turns the noun into another thing, so the subject without it names its opposite.
 */
export function withGluedPrefix(words: readonly Token[], subject: string): string {
  const start = subjectStart(words, subject);
  if (start <= 0) return subject;
  const before = words[start - 1]!;
  return before.tag === 'h' && before.end === words[start]!.start ? before.word + subject : subject;
}
