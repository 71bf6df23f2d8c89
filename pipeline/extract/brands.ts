/**
 * Brands: the rules of kind `brand` in rules/names.jsonl, each a pattern with named groups. `name` captures
 * one brand (`假冒“红旗”牌白酒` → 红旗), `list` a list of them (`新申报甘南牦牛奶粉、迭部蕨麻猪等地理标志保护产品2个`),
 * `scheme` the brand scheme that becomes the metric (else the rule's `metric`). In a list each item is a
 * brand: its quoted part when it has one (`“金龙”大米` → 金龙), else the item without a leading verb; an item
 * ending like a company or a place (lexicons/brand-schemes.json `notBrandEndings`) is no brand, nor a word
 * of its NOT_NAME list (`山寨`, `品牌`) or a slogan opening with a count (`“三个代表”`).
 *
 * Options a brand rule may set (on top of the NameRule fields): `documentCue` (the rule only reads documents
 * that talk about brands at all, a word of the DOCUMENT_CUE list: a quoted pair `“A”PK“B”` compares brands in
 * an article on knock-offs, not in a work report); `itemTags` (every list item must hold a word with one of
 * these POS tags, a proper noun or a Latin or unknown word: `大米、茶叶两个区域品牌` lists kinds of product);
 * `kindTags` (with `itemTags`: an item holding no such word is still a brand when another item of the list holds
 * one, unless every word of it carries one of these tags, a kind of product such as 大米/n or 全县/n 大米/n; the segmenter
 * tags transliterated and coined names as places or cuts them up: `奥的斯`/ns, `美特斯`/ns `邦`/ng `威`/ns);
 * `notOneWordTags` (a list with an item that is one dictionary word with one of these tags lists kinds of product:
 * `牛羊肉、奶酪、马铃薯等…品牌`); `nameNotTags` (no word of the
 * name may carry one of these tags: a verb or a preposition makes it a slogan, `“投资湖南”品牌`, `“放心消费在X”品牌`);
 * `nameWords` (the name is cut from the words before the mark, see
 * NameWords: `标称宁波某厂生产的海鸥牌电热水壶` → 海鸥); `followedByTags` (the word right after the match must carry one
 * of these tags: `海鸥牌电热水壶` brands a product, `这块牌子` names none); `nameNotEndTags` (a name of two words or more may not end with a word carrying one of these tags: a place
 * name closing the name makes it a slogan about the place, `“清新福建”品牌`, while `“长城”牌` stays a brand);
 * `placeItems` (with `itemTags`: an item whose name opens with a Chinese division names that place's product, the way
 * regional and geographical-indication brands are written, `奉节脐橙`, `五常大米`, whatever tag the segmenter gives the
 * place, `奉节`/v, `五常`/t);
 * `wholeWordTags` (every list item must be one whole word carrying one of these tags: with no goods word after a
 * list, `假冒茅台酒、五粮液的案件`, a brand is a name of its own, where `进口奶粉`, `劣质保健品` or `以次充好` are
 * phrases describing goods or acts; an item that is no name, `商品` in `假冒伪劣商品和走私等`, makes the list one of
 * kinds or acts); `openingScheme` (a pattern of schemes: the rule also reads a sentence that names no scheme, and a
 * match whose pattern captured none, when the document's opening, its title and first paragraph, names a scheme the
 * pattern matches, which becomes the metric: an approval notice names the geographical-indication scheme in its
 * title, a brand list its umbrella scheme, and its sentences then list products or tiers without it); `tierEntered`
 * (the tier the pattern captures, `北泉为经典传世`, must be one the document lists brands entering, `等入选经典传世`:
 * a bare 为 and a label are no tier otherwise); `listRegion` (the list is one figure, and each item's region is the
 * smallest holding the places of all the items: an approval notice names the firms it approves by the products they
 * make, `生产五常大米、黄山毛峰茶等产品的87家企业`, firms of several provinces in a notice of the nation); `itemGoods`
 * (an unquoted item may close with the goods it brands, a FAKED_GOODS word or one of these words, which is cut off: a
 * seizure lists its fakes in groups, each group's names before its goods, `仿冒A、B手表、C及D包包`); `productGoods` (an
 * unquoted item may close with a PRODUCT word, cut off the same way: a firm's speaker is cited by its make and goods,
 * `某某地板相关人士`); `mostlyNamedList`
 * (with `itemTags`: in a list where two items at least, and half the list, open with a place or hold a proper noun, an
 * item of several words is a name too, whatever tags its words carry: an approval notice lists the products it
 * registers, `生产盘锦大米、国胜茶等产品的5家企业`, some named after a village the gazetteer does not know); `eventItems` (an item
 * may end with an event word, EVENT_ENDING, though notBrandEndings refuse it elsewhere: a work report calls its named fairs,
 * forums and races brands, `做强丝路国际博览会品牌`); `shapeCue` (the rule reads every sentence, in a document that
 * names no scheme and no brand word: its shape is cue enough, quoted names a count of firms says entered a list,
 * `“A”、“B”等9家企业上榜`, or that a test result lists as its samples, `3件样品不符合规定，包括“A”、“B”`); `listOpened`
 * (the pattern's own word, 有 or 包括, opens the list, so its first item holds no clause words to cut: a verb inside a
 * product's name stays, `通过复评的有某地得益方便米饭等`, 得益/v); `placesRefused` (a list with an item that is places only,
 * `日本、韩国`, `中国香港`, names where goods went, in a rule whose lists may hold such words: a recall's 包括);
 * `quotedEvents` (a quoted name the same clause calls a brand may end with the word of a named event, programme or
 * city title, QUOTED_EVENT_ENDING, which notBrandEndings refuse elsewhere: a work report marks its own
 * `“世界侨商海南行”品牌`, `“理解中国”课程等品牌`, `“世界中医药之都”等品牌` as brands, the quotes bounding each name);
 * `countedNames` (a name opening with a count, `“六个X”`, is one: the rule's
 * context proves goods, a quoted name the text calls the original of fakes, where elsewhere a count opening a quoted
 * phrase makes a slogan, `“三个代表”`); `clauseCue` (the name of a word list of the lexicon: the clause holding the match, between two commas or stops,
 * must hold one of its words: famous makes given as examples of a kind of goods, `附近有A、B等奢侈品展厅`, are not
 * marked as brands, where the same list in a clause of sampling or counterfeiting, `抽检了A、B等洗发水`, names the
 * makes the case is about); `previousScheme` (a sentence that opens with the list, `分别是A、B、C。`, takes its scheme from
 * the sentence right before it in the same paragraph when that one names a scheme and counts its members:
 * `今年又有三件商标被认定为驰名商标。它们分别是A、B、C。`; the last scheme written there is the metric); `wholeName` (with
 * `nameTags`: the tagged words must make the whole of what the pattern captured, not only its end: `召回部分A汽车` names
 * A, where `召回阴影中的A轮胎` puts no goods under the recall); `placeName` (the name must open with a Chinese division and go on
 * with its goods, `“秦川苹果”`: quoted in a sentence that names the geographical-indication or regional-brand scheme,
 * a place's product is the scheme's member, where a quoted slogan, `“三品一标”`, `“粤字号”`, or a campaign opens with no place).
 */
import type { Token } from '../../core/document';
import { clauseHolds, previousSentenceScheme } from './brand-neighbours';
import { brandTag, countyShortOpening, divisionOpening, isPlaceWord } from './brand-places';
import type { Lexicons } from './lexicons';
import { forEachMatch, type CompiledNameRule } from './rules';
import type { SentenceView } from './sentence';
import type { NamedThing } from './titles';

