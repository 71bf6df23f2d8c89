import { readFileSync } from 'node:fs';

/** The dictionary files a JiebaTagTable is read from: equal keys, equal tables. */
export interface JiebaTagTableKey {
  dictPath: string;
  userDictPaths: readonly string[];
}

/**
 * A JiebaTagTable as a structured-cloneable object. Posting it to a worker thread (workerData,
 * postMessage) shares the buffers' memory, so every thread reads the one table.
 */
export interface SharedJiebaTagTable {
  key: JiebaTagTableKey;
  /** The distinct tags ('' for a user word given without one), indexed by the ids in `tagIds`. */
  tagNames: readonly string[];
  /** Uint16: the UTF-16 code units of every word, one word after the other. */
  chars: SharedArrayBuffer;
  /** Int32: where word i starts in `chars`; one more entry for the end of the last word. */
  wordStarts: SharedArrayBuffer;
  /** Uint16: the tag id of word i. */
  tagIds: SharedArrayBuffer;
  /** Int32, a power of two long: an open-addressing hash of the words, 1 + word index, 0 when empty. */
  slots: SharedArrayBuffer;
}

/** The typed-array views over a table's buffers (shared or still being built). */
interface Views {
  chars: Uint16Array;
  wordStarts: Int32Array;
  tagIds: Uint16Array;
  slots: Int32Array;
}

/**
 * An immutable word → tag table read from jieba's dictionaries, without a JS object per word: about
 * 9 MB of buffers for jieba's 349k-word dictionary, where a Map<string, string> takes about 60 MB of heap
 * in every thread that builds one.
 */
export class JiebaTagTable {
  private constructor(
    private readonly shared: SharedJiebaTagTable,
    private readonly views: Views,
  ) {}

  /**
   * The tags of `dictPath` (jieba.dict.utf8: `word freq tag` lines) and of the user dictionaries (`word`,
   * `word tag` or `word freq tag`); the last entry of a word wins, user dictionaries after the main one.
   */
  static build(dictPath: string, userDictPaths: readonly string[]): JiebaTagTable {
    const main = readFileSync(dictPath, 'utf8');
    const users = userDictPaths.map((file) => readFileSync(file, 'utf8'));
    const builder = new TableBuilder(
      [main, ...users].reduce((lines, text) => lines + countLines(text), 0),
      [main, ...users].reduce((chars, text) => chars + text.length, 0),
    );
    // Every line of the main dictionary has exactly three fields (cppjieba refuses to load it otherwise).
    for (let start = 0; start < main.length;) {
      let end = main.indexOf('\n', start);
      if (end < 0) end = main.length;
      const firstSpace = main.indexOf(' ', start);
      const lastSpace = main.lastIndexOf(' ', end - 1);
      if (firstSpace > start && lastSpace > firstSpace && lastSpace < end) {
        builder.set(main, start, firstSpace, main.slice(lastSpace + 1, end));
      }
      start = end + 1;
    }
    for (const text of users) {
      for (const line of text.split('\n')) {
        if (line === '') continue;
        const fields = cppSplit(line);
        // DictTrie::InserUserDictNode: `word`, `word tag` or `word freq tag`; other lines add nothing.
        const tag = fields.length === 1 ? '' : fields.length === 2 ? fields[1]! : fields.length === 3 ? fields[2]! : null;
        const word = fields[0]!;
        if (tag !== null && word !== '') builder.set(word, 0, word.length, tag);
      }
    }
    return builder.finish({ dictPath, userDictPaths: [...userDictPaths] });
  }

  /** A reader over a table another thread built (toShared()): its buffers are used as they are, not copied. */
  static fromShared(shared: SharedJiebaTagTable): JiebaTagTable {
    return new JiebaTagTable(shared, {
      chars: new Uint16Array(shared.chars),
      wordStarts: new Int32Array(shared.wordStarts),
      tagIds: new Uint16Array(shared.tagIds),
      slots: new Int32Array(shared.slots),
    });
  }

  get key(): JiebaTagTableKey {
    return this.shared.key;
  }

