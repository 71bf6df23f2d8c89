/**
 * The plan-title-periods document pass: a policy whose title names a five-year plan (`《…第十五个五年规划纲要(草案)》`,
 * `《中共…关于制定…第十五个五年规划的建议》`, `《“十四五”市场监管现代化规划》`) refers to the plan's years (`2026-2030`),
 * not to the year of the report that cites it; a short name for that document (`《纲要草案》`, `《纲要(草案)》`,
 * `《建议》`, titles.json `references` after its draft marks) refers to the same years. The plan names and their
 * years are context/time.json `planPeriods`; a title without one keeps the period its sentence gave it.
 */
import type { Dictionaries } from '../../../core/dictionaries';
import type { ExtractedFact } from '../../../core/document';
import { loadTimeRules } from '../../scope/time';
import { loadLexicons } from '../lexicons';

/** The title without trailing brackets and draft marks (`纲要（草案）` → `纲要`, `纲要草案` → `纲要`). */
function shortStem(name: string, draftMarks: readonly string[]): string {
  let stem = name.replace(/\s+/g, '');
  for (;;) {
    const next = stem.replace(/[(（][^()（）]*[)）]$/, '');
    const mark = draftMarks.find((word) => next.endsWith(word) && next.length > word.length);
    const shorter = mark ? next.slice(0, -mark.length) : next;
    if (shorter === stem) return stem;
    stem = shorter;
  }
}

/** The name with single quotes as the plan patterns read them: a name keeps the page's `‘十二五’` (titles.ts marksAsWritten). */
function withDoubleQuotes(name: string): string {
  return name.replaceAll('‘', '“').replaceAll('’', '”');
}

export function datePlanTitles(facts: ExtractedFact[], dictionaries: Dictionaries): ExtractedFact[] {
  const policies = facts.filter((f) => f.type === 'policy' && f.name);
  if (policies.length === 0) return facts;
  const time = loadTimeRules(dictionaries);
  const titles = loadLexicons(dictionaries).titles;
  /** The years of the plan a full title names, by the document-type word its stem ends with (`纲要`, `建议`). */
  const planYears = new Map<string, string>();
  for (const fact of policies) {
    time.plan.lastIndex = 0;
    const named = time.plan.exec(withDoubleQuotes(fact.name!));
    const years = named ? time.planPeriods.get(named[1] ?? named[2]!) : undefined;
    if (!years) continue;
    fact.period = years;
    const stem = shortStem(fact.name!, titles.draftMarks);
    for (const word of titles.references) if (stem.endsWith(word) && !planYears.has(word)) planYears.set(word, years);
  }
  if (planYears.size === 0) return facts;
  for (const fact of policies) {
    const years = planYears.get(shortStem(fact.name!, titles.draftMarks));
    if (years) fact.period = years;
  }
  return facts;
}