/** Options of a brand rule beyond the shared name-rule fields (read from rules/names.jsonl as written). */
interface BrandRuleOptions {
  documentCue?: boolean;
  shapeCue?: boolean;
  listOpened?: boolean;
  placesRefused?: boolean;
  itemTags?: string[];
  kindTags?: string[];
  notOneWordTags?: string[];
  nameNotTags?: string[];
  nameNotEndTags?: string[];
  nameWords?: NameWords;
  followedByTags?: string[];
  placeItems?: boolean;
  wholeWordTags?: string[];
  openingScheme?: string;
  tierEntered?: boolean;
  listRegion?: boolean;
  itemGoods?: string[];
  productGoods?: boolean;
  mostlyNamedList?: boolean;
  eventItems?: boolean;
  quotedEvents?: boolean;
  clauseCue?: string;
  previousScheme?: boolean;
  wholeName?: boolean;
  countedNames?: boolean;
  placeName?: boolean;
}

/**
 * How a name is cut from the words before a mark (`生产的海鸥牌` → 海鸥): the last word, unless it carries one
 * of `lastNotTags`, and the words before it while they carry one of `earlierTags` (proper nouns: `金龙鱼`).
 */
interface NameWords {
  lastNotTags: string[];
  earlierTags: string[];
}

type BrandRule = CompiledNameRule & BrandRuleOptions;

/**
 * A separator between items: 、/和/及/与 or the word 以及, a comparison between two quoted names (`“A”PK“B”`), or none
 * between two quoted names written side by side (`“A”“B”等品牌`); the 及 of a mark registered with its figure (`“A”及图形`)
 * joins no two items.
 */
const LIST_ITEM_SEPARATOR = /以及|[、和与]|及(?!图形)|(?<=”)\s*(?:PK|pk|Pk|VS|vs|Vs|V\.S\.|对决|叫板)?\s*(?=“)/g;
/**
 * A scheme whose members are names, never kinds of goods: trademarks, named by the word 商标 it ends with (中国驰名商标,
 * 省著名商标, 证明商标), and time-honoured shops (中华老字号), listed by their shops' names (`沉香阁`, `三塔`: 沉/v 香阁/n).
 */
const NAMES_SCHEME = /(?:商标|老字号)$/;
const QUOTED = /“([^“”]+)”/;
/** Whether the rule's pattern asks for two items or more: {LIST2}, or a separator and an item repeated with `+`. */
function needsTwoItems(rule: BrandRule): boolean {
  return /\{(?:SCHEME_)?LIST2\}|\[、和及与\][^()]*\)\+/.test(rule.pattern ?? '');
}

/** A numeral right before a name, and a classifier opening it: the count's, not the name's. */
const COUNT_BEFORE = /^[0-9０-９一二两三四五六七八九十百千万]$/;
const CLASSIFIER = /^[部台个件只辆套箱瓶批款种条双]/;
/** A slogan opening with a count (`三个代表`, `四大工程`, `三无`), never a brand. */
const COUNTED_SLOGAN = /^[0-9一二两三四五六七八九十百千万双]+(?:个|大|小|化|项|无|品|新|有|不|保|减|进)/;
/**
 * A name opening with a year and going on in words (`2005红盾护农`, `2021铁拳`) names a year's campaign or event, as
 * enforcement news quotes its drives, never a brand (a mark of digits alone, `1573`, or a long number, `1724630图样`, is
 * none of these).
 */
const YEAR_CAMPAIGN = /^(?:19|20)[0-9]{2}年?[\u4e00-\u9fff]/;
/** Chinese numerals alone (`“十一五”末`, `“十四五”期间`) name a plan's period or a count, never a brand. */
const NUMERALS_ONLY = /^[一二两三四五六七八九十百千万]+$/;
/** A multiple, a share or a rank (`两倍`, `三成`, `第一位`): a figure a list of figures gives, never a brand. */
const FIGURE_ONLY = /^第?[0-9０-９.一二两三四五六七八九十百千万]+(?:倍|成|位|名)$/;

/** Whether `name` ends with one of `endings` (a word list of the lexicon; none when the list is absent). */
function endsWithAny(name: string, endings: readonly string[] | undefined): boolean {
  return (endings ?? []).some((ending) => name.endsWith(ending));
}

/** A brand's name never holds the word for a brand or a scheme (`甘肃著名商标` is a scheme, not a name). */
const NAMES_A_SCHEME = /商标|名牌|品牌|老字号|地理标志/;

/**
 * What a document as a whole says of brands, asked by each of its sentences: whether it speaks of brands at all
 * (DOCUMENT_CUE), and its opening, the title and first paragraph (the first two lines holding text), with the
 * schemes named there. A document's sentences come in a row, so the last document's answers are kept: worked out
 * anew for each sentence they read the whole text again each time.
 */
interface DocumentBrandCues {
  text: string;
  mentionsBrands: boolean;
  opening: string;
  /** Whether the opening names any scheme. */
  openingCued: boolean;
  /** The first scheme each openingScheme pattern finds in the opening, or null. */
  openingSchemes: Map<string, string | null>;
}

let lastCues: DocumentBrandCues | null = null;

function documentCues(text: string, lexicons: Lexicons): DocumentBrandCues {
  if (lastCues?.text === text) return lastCues;
  const cues = lexicons.brands.macros.lists.DOCUMENT_CUE ?? [];
  const opening = openingOf(text);
  lastCues = {
    text,
    mentionsBrands: cues.some((cue) => text.includes(cue)),
    opening,
    openingCued: lexicons.brands.anyScheme.test(opening),
    openingSchemes: new Map(),
  };
  return lastCues;
}

/** The title and first paragraph: the first two lines holding text, looked for near the start only. */
function openingOf(text: string): string {
  const lines: string[] = [];
  for (let from = 0; from < text.length && lines.length < 2 && from < OPENING_SCAN;) {
    const next = text.indexOf('\n', from);
    const line = text.slice(from, next < 0 ? text.length : next);
    if (line.trim() !== '') lines.push(line);
    from = next < 0 ? text.length : next + 1;
  }
  return lines.join('\n').slice(0, OPENING_LENGTH);
}
const OPENING_LENGTH = 400;
/** How far into a document its opening is looked for (blank lines and chrome before the title included). */
const OPENING_SCAN = 4000;

/** The first scheme `pattern` matches in the document's opening, or null (patterns compiled once). */
const openingPatterns = new Map<string, RegExp>();
function openingScheme(cues: DocumentBrandCues, pattern: string): string | null {
  if (cues.openingSchemes.has(pattern)) return cues.openingSchemes.get(pattern)!;
  let regex = openingPatterns.get(pattern);
  if (!regex) openingPatterns.set(pattern, (regex = new RegExp(pattern)));
  const scheme = regex.exec(cues.opening)?.[0] ?? null;
  cues.openingSchemes.set(pattern, scheme);
  return scheme;
}

