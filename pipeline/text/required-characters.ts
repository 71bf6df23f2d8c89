/**
 * What every match of a regular expression must hold, read from its source: the plain characters no quantifier
 * makes optional (`(?<list>…)等(?:…)` needs 等), in the pattern's sequence and in the groups and lookaheads and
 * lookbehinds it must pass through, and for a group of alternatives one character of each (`(?:名称|牌子)` needs
 * 名 or 牌). A text lacking them holds no match, so a rule run over every sentence can skip most sentences without
 * a search: the patterns of list rules try every starting position of a sentence before failing, which is where
 * the extract stage spent most of its regex time.
 *
 * The reading is deliberately short-sighted, so that what it returns is always truly required: character classes,
 * escapes and negative lookarounds are stepped over, and a case-insensitive or `v`-mode pattern, or one written with
 * syntax it does not know, needs nothing (an answer of "nothing" only costs speed).
 */

const kept = new WeakMap<RegExp, readonly string[]>();

/**
 * What every match of `regex` holds, as a list of conditions that all hold: each a string of characters of which a
 * match holds at least one (one character when the pattern writes it plainly). Compiled once per regex object.
 */
export function requiredCharacters(regex: RegExp): readonly string[] {
  let found = kept.get(regex);
  if (!found) kept.set(regex, (found = readRequired(regex.source, regex.flags)));
  return found;
}

/** Whether `text` holds what a match of `regex` needs: false means no match is possible. */
export function mayMatch(regex: RegExp, text: string): boolean {
  for (const condition of requiredCharacters(regex)) if (!holdsOneOf(text, condition)) return false;
  return true;
}

function holdsOneOf(text: string, characters: string): boolean {
  for (const ch of characters) if (text.includes(ch)) return true;
  return false;
}

/** A condition of more characters than this is dropped: testing it would cost about what the search does. */
const MAX_CHOICES = 12;
const QUANTIFIER = /^\{(\d+)(?:,\d*)?\}/;
const SYNTAX = new Set(['^', '$', '.', '|', '(', ')', '[', ']', '{', '}', '*', '+', '?', '\\']);

function readRequired(source: string, flags: string): readonly string[] {
  if (flags.includes('i') || flags.includes('v')) return [];
  const reader: Reader = { source, pos: 0, unknown: false };
  const alternatives = readAlternatives(reader);
  return reader.unknown || reader.pos < source.length ? [] : either(alternatives);
}

interface Reader {
  source: string;
  pos: number;
  /** Set on syntax the reader does not know (a group head such as `(?i:`): the pattern then needs nothing. */
  unknown: boolean;
}

/** The conditions of each alternative from `reader.pos` to the `)` closing the group (left unread) or the end. */
function readAlternatives(reader: Reader): string[][] {
  const alternatives: string[][] = [];
  let conditions: string[] = [];
  const { source } = reader;
  while (reader.pos < source.length) {
    const at = reader.pos;
    const ch = source[at]!;
    if (ch === ')') break;
    if (ch === '|') {
      alternatives.push(conditions);
      conditions = [];
      reader.pos++;
      continue;
    }
    let found: string[] = [];
    if (ch === '\\') reader.pos += escapeLength(source, at);
    else if (ch === '[') reader.pos = classEnd(source, at);
    else if (ch === '{') reader.pos += QUANTIFIER.exec(source.slice(at, at + 24))?.[0].length ?? 1;
    else if (ch === '(') found = readGroup(reader);
    else {
      reader.pos++;
      // Half of a character beyond the BMP: in `u` mode a quantifier after it applies to the whole pair.
      if (!SYNTAX.has(ch) && !/[\uD800-\uDFFF]/.test(ch)) found = [ch];
    }
    if (!optionalQuantifier(source, reader.pos)) conditions.push(...found);
  }
  alternatives.push(conditions);
  return alternatives;
}

/** The conditions of the group opening at `reader.pos`, which is left after its `)`: none for a negative lookaround. */
function readGroup(reader: Reader): string[] {
  const head = /^\((?:\?(?:<=|<!|[:=!]|<[A-Za-z_$][\w$]*>))?/.exec(reader.source.slice(reader.pos, reader.pos + 64))![0];
  if (head === '(' && reader.source[reader.pos + 1] === '?') reader.unknown = true;
  reader.pos += head.length;
  const alternatives = readAlternatives(reader);
  reader.pos++;
  return head === '(?!' || head === '(?<!' ? [] : either(alternatives);
}

/**
 * What holds whichever alternative matches: all of one alternative's conditions when there is one, else one
 * condition made of a condition of each (the fewest characters), none when an alternative needs nothing.
 */
function either(alternatives: string[][]): string[] {
  if (alternatives.length === 1) return alternatives[0]!;
  let choices = '';
  for (const conditions of alternatives) {
    if (conditions.length === 0) return [];
    const fewest = conditions.reduce((a, b) => (b.length < a.length ? b : a));
    for (const ch of fewest) if (!choices.includes(ch)) choices += ch;
  }
  return choices.length > MAX_CHOICES ? [] : [choices];
}

/** Whether a quantifier starting at `pos` lets its atom occur zero times (`?`, `*`, `{0,…}`). */
function optionalQuantifier(source: string, pos: number): boolean {
  const ch = source[pos];
  if (ch === '?' || ch === '*') return true;
  if (ch !== '{') return false;
  const bounds = QUANTIFIER.exec(source.slice(pos, pos + 24));
  // A brace that is no quantifier is a plain character in a pattern without `u`: the atom before counts as optional
  // rather than be reasoned about.
  return bounds === null || Number(bounds[1]) === 0;
}

/** The length of the escape at `pos` (`\s`, `\u4e00`, `\u{20000}`, `\p{Script=Han}`, `\k<name>`, `\12`). */
function escapeLength(source: string, pos: number): number {
  const kind = source[pos + 1];
  const braced = (open: string, close: string) => {
    if (source[pos + 2] !== open) return 2;
    const end = source.indexOf(close, pos + 3);
    return end < 0 ? source.length - pos : end + 1 - pos;
  };
  if (kind === 'u') return source[pos + 2] === '{' ? braced('{', '}') : 6;
  if (kind === 'x') return 4;
  if (kind === 'c') return 3;
  if (kind === 'p' || kind === 'P') return braced('{', '}');
  if (kind === 'k') return braced('<', '>');
  if (kind !== undefined && /[0-9]/.test(kind)) {
    let end = pos + 1;
    while (end < source.length && /[0-9]/.test(source[end]!)) end++;
    return end - pos;
  }
  return 2;
}

/** The position after the character class opening at `pos`. */
function classEnd(source: string, pos: number): number {
  let end = pos + 1;
  if (source[end] === '^') end++;
  // A `]` right at the start is the class's first member in no JavaScript mode: `[]` is the empty class.
  while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
  return end + 1;
}