  /** The table as an object to post to a worker thread, where fromShared() reads it. */
  toShared(): SharedJiebaTagTable {
    return this.shared;
  }

  /** The tag the dictionaries give `word` ('' for a user word without one), or undefined when they lack it. */
  get(word: string): string | undefined {
    const entry = this.views.slots[probe(this.views, word, 0, word.length)]! - 1;
    return entry < 0 ? undefined : this.shared.tagNames[this.views.tagIds[entry]!];
  }
}

/**
 * Fills typed arrays sized for the worst case (every line a new word), then copies them to exact-size
 * shared ones; the hash slots, whose size is already final, are shared from the start.
 */
class TableBuilder {
  private readonly views: Views;
  private words = 0;
  private charsUsed = 0;
  private readonly tagIdOf = new Map<string, number>();

  constructor(maxWords: number, maxChars: number) {
    let slots = 1;
    while (slots < maxWords * 2 + 1) slots *= 2; // at most half full: short probe runs, and always an empty slot
    this.views = {
      chars: new Uint16Array(maxChars),
      wordStarts: new Int32Array(maxWords + 1),
      tagIds: new Uint16Array(maxWords),
      slots: new Int32Array(new SharedArrayBuffer(slots * Int32Array.BYTES_PER_ELEMENT)),
    };
  }

  /** Gives the word text[start, end) the tag, replacing the one it had. */
  set(text: string, start: number, end: number, tag: string): void {
    const { chars, wordStarts, tagIds, slots } = this.views;
    const slot = probe(this.views, text, start, end);
    let entry = slots[slot]! - 1;
    if (entry < 0) {
      entry = this.words++;
      for (let i = start; i < end; i++) chars[this.charsUsed++] = text.charCodeAt(i);
      wordStarts[entry + 1] = this.charsUsed;
      slots[slot] = entry + 1;
    }
    tagIds[entry] = this.idOf(tag);
  }

  finish(key: JiebaTagTableKey): JiebaTagTable {
    const { chars, wordStarts, tagIds, slots } = this.views;
    return JiebaTagTable.fromShared({
      key,
      tagNames: [...this.tagIdOf.keys()],
      chars: share(chars.subarray(0, this.charsUsed)),
      wordStarts: share(wordStarts.subarray(0, this.words + 1)),
      tagIds: share(tagIds.subarray(0, this.words)),
      slots: slots.buffer as SharedArrayBuffer,
    });
  }

  private idOf(tag: string): number {
    let id = this.tagIdOf.get(tag);
    if (id === undefined) {
      id = this.tagIdOf.size;
      if (id > 0xffff) throw new Error('jieba dictionaries: more than 65536 distinct tags');
      this.tagIdOf.set(tag, id);
    }
    return id;
  }
}

/** A copy of `array` in a SharedArrayBuffer of its exact size. */
function share(array: Uint16Array | Int32Array): SharedArrayBuffer {
  const buffer = new SharedArrayBuffer(array.byteLength);
  new Uint8Array(buffer).set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  return buffer;
}

/** The slot of the word text[start, end): the one holding it, or the empty one where it would go. */
function probe({ chars, wordStarts, slots }: Views, text: string, start: number, end: number): number {
  // FNV-1a over the UTF-16 code units, with a final mix so that the low bits used as the index vary.
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  hash ^= hash >>> 15;
  const mask = slots.length - 1;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const entry = slots[slot]! - 1;
    if (entry < 0) return slot;
    const from = wordStarts[entry]!;
    if (wordStarts[entry + 1]! - from !== end - start) continue;
    let i = 0;
    while (start + i < end && chars[from + i] === text.charCodeAt(start + i)) i++;
    if (start + i === end) return slot;
  }
}

function countLines(text: string): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

/** limonp::Split(line, " "): fields between single spaces; a trailing empty field is dropped. */
function cppSplit(line: string): string[] {
  const fields = line.split(' ');
  if (fields.length > 1 && fields[fields.length - 1] === '') fields.pop();
  return fields;
}