export function findBrands(view: SentenceView, rules: readonly CompiledNameRule[], lexicons: Lexicons): NamedThing[] {
  const slice = view.slice;
  const cued = lexicons.brands.anyScheme.test(slice);
  const cues = documentCues(view.text, lexicons);
  const documentCued = cues.mentionsBrands;
  if (!cued && !documentCued && !cues.openingCued && !rules.some((rule) => (rule as BrandRule).shapeCue)) return [];
  const found: NamedThing[] = [];
  const seen = new Set<string>();
  const add = (candidate: NamedThing) => {
    const thing = afterDivision(candidate, view, lexicons);
    if (!thing) return;
    const key = `${thing.name}@${thing.start}`;
    // Two rules reading the same words (`“X”品牌`) give one brand.
    if (seen.has(key) || found.some((f) => f.name === thing.name && f.start < thing.end && thing.start < f.end)) return;
    // Two rules cutting one marked name at different starts (`千岛屿牌`: 岛屿 from its last word, 千岛屿 from the maker's
    // 的): the longer name holds the shorter one, which is only its tail.
    if (found.some((f) => endsTogether(thing, f) && f.name.endsWith(thing.name))) return;
    for (let k = found.length - 1; k >= 0; k--)
      if (endsTogether(found[k]!, thing) && thing.name.endsWith(found[k]!.name)) found.splice(k, 1);
    seen.add(key);
    found.push(thing);
  };
  for (const rule of rules as readonly BrandRule[]) {
    const opening = rule.openingScheme ? openingScheme(cues, rule.openingScheme) : null;
    const earlier = rule.previousScheme ? previousSentenceScheme(view, lexicons.brands.schemes) : null;
    if (rule.previousScheme && !earlier) continue;
    if (!rule.shapeCue && !earlier && (rule.documentCue ? !documentCued : !cued && !opening)) continue;
    forEachMatch(rule.regex!, slice, (m) => {
      const start = view.start + m.index;
      const end = start + m[0].length;
      if (rule.clauseCue && !clauseHolds(view, { from: start, to: end }, lexicons.brands.macros.lists[rule.clauseCue] ?? [])) return;
      if (rule.openingScheme && !m.groups?.scheme && !opening) return;
      if (rule.tierEntered && !view.text.includes(`等入选${m.groups?.tier ?? ''}`)) return;
      const metric = m.groups?.scheme ?? opening ?? earlier ?? rule.metric ?? '品牌';
      const name = m.groups?.name;
      if (name !== undefined) {
        let at = start + m[0].indexOf(name);
        let written = name;
        if (rule.nameTags || rule.nameWords) {
          const from = rule.nameTags
            ? taggedSuffixStart(view, at, at + name.length, rule.nameTags)
            : lastWordsStart(view, { from: at, to: at + name.length }, rule.nameWords!);
          if (from < 0 || (rule.wholeName && from !== at)) return;
          written = name.slice(from - at);
          at = from;
        }
        // The segmenter glues a count's classifier to an unknown name after it (`86部科迈斯` → `部科迈斯`/x).
        if (COUNT_BEFORE.test(view.text.slice(Math.max(0, at - 1), at)) && CLASSIFIER.test(written)) {
          written = written.slice(1);
          at += 1;
        }
        if (rule.followedByTags && !followedByTag(view, start + m[0].length, rule.followedByTags)) return;
        if (rule.placeName && !opensWithPlace(view, { from: at, to: at + written.length })) return;
        if (isSlogan(view, { from: at, to: at + written.length }, rule, lexicons)) return;
        const brand = cleanName(written);
        const quoted = view.text[at - 1] === '“';
        const quotedEvents = quoted ? quotedEventEndings(rule, lexicons) : [];
        if (quoted && namesNoGoods(view, at + written.length, lexicons, quotedEvents)) return;
        if (
          isBrandName(brand, lexicons, {
            marked: isMarkedName(view, { from: at, to: at + written.length }),
            // A quoted character with 牌 after the quote (`“根”牌钢锹`) is a brand of one character, as a list's `鹿牌` is.
            markedOneCharacter:
              quoted && ONE_CHARACTER_MARKED.test(brand + view.text.slice(at + written.length + 1, at + written.length + 2)),
            eventEndings: quotedEvents,
            countedName: rule.countedNames ?? false,
          }) &&
          !isNotName(written, lexicons)
        )
          add({ type: 'brand', name: brand, metric, start: at, end: at + written.length, rule: rule.id });
        return;
      }
      const list = m.groups?.list;
      if (list === undefined) return;
      const listStart = start + m[0].indexOf(list);
      const items = listItems(list, (offset, separator) => isSeparatorWord(view, listStart + offset, separator));
      // A list the pattern read only through a character inside a word (`所涉及的X`) is one phrase, no list.
      if (items.length === 1 && needsTwoItems(rule)) return;
      if (
        rule.wholeWordTags &&
        !items.every(
          ({ item, offset }) =>
            isOneTaggedWord(view, { from: listStart + offset, to: listStart + offset + item.length }, rule.wholeWordTags!) &&
            isBrandName(item, lexicons),
        )
      )
        return;
      // A list holding an industry (`机械、电子、化工等一批品牌`) lists sectors, not brands.
      const sectors = lexicons.brands.macros.lists.SECTOR ?? [];
      if (items.some(({ item }) => sectors.includes(item.trim()))) return;
      // A list holding an authority (`商务部、文化和旅游部…决定将382个品牌认定为…`) names who awards, not what is awarded.
      const awarders = lexicons.brands.macros.lists.AWARDER ?? [];
      if (items.some(({ item }) => awarders.some((ending) => item.trim().endsWith(ending)))) return;
      // In a rule that says so (`placesRefused`), a list holding a place alone (`日本、韩国`, `中国香港`) names where goods went
      // or came from, not their brands (elsewhere a brand may bear a county's name, `凤阳`).
      if (
        rule.placesRefused &&
        items.some(({ item, offset }) => namesPlaceOnly(view, { from: listStart + offset, to: listStart + offset + item.length }, lexicons))
      )
        return;
      // The first item may open with the clause's words (`据`, `京城某大型`): they hold no part of its name.
      // A list of events (`eventItems`) opens where its pattern says (a clause's start, a verb of building a brand):
      // an event's name keeps its own verbs (`跨…极限赛`).
      const leadingOf = ({ item, offset }: { item: string; offset: number }) =>
        offset === 0 && !rule.eventItems && !rule.listOpened
          ? leadingWords(view, { from: listStart, to: listStart + item.length }, lexicons)
          : 0;
      const spanOf = (entry: { item: string; offset: number }) => ({
        from: listStart + entry.offset + leadingOf(entry),
        to: listStart + entry.offset + entry.item.length,
      });
      // A list in a scheme of trademarks (驰名商标, 著名商标, 地理标志证明商标) or of time-honoured shops (中华老字号) lists
      // marks and shops' names: every item is a name however the
      // segmenter tags or cuts it (`红豆`/n, `今世`/t `缘`/n), never a kind of product, so neither the proper-noun test
      // nor the kinds-of-product test below applies to its items (an item alone keeps them: in `故习酒` the 故 is 'hence').
      const marks = NAMES_SCHEME.test(metric) && items.length >= 2;
      // Quotes name what they hold, and so does the mark 牌 after an item: such an item needs no proper noun to be
      // one (`“青湖莲子”获批…`, `飞鸽牌、凤凰牌自行车`).
      const named = rule.itemTags
        ? items.map(
            (entry) =>
              marks ||
              QUOTED.test(entry.item) ||
              MARKED_ITEM.test(entry.item) ||
              (rule.placeItems === true
                ? opensWithPlace(view, spanOf(entry)) || holdsTaggedWord(view, spanOf(entry), rule.itemTags!, WHOLE_NAME_LENGTH)
                : holdsTaggedWord(view, spanOf(entry), rule.itemTags!) ||
                  // A rule taking a place word (ns) as a name takes a county the segmenter did not know as one.
                  (rule.itemTags!.includes('ns') && opensWithDivisionAsWritten(view, spanOf(entry)))),
          )
        : [];
      // A list holding one kind of product (`奶酪`) lists kinds of product, whatever its other items are tagged; a
      // one-word item that is no known kind of goods or sector, in a list mostly of items holding a proper noun (two
      // others at least, half the list: one mis-tagged item, `牛羊肉`/nr, makes no list of names), is a name written
      // with a dictionary word (`飞马`、`金鹰`、`白云`).
      if (
        !marks &&
        rule.notOneWordTags &&
        items.some((entry, k) => {
          const span = { from: listStart + entry.offset, to: listStart + entry.offset + entry.item.length };
          if (!isOneTaggedWord(view, span, rule.notOneWordTags!)) return false;
          const properItems = items.filter((other, j) => j !== k && holdsTaggedWord(view, spanOf(other), rule.itemTags ?? [])).length;
          const mostlyNames = properItems >= 2 && properItems * 2 >= items.length;
          return !(mostlyNames && !named[k] && isNamingNoun(view.tokenAt(span.from)!, span, lexicons));
        })
      )
        return;
      for (const [k, { item, offset }] of items.entries()) {
        const itemStart = listStart + offset;
        if (
          rule.itemTags &&
          !named[k] &&
          !followsNamedItems({ view, span: spanOf(items[k]!), named, rule, lexicons }) &&
          !(rule.mostlyNamedList && namesInMostlyNamedList(view, spanOf(items[k]!), named))
        )
          continue;
        // A one-character verb opens only the first item, and never a place's name it is the first character of (`如皋火腿`).
        const opensWithVerb = k === 0 && !opensWithPlaceWord(view, itemStart + leadingOf(items[k]!));
        const brand = withoutGoods(itemName(item, leadingOf(items[k]!), lexicons, opensWithVerb), itemGoodsOf(rule, lexicons), lexicons);
        if (brand && isSlogan(view, { from: itemStart + brand.wordsAt, to: itemStart + brand.wordsAt + brand.name.length }, rule, lexicons))
          continue;
        const quotedEvents = brand?.quoted ? quotedEventEndings(rule, lexicons) : [];
        if (brand?.quoted && namesNoGoods(view, view.text.indexOf('”', itemStart + brand.wordsAt), lexicons, quotedEvents)) continue;
        const eventEndings = rule.eventItems ? (lexicons.brands.macros.lists.EVENT_ENDING ?? []) : quotedEvents;
        if (
          brand &&
          isBrandName(brand.name, lexicons, {
            marked: brand.quoted,
            markedOneCharacter: ONE_CHARACTER_MARKED.test(item.slice(brand.wordsAt).trim()),
            scheme: metric,
            eventEndings,
          })
        )
          add({
            type: 'brand',
            name: brand.name,
            metric,
            start: itemStart + brand.at,
            end: end,
            rule: rule.id,
            ...(rule.listRegion ? { listFrom: listStart } : {}),
          });
      }
    });
  }
  return found;
}

