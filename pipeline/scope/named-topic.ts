import type { Dictionaries } from '../../core/dictionaries';
import type { Token } from '../../core/document';
import type { SubjectRules } from './subjects';
import { headOf } from './subject-words';

/**
 * The company or brand a news page is about by the name the page gives it (contract v1.1, subject: a company the
 * figure is about; from the title or lead when the sentence names none): the short name it defines for a company
 * and keeps using (某某电器有限公司(下称“某某电器”)), else the name its title glues to the page's product (某某家具被查…).
 * The cues and thresholds are dictionaries/context/named-topics.json.
 */

export const NAMED_TOPICS_FILE = 'context/named-topics.json';

interface NamedTopicsFile {
  aliasCues: string[];
  aliasMinimum: number;
  aliasLead: number;
  titleNameMinimum: number;
}

export interface NamedTopicRules {
  aliasCues: readonly string[];
  aliasMinimum: number;
  aliasLead: number;
  titleNameMinimum: number;
}

export function loadNamedTopicRules(dictionaries: Dictionaries): NamedTopicRules {
  return dictionaries.parseOnce(
    NAMED_TOPICS_FILE,
    (text) => {
      const file = JSON.parse(text) as NamedTopicsFile;
      return {
        aliasCues: [...file.aliasCues].sort((a, b) => b.length - a.length),
        aliasMinimum: file.aliasMinimum,
        aliasLead: file.aliasLead,
        titleNameMinimum: file.titleNameMinimum,
      };
    },
    'compiled',
  );
}

/** What a page is about by its own name (达芬奇家具), and the name that makes it its own (达芬奇). */
export interface NamedSubject {
  subject: string;
  name: string;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How often `word` stands in `text` (mentions that do not overlap). */
function mentions(text: string, word: string): number {
  let count = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) count++;
  return count;
}

/**
 * The short name a page defines for a company (锦湖轮胎(长春)有限公司(下称“锦湖长春工厂”)) that it names most often, at
 * least `aliasMinimum` times and `aliasLead` times as often as any other short name it defines; else null.
 */
export function definedCompanyName(text: string, rules: NamedTopicRules, subjects: SubjectRules): NamedSubject | null {
  const endings = subjects.organisationEndings.map(escape).join('|');
  const cues = rules.aliasCues.map(escape).join('|');
  // The company's name ends in an organisation ending, perhaps in its own bracket (…有限公司) before the definition's,
  // which may give a foreign name first (奥的斯电梯公司(OTIS，下称“奥的斯”)).
  const definition = new RegExp(
    `(?:${endings})[)）]?[（(](?:[^（）()，,。]{0,12}[，,])?\\s*(?:${cues})[:：]?[“"「『]([^”"」』，,。]{1,12})[”"」』]`,
    'g',
  );
  const counts = new Map<string, number>();
  for (const match of text.matchAll(definition)) {
    const name = match[1]!.trim();
    if (name.length >= 2 && !counts.has(name)) counts.set(name, mentions(text, name));
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < rules.aliasMinimum) return null;
  return second && second[1] * rules.aliasLead > first[1] ? null : { subject: first[0], name: first[0] };
}

/** Tags of a name a title may glue before a product: a person or brand name, a word the segmenter does not know. */
const NAME_TAGS: ReadonlySet<string> = new Set(['nr', 'nrt', 'nz', 'nt', 'x', 'j']);

/**
 * The name a title glues right before the page's product (达芬奇/nr 家具/n 被查…, 锦湖/x 轮胎/n 召回…) with that product,
 * when the text names them so at least `titleNameMinimum` times: the page is about that maker's product. Null when
 * the topic is no product of the lexicon, is a company already, or the title glues no name to it.
 */
export function titleNamedProduct(p: {
  topic: string | null;
  titleTokens: readonly Token[];
  text: string;
  rules: NamedTopicRules;
  subjects: SubjectRules;
  isPlace: (token: Token) => boolean;
}): NamedSubject | null {
  const { topic, titleTokens, text, rules, subjects, isPlace } = p;
  if (topic === null || headOf(topic, subjects) === null || subjects.organisationEndings.some((e) => topic.endsWith(e))) return null;
  // The headline opens with the name (某某家具被查…); a name further in is of something the page only speaks of
  // (江西首家甲醇/x 汽油生产企业…: 甲醇 is no maker's name).
  const k = titleTokens.findIndex((token) => /\S/.test(token.word));
  const name = titleTokens[k];
  if (!name || !NAME_TAGS.has(name.tag) || !/^[\u4e00-\u9fff]{2,}$/.test(name.word) || isPlace(name)) return null;
  if (subjects.generic.has(name.word) || subjects.dropLeading.has(name.word) || subjects.notSubjects.has(name.word)) return null;
  // The topic as the page's runs read it may hold the name already (宏达/nz 家具: 宏达家具).
  const product = topic.startsWith(name.word) ? topic.slice(name.word.length) : topic;
  let written = '';
  let at = name.end;
  for (let j = k + 1; j < titleTokens.length && titleTokens[j]!.start === at && written.length < product.length; j++) {
    written += titleTokens[j]!.word;
    at = titleTokens[j]!.end;
  }
  if (written !== product || headOf(product, subjects) === null) return null;
  const named = name.word + product;
  return mentions(text, named) >= rules.titleNameMinimum ? { subject: named, name: name.word } : null;
}
