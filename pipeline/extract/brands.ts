/**
 * Brands in a brand scheme: `新申报甘南牦牛奶粉、迭部蕨麻猪等地理标志保护产品2个` names two brands of the
 * scheme 地理标志保护产品. The rule's pattern (rules/names.jsonl) captures the list (group 1) and the
 * scheme (group 2); the leading verb of the first name is stripped with lexicons/brand-schemes.json.
 */
import type { Lexicons } from './lexicons';
import { forEachMatch, type CompiledNameRule } from './rules';
import type { NamedThing } from './titles';

export function findBrands(
  text: string,
  from: number,
  to: number,
  rule: CompiledNameRule,
  lexicons: Lexicons,
  slice = text.slice(from, to),
): NamedThing[] {
  const found: NamedThing[] = [];
  if (!rule.regex) return found;
  if (!lexicons.brands.anyScheme.test(slice)) return found;
  forEachMatch(rule.regex, slice, (m) => {
    const list = m[1]!;
    const scheme = m[2]!;
    const listStart = from + m.index;
    const end = listStart + m[0].length;
    let offset = 0;
    for (const item of list.split('、')) {
      let name = item;
      let start = listStart + offset;
      offset += item.length + 1;
      if (start === listStart) {
        for (const verb of lexicons.brands.leadingVerbs) {
          if (name.startsWith(verb) && name.length > verb.length + 1) {
            name = name.slice(verb.length);
            start += verb.length;
            break;
          }
        }
      }
      name = name.replace(/^[“"‘']|[”"’']$/g, '');
      if (name.length < 2) continue;
      found.push({ type: 'brand', name, metric: scheme, start, end, rule: rule.id });
    }
  });
  return found;
}