/** Whether `inner` lies inside `outer`, starting later and ending where it ends (the tail of one name). */
function endsTogether(inner: NamedThing, outer: NamedThing): boolean {
  return inner.end === outer.end && inner.start > outer.start;
}

/**
 * The items of a list with their offsets in it, cut at each separator `isSeparator` accepts (a 及 inside 涉及 is
 * part of a word, not a separator).
 */
function listItems(list: string, isSeparator: (offset: number, separator: string) => boolean): { item: string; offset: number }[] {
  const items: { item: string; offset: number }[] = [];
  let from = 0;
  for (const separator of list.matchAll(LIST_ITEM_SEPARATOR)) {
    if (!isSeparator(separator.index, separator[0])) continue;
    // 和/及/与 with one character on a side joins no two names, it is inside one (`同和堂`: 同/和/堂).
    const after = list.slice(separator.index + separator[0].length).split('、')[0]!;
    if (WORD_FORMING_SEPARATOR.test(separator[0]) && (separator.index - from < 2 || after.length < 2)) continue;
    items.push({ item: list.slice(from, separator.index), offset: from });
    from = separator.index + separator[0].length;
  }
  items.push({ item: list.slice(from), offset: from });
  return items;
}

/**
 * Whether a separator written as a character that also makes words (和, 及, 与) stands as a word of its own at `pos`:
 * `涉及`, `以及`, `参与`, `和谐` hold one but join no items. 、 and the comparisons between quotes always separate.
 */
function isSeparatorWord(view: SentenceView, pos: number, separator: string): boolean {
  if (!WORD_FORMING_SEPARATOR.test(separator)) return true;
  const token = view.tokenAt(pos);
  // The segmenter glues words it does not know to a separator (`茶和富`/x): only a dictionary word holds one.
  return token === null || token.tag === 'x' || (token.start === pos && token.end === pos + separator.length);
}

const WORD_FORMING_SEPARATOR = /^[和及与]$/;

/** A token that is a word, not punctuation (which the segmenter may tag like words it does not know). */
function isWordToken(token: Token): boolean {
  return /[\p{L}\p{N}]/u.test(token.word);
}

/** The segmenter tags punctuation and words it does not know alike (x): a coined name (`科瑞达`/x) is a word. */
function isUnknownWord(token: Token): boolean {
  return token.tag === 'x' && /^[\p{Script=Han}A-Za-z]{2,}$/u.test(token.word);
}

/** Start of the name the last words of `span` make (see NameWords), or -1. */
function lastWordsStart(view: SentenceView, span: { from: number; to: number }, words: NameWords): number {
  const kingMarked = kingNameStart(view, span);
  if (kingMarked !== null) return kingMarked;
  const tokens = view.tokensIn(span.from, span.to);
  const last = tokens[tokens.length - 1];
  if (!last || last.start < span.from) return -1;
  // The segmenter glues an unknown name to its mark (`恒宇牌`/x), and knows a famous one with its mark as a proper noun
  // (`解放牌`/nz): the word is the name and the mark together.
  const gluedToMark = GLUED_MARK_TAGS.includes(last.tag) && last.end === span.to + 1 && view.text[span.to] === '牌';
  if (!gluedToMark && (last.end !== span.to || (words.lastNotTags.includes(last.tag) && !isUnknownWord(last)))) return -1;
  let start = last.start;
  // A transliteration the segmenter cuts into pieces it does not know (`卡布丽`/x `缇`/g) is one name.
  for (let k = tokens.length - 2; k >= 0; k--) {
    const token = tokens[k]!;
    if (token.start < span.from || !(words.earlierTags.includes(brandTag(token)) || isUnknownWord(token))) break;
    start = token.start;
  }
  return start;
}

/** Tags of a word holding a name and its mark 牌 together: one the segmenter does not know, or a proper noun. */
const GLUED_MARK_TAGS: readonly string[] = ['x', 'nz'];

/** Tags of the one character before 王 that make it and 王 a name (`海王牌`, `狮王牌`): a noun, not a verb's tail. */
const KING_NAME_TAGS = ['n', 'ng', 'nr', 'nz', 'ns', 'j'];

/**
 * Where a name ending in 王 starts when the segmenter reads 王牌 (a trump card) as one word: `海`/n `王牌`/n →
 * 海王. The character before 王 must be a one-character noun of its own, so `市场的王牌`, `打出王牌`, `质量王牌` name
 * none; -1 for such a phrase, null where the mark is no 王牌 word.
 */
function kingNameStart(view: SentenceView, span: { from: number; to: number }): number | null {
  const king = view.tokenAt(span.to - 1);
  if (!king || king.start !== span.to - 1 || view.text.slice(king.start, king.end) !== '王牌') return null;
  const before = view.tokenAt(span.to - 2);
  if (!before || before.start < span.from || before.end !== span.to - 1 || before.end - before.start !== 1) return -1;
  return KING_NAME_TAGS.includes(before.tag) ? before.start : -1;
}

/** Whether the word starting at `pos` carries one of `tags`. */
function followedByTag(view: SentenceView, pos: number, tags: readonly string[]): boolean {
  const next = view.tokenAt(pos);
  return next !== null && next.start === pos && tags.includes(next.tag);
}

/** Whether the name in `span` reads as a slogan by the rule's `nameNotTags` and `nameNotEndTags`. */
function isSlogan(view: SentenceView, span: { from: number; to: number }, rule: BrandRule, lexicons: Lexicons): boolean {
  if (isCountedSlogan(view, span)) return true;
  // Quoted knock-off names are odd words the segmenter splits at random (`“脉劫”`): only a quoted phrase can be
  // a slogan.
  if (view.text[span.from - 1] === '“' && span.to - span.from < MIN_SLOGAN_LENGTH) return false;
  // A quoted labour-service brand names workers by their trade (`“互助家政”`, `“高原雪山向导”`): its verbs (互助,
  // 向导/v) make no slogan.
  if (view.text[span.from - 1] === '“' && endsWithTrade(view.text.slice(span.from, span.to), lexicons)) return false;
  const words = view.tokensIn(span.from, span.to).filter(isWordToken);
  // A regional brand is its place and its goods (`“奉节脐橙”`, `“巫山脆李”`): the segmenter's verb tag on the place
  // (`奉节`/v) makes no slogan when every word after it is a noun; `“江城制造”` still ends with a verb, and a place the
  // segmenter knows (`湖南`/ns) is read by the rule's own tags.
  const place = words[0];
  // A kind of goods the segmenter tags as a numeral (`大米`/m) is a noun of goods all the same (PRODUCT).
  const goods = lexicons.brands.macros.lists.PRODUCT ?? [];
  if (
    opensWithPlace(view, span) &&
    place?.tag !== 'ns' &&
    words.slice(1).every((token) => GOODS_TAGS.includes(token.tag) || goods.includes(token.word))
  )
    return false;
  if (rule.nameNotTags && words.some((token) => rule.nameNotTags!.includes(token.tag))) return true;
  const last = words[words.length - 1];
  return Boolean(rule.nameNotEndTags && words.length > 1 && last && rule.nameNotEndTags.includes(brandTag(last)));
}

/** Tags of the words of goods after a place in a regional brand's name (脐橙/n, 脆李/nz). */
const GOODS_TAGS: readonly string[] = ['n', 'nz', 'ng'];

/** Whether `name` ends with the trade of a labour-service brand (TRADE: 家政, 向导, 水暖工). */
function endsWithTrade(name: string, lexicons: Lexicons): boolean {
  return (lexicons.brands.macros.lists.TRADE ?? []).some((trade) => name.length > trade.length && name.endsWith(trade));
}

/**
 * Whether the name is a numeral and one word of quality or action (`三安全`, `四统一`, `两结合`): a slogan with
 * a count in it (the contract's `“三个转变”`), never a brand, where a brand that opens with a numeral is one
 * word of its own (`五粮液`, `七匹狼`, `三元`).
 */
function isCountedSlogan(view: SentenceView, span: { from: number; to: number }): boolean {
  const words = view.tokensIn(span.from, span.to).filter(isWordToken);
  if (words.length !== 2) return false;
  const [count, word] = words as [Token, Token];
  return (
    count.start === span.from &&
    word.end === span.to &&
    count.tag === 'm' &&
    count.word.length === 1 &&
    COUNTED_WORD_TAGS.includes(word.tag)
  );
}

/** Tags of the word after the numeral in a counted slogan: qualities and actions, not names or goods. */
const COUNTED_WORD_TAGS = ['a', 'an', 'ad', 'v', 'vn', 'vd', 'd'];

/** Shortest quoted name read as a slogan (`投资湖南`). */
const MIN_SLOGAN_LENGTH = 4;

/** Whether `span` is one word carrying one of `tags` (a dictionary word such as 奶酪: a kind of product). */
function isOneTaggedWord(view: SentenceView, span: { from: number; to: number }, tags: readonly string[]): boolean {
  const tokens = view.tokensIn(span.from, span.to);
  return tokens.length === 1 && tokens[0]!.start === span.from && tokens[0]!.end === span.to && tags.includes(brandTag(tokens[0]!));
}

/**
 * Whether an item holding no proper name is a brand by the list it stands in (see `kindTags`): another item holds
 * one, and the item is not made of common words only (a kind of product, `大米`, or clause words before one). A
 * single noun beside a named item is a brand unless it is a known kind of goods (PRODUCT, NOT_NAME): brands are
 * often dictionary nouns (`以格力/n、美的/nr为代表`), where a kind of goods listed beside a brand is rare.
 */
function followsNamedItems(list: {
  view: SentenceView;
  span: { from: number; to: number };
  named: boolean[];
  rule: BrandRule;
  lexicons: Lexicons;
}): boolean {
  const { view, span, named, rule, lexicons } = list;
  if (!rule.kindTags || !named.some(Boolean)) return false;
  const words = view.tokensIn(span.from, span.to).filter(isWordToken);
  if (words.length === 1 && isNamingNoun(words[0]!, span, lexicons)) return true;
  if (isNameAndGoods(words, named, lexicons)) return true;
  return !words.every((token) => rule.kindTags!.includes(token.tag));
}

/**
 * Whether an item of several words is a name by the list it stands in (see `mostlyNamedList`): two items at least,
 * and half the list, open with a place or hold a proper noun, so the list is one of products by name, and an item
 * whose place the gazetteer does not know (`国胜茶`: 国/n 胜/v 茶/n) is one of them; a one-word item stays a kind.
 */
function namesInMostlyNamedList(view: SentenceView, span: { from: number; to: number }, named: readonly boolean[]): boolean {
  const namedCount = named.filter(Boolean).length;
  return namedCount >= 2 && namedCount * 2 >= named.length && view.tokensIn(span.from, span.to).filter(isWordToken).length >= 2;
}

/**
 * Whether an item is a name in a dictionary noun and the goods its maker is known by (`晨光文具`, `老板电器`: 晨光/n
 * 文具/n), in a list mostly of names (two named items at least and half the list): brand lists write a maker's
 * brand so. A kind of goods opens with a word that says whom or where the goods serve (GOODS_QUALIFIER: `办公/n 文具`,
 * `日用/n 文具`), which the segmenter tags as nouns too, or with one that is no noun (`高档/b 家具`).
 */
function isNameAndGoods(words: readonly Token[], named: readonly boolean[], lexicons: Lexicons): boolean {
  const namedItems = named.filter(Boolean).length;
  if (namedItems < 2 || namedItems * 2 < named.length || words.length !== 2) return false;
  const [name, goods] = words as [Token, Token];
  const lists = lexicons.brands.macros.lists;
  return (
    NAME_NOUN_TAGS.includes(name.tag) &&
    name.word.length >= 2 &&
    !lists.NOT_NAME?.includes(name.word) &&
    !lists.PRODUCT?.includes(name.word) &&
    !lists.SECTOR?.includes(name.word) &&
    !lists.GOODS_QUALIFIER?.includes(name.word) &&
    (lists.PRODUCT?.includes(goods.word) ?? false)
  );
}

/** Tags of a dictionary word that names a maker's brand before its goods (晨光/n, 老板/n; not 家用/b or 办公/vn). */
const NAME_NOUN_TAGS: readonly string[] = ['n', 'nz', 't'];

/** A whole item that is one noun of two characters or more and no known kind of goods or brand word. */
function isNamingNoun(token: Token, span: { from: number; to: number }, lexicons: Lexicons): boolean {
  const lists = lexicons.brands.macros.lists;
  return (
    token.tag === 'n' &&
    token.start === span.from &&
    token.end === span.to &&
    token.word.length >= 2 &&
    !lists.PRODUCT?.includes(token.word) &&
    !lists.NOT_NAME?.includes(token.word) &&
    !lists.SECTOR?.includes(token.word)
  );
}

/**
 * Whether `span` holds a whole word carrying one of `tags` (punctuation, also tagged x, aside), of `minLength`
 * characters at least.
 */
function holdsTaggedWord(view: SentenceView, span: { from: number; to: number }, tags: readonly string[], minLength = 1): boolean {
  const { from, to } = span;
  return view
    .tokensIn(from, to)
    .some(
      (token) =>
        token.start >= from && token.end <= to && tags.includes(brandTag(token)) && isWordToken(token) && token.word.length >= minLength,
    );
}

/**
 * Shortest proper word that names a place's product in a list of them (`柴达木`/nr, `武昌鱼`/nr): a single character
 * tagged as a name is a surname the segmenter cut from a word it did not know (`康`/nr `养`/v in 文旅、康养).
 */
const WHOLE_NAME_LENGTH = 2;

/**
 * Whether the name in `span` opens with a Chinese division and goes on with more words (`奉节脐橙`, `五常大米`): a
 * place's product. A place alone (`陕西`) is none, nor a place before a word for a whole trade (`陕西戏剧`: the rule's
 * notOneWordTags and kinds keep those lists out).
 */
function opensWithPlace(view: SentenceView, span: { from: number; to: number }): boolean {
  const words = view.tokensIn(span.from, span.to).filter(isWordToken);
  const first = words[0];
  if (words.length > 1 && first !== undefined && first.start === span.from && isPlaceWord(first.word)) return true;
  return opensWithDivisionAsWritten(view, span);
}

/**
 * Whether a county the segmenter does not know and cuts up (`范`/nr `县`/zg `大米`) opens the name in `span`: its full
 * name as written opens it, a word starts right after it (not `上海市场`: 上海/市场), and a product's name of two
 * characters at least follows.
 */
function opensWithDivisionAsWritten(view: SentenceView, span: { from: number; to: number }): boolean {
  const words = view.tokensIn(span.from, span.to).filter(isWordToken);
  const text = view.text.slice(span.from, span.to);
  // A short name counts only where the segmenter did not read it as a place (`五常`/t `大米`/m): one tagged ns is read by its tag.
  const first = words[0];
  const cutShort = first !== undefined && first.start === span.from && first.tag !== 'ns' ? countyShortOpening(text) : 0;
  return [divisionOpening(text), cutShort].some(
    (opening) =>
      opening > 0 && span.to - span.from - opening >= MIN_PRODUCT_AFTER_PLACE && words.some((word) => word.start === span.from + opening),
  );
}

/** Characters of a product's name after the place that opens it (`范县大米`: 大米). */
const MIN_PRODUCT_AFTER_PLACE = 2;

/**
 * Whether the item in `span` is places only: every word a Chinese division or a country (`加拿大`, `中国` `香港`), after
 * the clause's 包括 or 如 that may open the list's first item.
 */
function namesPlaceOnly(view: SentenceView, span: { from: number; to: number }, lexicons: Lexicons): boolean {
  const words = view.tokensIn(span.from, span.to).filter((token) => isWordToken(token) && token.start >= span.from && token.end <= span.to);
  const openers = lexicons.brands.macros.lists.LIST_OPENER ?? [];
  const named = words.filter((token, k) => !(k === 0 && openers.includes(token.word)));
  return named.length > 0 && named.every((token) => isPlaceWord(token.word));
}

/** Whether a word of two characters or more the segmenter knows as a place starts at `pos` (`如皋`, `有田`). */
function opensWithPlaceWord(view: SentenceView, pos: number): boolean {
  const token = view.tokenAt(pos);
  return token !== null && token.start === pos && token.word.length >= 2 && isPlaceWord(token.word);
}

/** Start of the longest run of whole words at the end of [from, to) that all carry one of `tags`, or -1. */
function taggedSuffixStart(view: SentenceView, from: number, to: number, tags: readonly string[]): number {
  const tokens = view.tokensIn(from, to);
  const last = tokens[tokens.length - 1];
  if (!last || last.end !== to) return -1;
  let start = -1;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const token = tokens[k]!;
    // The segmenter glues the word before an unknown name to it (`为雅嘉`/x after 商标): the pattern's own start holds.
    if (token.start < from && token.tag === 'x' && tags.includes('x') && isUnknownWord(token)) return from;
    if (token.start < from || !tags.includes(brandTag(token)) || isDemonstrativeGlue(token)) break;
    start = token.start;
  }
  return start;
}

/**
 * A demonstrative and its classifier the segmenter does not know and tags like a coined name (`这批`/x, `该款`/x):
 * a clause's words before a name, never part of it.
 */
function isDemonstrativeGlue(token: Token): boolean {
  return token.tag === 'x' && /^[这那该此每各][\p{Script=Han}]$/u.test(token.word);
}

/** Tags of a proper name a numeral may follow inside one name (`某某十八街`). */
const NAME_BEFORE_NUMERAL_TAGS: readonly string[] = ['nr', 'nz', 'nrt', 'nrfg'];

/** Whether the token is a proper name or a coined word the segmenter does not know (`某某`/x). */
function isProperNameWord(token: Token): boolean {
  return NAME_BEFORE_NUMERAL_TAGS.includes(token.tag) || isUnknownWord(token);
}

/** Tags of words that cannot be part of a brand name (verbs, adverbs, pronouns, prepositions, particles such as 着/uz, times…). */
const NOT_NAME_TAG = /^(?:v|vn|vd|d|r|p|c|u|t|m|q|f|ad|uj|ul|uz|ug|uv|ud|zg)$/;

/**
 * Characters at the start of the first item of a list that are the clause's words, not the brand's: up to
 * the last word that cannot be part of a name (`这些小家电看上去像是飞利浦` → `飞利浦`). A kind of goods the segmenter
 * tags as a numeral (`大米`/m) is the name's own word (`苏家屯大米(红菱大米)`), not a count before it. A clause
 * connective (CLAUSE_CONNECTIVE: `故`/n, `目前`) right before the name is the clause's too, whatever its tag.
 * The words are sought before a bracket only.
 */
function leadingWords(view: SentenceView, span: { from: number; to: number }, lexicons: Lexicons): number {
  const { from, to } = span;
  const goods = lexicons.brands.macros.lists.PRODUCT ?? [];
  const connectives = lexicons.brands.macros.lists.CLAUSE_CONNECTIVE ?? [];
  const tokens = view.tokensIn(from, to);
  // A county the segmenter cut up (`范`/nr `县`/zg) opens the name: its pieces are no clause words.
  const place = from + divisionOpening(view.text.slice(from, to));
  let cut = 0;
  for (let k = 0; k < tokens.length - 1; k++) {
    const token = tokens[k]!;
    if (token.end >= to) break;
    if (token.end <= place) continue;
    // The clause's words come before the name, never inside the alias bracketed after it (`岭北香米(岭北米)`: 米/q).
    if (token.word === '(' || token.word === '（') break;
    // A numeral after a proper name is the name's own (`某某/nr 十八/m 街/n 麻花`, `某某/nrt 楼/n 二十四/m 街`, a shop named
    // after its street number): a count opens a clause's words, it never follows a name within them.
    const numeralInName =
      token.tag === 'm' && tokens.slice(0, k).some((earlier) => earlier.start >= from + cut && isProperNameWord(earlier));
    // A place opens a product's name (大同黄花菜) whatever the segmenter tags it (大同/d).
    if (NOT_NAME_TAG.test(token.tag) && !isPlaceWord(token.word) && !goods.includes(token.word) && !numeralInName) cut = token.end - from;
    // A connective joins the clause to the one before whatever the segmenter tags it (故/n): never the name's first word.
    else if (token.start === from + cut && connectives.includes(token.word)) cut = token.end - from;
  }
  return cut;
}

/** lexicons/brand-tables.json lineFirmBrand, compiled once a lexicon. */
const firmBrandPatterns = new WeakMap<Lexicons, RegExp>();
function firmBrandPattern(lexicons: Lexicons): RegExp {
  let regex = firmBrandPatterns.get(lexicons);
  if (!regex) firmBrandPatterns.set(lexicons, (regex = new RegExp(lexicons.brandTables.lineFirmBrand)));
  return regex;
}

/**
 * The brand an item of a list names: its quoted part, else the item without its leading words. `at` is where
 * the fact starts in the item (at the opening quote), `wordsAt` where the name's own words start.
 */
function itemName(
  item: string,
  leading: number,
  lexicons: Lexicons,
  first = true,
): { name: string; at: number; wordsAt: number; quoted: boolean } | null {
  const quoted = QUOTED.exec(item);
  if (quoted) return { name: cleanName(quoted[1]!), at: quoted.index, wordsAt: quoted.index + 1, quoted: true };
  if (/[“”]/.test(item)) return null;
  let at = Math.max(0, leading);
  // A leading verb the segmenter does not tag as one (`标称`/n) may follow the clause's words (`包括标称`).
  for (const verb of lexicons.brands.leadingVerbs) {
    // A one-character verb (如, 是, 有) opens only the first item: in a later one it is the name's own (`如意塔`).
    if (verb.length === 1 && !first) continue;
    if (item.startsWith(verb, at) && item.length > at + verb.length + 1) {
      at += verb.length;
      break;
    }
  }
  // A space after the list's comma (`快捷(Xizi OTIS)、 Express`) is neither the name's nor its fact's text.
  while (/\s/.test(item.charAt(at))) at++;
  // A firm's full name with its brand in brackets (`某某酿造有限公司（某某）`, lexicons/brand-tables.json lineFirmBrand):
  // the text names the firm and then its brand, so the bracket is the brand, never the firm or a shop's name.
  const firm = firmBrandPattern(lexicons).exec(item.slice(at));
  if (firm?.groups) {
    const bracketed = firm.groups.name!;
    if (lexicons.brandTables.lineFirmBrandNotNames.some((word) => bracketed.startsWith(word))) return null;
    const nameAt = at + firm.groups.firm!.length + 1;
    return { name: cleanName(bracketed), at: nameAt, wordsAt: nameAt, quoted: false };
  }
  // `黄海牌轮胎` in a list names 黄海: the product after the mark is not the brand's name.
  const marked = MARKED_PRODUCT.exec(item.slice(at));
  // A bracket of two Hanzi or more closing an item is an alias, a name of its own (`石门山蜜橘(石门橘)` → 石门山蜜橘);
  // one character in brackets inside a word is a variant note and stays as written (`鹤岭(岭)茶`).
  const written = (marked ? marked[1]! : item.slice(at)).replace(BRACKETED_ALIAS, '');
  return { name: cleanName(written), at, wordsAt: at, quoted: false };
}

/**
 * The brand without the goods closing its item (`百达翡丽手表` → 百达翡丽) when the rule lists its items with their goods
 * (`itemGoods`): the longest FAKED_GOODS word or word of `goods` it ends with, leaving two characters at least (one
 * Latin letter pair, `LV`, is a name).
 */
function withoutGoods<T extends { name: string; quoted: boolean }>(
  brand: T | null,
  goods: readonly string[] | undefined,
  lexicons: Lexicons,
): T | null {
  if (!brand || !goods || brand.quoted) return brand;
  // One-character goods (酒, 茶) are often the last character of the name itself (西凤酒, 龙井茶).
  const words = [...(lexicons.brands.macros.lists.FAKED_GOODS ?? []), ...goods];
  const ending = words
    .filter((word) => word.length >= 2 && brand.name.endsWith(word) && brand.name.length - word.length >= 2)
    .sort((a, b) => b.length - a.length)[0];
  return ending ? { ...brand, name: brand.name.slice(0, -ending.length) } : brand;
}

/**
 * The goods an item of the rule's lists may close with (`itemGoods`), and with `productGoods` every kind of goods of
 * the PRODUCT list: a firm's speaker or dealer is cited by the make and its goods (`某某地板相关人士`, `某某洁具一经销商`),
 * and the make alone is the brand (contract: `黄海牌轮胎` → 黄海).
 */
function itemGoodsOf(rule: BrandRule, lexicons: Lexicons): readonly string[] | undefined {
  if (!rule.productGoods) return rule.itemGoods;
  return [...(rule.itemGoods ?? []), ...(lexicons.brands.macros.lists.PRODUCT ?? [])];
}

/**
 * A brand whose name opens with a province's, prefecture's or city's full name as written (lexicon list
 * DIVISION_BEFORE_NAME: 某某市, 某某自治州): the division says where the goods come from, never part of the name. When
 * a county's name follows (`某某市某县红茶`), the name starts there; otherwise what follows is a clause (`某某市获准使用…`)
 * and there is no brand. A county as written (`范县大米`) stays a product's name.
 */
function afterDivision(thing: NamedThing, view: SentenceView, lexicons: Lexicons): NamedThing | null {
  const { name } = thing;
  const length = divisionOpening(name);
  if (length === 0 || length >= name.length) return thing;
  const endings = lexicons.brands.macros.lists.DIVISION_BEFORE_NAME ?? [];
  if (!endings.some((ending) => name.slice(0, length).endsWith(ending))) return thing;
  const rest = name.slice(length);
  const county =
    countyShortOpening(rest) > 0 || divisionOpening(rest) > 0 || [3, 2].some((n) => rest.length > n && isPlaceWord(rest.slice(0, n)));
  if (!county) return null;
  const at = view.text.startsWith(name, thing.start) ? thing.start + length : thing.start;
  return { ...thing, name: rest, start: at };
}

/** A bracketed alias closing a list item after its name (`石门山蜜橘(石门橘)`). */
const BRACKETED_ALIAS = /(?<=[\u4e00-\u9fff]{2})[(（][\u4e00-\u9fff]{2,}[)）]$/;

/**
 * A list item of one character and the mark 牌 (`雕牌`, `鹿牌`): the mark names it, so its one character is the name
 * (contract: the name as written without 牌), not a word for a prize, a sign or a card (`金牌`, `门牌`, `王牌`, `奖牌`).
 */
const ONE_CHARACTER_MARKED = /^[^品名杂冒正大老洋金银铜招门挂摊奖车贴洗打亮底持摘揭上王]牌$/;

/** A list item the mark 牌 closes (`飞鸽牌`), not a word for brands (`名牌`, `杂牌`, `冒牌`). */
const MARKED_ITEM = /[^品名杂冒正大老洋金银铜]牌$/;

/** The kind of a registered mark written after it in scheme lists (`“金鹰”(图形)`, `JINYING(文字)`): no part of the name. */
const MARK_KIND = /(?<=.)[(（](?:图形|文字|图文|组合)[)）]$/;

/** An unquoted list item written as a name, 牌 and the product (`黄海牌轮胎`). */
const MARKED_PRODUCT = /^(.{2,}?)(?<![品名杂])牌[\u4e00-\u9fff]+$/;

/**
 * The name as written without quotes, a trailing 牌/品牌 (`黄海牌` → 黄海) and its Latin alias in brackets (`快捷(Express)`).
 * The 牌 of a word for brands stays (`“中国名牌”标志` keeps 名牌, which isBrandName then refuses, not `中国名`).
 */
function cleanName(name: string): string {
  return name
    .replace(/^[“"‘']|[”"’']$/g, '')
    .replace(/(?:品牌|(?<![名杂冒])牌)$/, '')
    .replace(/(?<=.)[(（][A-Za-z][^()（）]*[)）]$/, '')
    .replace(MARK_KIND, '')
    .trim();
}

/** A word of the NOT_NAME list as written, before 牌 is cut off (`“傍名牌”家电`). */
function isNotName(written: string, lexicons: Lexicons): boolean {
  return lexicons.brands.macros.lists.NOT_NAME?.includes(written.replace(/^[“"‘']|[”"’']$/g, '')) ?? false;
}

/**
 * Whether the text marks the name in `span` as a brand: in quotes, or with 牌 or 商标 right after it (`南街村牌`,
 * `“稻香村”商标`).
 */
function isMarkedName(view: SentenceView, span: { from: number; to: number }): boolean {
  return view.text[span.from - 1] === '“' || MARK_AFTER.test(view.text.slice(span.to, span.to + 3));
}

const MARK_AFTER = /^”?(?:牌|商标)/;

/**
 * Whether the closing quote at `close` is followed by a word saying the quoted words name a company or an event
 * (`“走出去”企业`, `“理解中国”课程等品牌`: notBrandEndings of two characters or more), not goods: they are a slogan or a
 * title, not a brand.
 */
function namesNoGoods(view: SentenceView, close: number, lexicons: Lexicons, eventEndings: readonly string[] = []): boolean {
  if (close < 0 || view.text[close] !== '”') return false;
  const after = view.text.slice(close + 1, close + 8);
  return lexicons.brands.notBrandEndings.some((ending) => ending.length >= 2 && after.startsWith(ending) && !eventEndings.includes(ending));
}

/** The event endings a quoted name may close with in a rule that takes quoted events as brands (`quotedEvents`). */
function quotedEventEndings(rule: BrandRule, lexicons: Lexicons): readonly string[] {
  return rule.quotedEvents ? (lexicons.brands.macros.lists.QUOTED_EVENT_ENDING ?? []) : [];
}

/**
 * A count with its classifier inside a name (`国家文物局决定将382个`, `某某三家家具企业的`): the list ran past its last
 * item into a clause. A count in Chinese numerals counts only with words after it (the clause goes on), so a name
 * closing with such characters stays one.
 */
const COUNT_INSIDE = /[0-9０-９]+[个家件项种批]|[二两三四五六七八九十百千万]+[个家件项种批][\u4e00-\u9fff]{2,}/;

/** How the text around a candidate name reads (see isBrandName); every field is off by default. */
export interface BrandNameContext {
  marked?: boolean;
  markedOneCharacter?: boolean;
  scheme?: string;
  eventEndings?: readonly string[];
  countedName?: boolean;
}

/**
 * Whether `name` can be a brand's name. `marked` (the text marks it as a brand, see isMarkedName) lets it end the way
 * a place does when the ending is one brands are named after (MARKED_ENDING: 南街村, 稻香村); `markedOneCharacter` (a
 * list item written as one character and 牌, ONE_CHARACTER_MARKED) lets it be one character long; `countedName` (the rule's
 * context proves goods, `countedNames`) lets it open with a count and a classifier (`六个X`).
 */
export function isBrandName(name: string, lexicons: Lexicons, how: BrandNameContext = {}): boolean {
  const { marked = false, markedOneCharacter = false, scheme = '', eventEndings = [], countedName = false } = how;
  if (name.length < (markedOneCharacter ? 1 : 2)) return false;
  if (COUNT_INSIDE.test(name) && !countedName) return false;
  if (/^[\d.%]+$/.test(name) || /[，。；：]/.test(name) || (COUNTED_SLOGAN.test(name) && !countedName)) return false;
  if (YEAR_CAMPAIGN.test(name)) return false;
  if (NUMERALS_ONLY.test(name) || FIGURE_ONLY.test(name) || endsWithAny(name, lexicons.brands.macros.lists.MAKER_POSSESSIVE)) return false;
  if (!/\p{L}/u.test(name) || NAMES_A_SCHEME.test(name)) return false;
  // A type of goods (`节能型`, `环保型`) describes them; an item cut inside brackets (`OTIS)`) is no name.
  if (name.endsWith('型') || !bracketsBalance(name)) return false;
  // A kind of goods (`卫浴`, `电器`) is what a brand brands, not its name.
  const lists = lexicons.brands.macros.lists;
  if (lists.NOT_NAME?.includes(name) || lists.PRODUCT?.includes(name) || lists.SECTOR?.includes(name)) return false;
  if (['', '省', '市', '县'].some((suffix) => lexicons.regions.has(name + suffix))) return false;
  // A division of today the gazetteer knows (`杭州`) stays a place however the text marks it, also at the end of a
  // quoted slogan (`品质杭州`); a name only ending like one (`舒州`, `九州`) may be a brand the text marks.
  const markedEndings = marked && !endsWithPlace(name) ? (lists.MARKED_ENDING ?? []) : [];
  // A time-honoured shop is listed by its shop's name (`某某漆器厂`, `某某绸布行`): in such a scheme that name is the brand.
  const shopEndings = (lists.SHOP_SCHEME ?? []).some((shop) => scheme.endsWith(shop)) ? (lists.SHOP_ENDING ?? []) : [];
  // A named event a rule lists as a brand (`eventItems`) may end with its event word (`…博览会`, `…论坛`).
  if (eventEndings.some((ending) => name.endsWith(ending) && name.length > ending.length)) return true;
  return !lexicons.brands.notBrandEndings.some(
    (ending) =>
      name.endsWith(ending) && !markedEndings.includes(ending) && !(shopEndings.includes(ending) && name.length > ending.length + 1),
  );
}

/** Whether the name is, or ends with, a place word of two or three characters (`杭州`, `品质杭州`). */
function endsWithPlace(name: string): boolean {
  return isPlaceWord(name) || isPlaceWord(name.slice(-2)) || isPlaceWord(name.slice(-3));
}

/** Whether every bracket the name opens it also closes, and none it closes was not opened. */
function bracketsBalance(name: string): boolean {
  let depth = 0;
  for (const ch of name) {
    if (ch === '(' || ch === '（') depth++;
    else if (ch === ')' || ch === '）') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}
