// Corpora and database snapshots for the batch tests (run, reprocess, interruption, --jobs). All text is
// our own: the bundled examples (corpus/examples) and reports written or generated here.
import Database from 'better-sqlite3';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { registerTextCodec } from '../output/text-codec';

export const ROOT = path.resolve(__dirname, '..');
export const QMINE = path.join(ROOT, 'bin', 'qmine.js');
export const DICTIONARIES = path.join(ROOT, 'dictionaries');
const EXAMPLES = path.join(ROOT, 'corpus', 'examples');

/** A word jieba splits (计量/惠民/工程) that the reports below use: adding it to the user dictionary changes their tokens. */
export const NEW_WORD = '计量惠民工程';

export function tempDir(prefix = 'qmine-batch-'): { dir: string; file(...parts: string[]): string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, file: (...parts) => path.join(dir, ...parts), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A copy of the bundled dictionaries folder at `dir`, changed by `edit` (file relative path → new content). */
export function copyDictionaries(dir: string, edit: (read: (file: string) => string) => Record<string, string> = () => ({})): string {
  cpSync(DICTIONARIES, dir, { recursive: true });
  const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
  for (const [file, content] of Object.entries(edit(read))) writeFileSync(path.join(dir, file), content);
  return dir;
}

/** The user dictionary with NEW_WORD appended. */
export function withNewWord(read: (file: string) => string): Record<string, string> {
  const file = 'jieba/user.dict.txt';
  const text = read(file);
  return { [file]: `${text}${text.endsWith('\n') ? '' : '\n'}${NEW_WORD} 3000 n\n` };
}

/** change.absolute no longer reads 增加 (increase) as a change: 比上年增加240万元 is no longer its fact. */
export function dropIncreaseFromChangeRule(read: (file: string) => string): Record<string, string> {
  const file = 'rules/quantities.jsonl';
  const lines = read(file).split('\n');
  const at = lines.findIndex(
    (line) => !line.startsWith('#') && line.trim() !== '' && (JSON.parse(line) as { id: string }).id === 'change.absolute',
  );
  const rule = at < 0 ? undefined : (JSON.parse(lines[at]!) as { when: { before?: string } });
  const before = rule?.when.before;
  if (!rule || !before?.includes('增加|')) throw new Error('rule change.absolute with 增加 in its `before` pattern not found');
  rule.when.before = before.replace('增加|', '');
  lines[at] = JSON.stringify(rule);
  return { [file]: lines.join('\n') };
}

const REPORT = `某某市质量技术监督局2012年工作总结

2012年，全市质监系统围绕质量强市战略，扎实推进各项工作。
全年组织产品质量监督抽查1260批次，抽样合格率为92.4%，比上年提高1.6个百分点。
立案查处质量违法案件318起，涉案货值1856万元，比上年增加240万元，罚没款比上年减少35万元。
计量惠民工程深入开展，全年免费检定血压计、电子秤等计量器具4300台件，计量惠民工程覆盖全市86个集贸市场。
特种设备定期检验率达到98.2%，全年未发生较大以上特种设备事故。
新增省名牌产品14个，主导制定地方标准9项，推动37家企业导入卓越绩效管理模式。
2013年，力争产品质量监督抽查合格率稳定在92%以上，计量惠民工程惠及更多群众。
`;

/**
 * A small corpus at `dir`: the bundled examples (plain text in three encodings and scripts, a page, a
 * JSON Lines dump), a report of ours, a repost of it with one figure changed (a near duplicate), an
 * exact copy under another name, and a CSV dump whose rows state their province.
 */
export function writeFixtureCorpus(dir: string): string {
  mkdirSync(dir, { recursive: true });
  cpSync(EXAMPLES, dir, { recursive: true, filter: (source) => !source.endsWith('README.md') });
  writeFileSync(path.join(dir, 'city-2012-report.txt'), REPORT);
  writeFileSync(path.join(dir, 'city-2012-repost.txt'), `转载：${REPORT.replace('318起', '319起')}`);
  writeFileSync(path.join(dir, 'zz-city-2012-copy.txt'), REPORT);
  const rows = [
    ['province', 'title', 'publish_date', 'full_text'],
    [
      '浙江',
      '浙江省质监局通报2013年抽查结果',
      '2014-01-20',
      '2013年浙江省共抽查产品3120批次，抽样合格率为93.1%，比上年增加0.7个百分点。\n立案查处案件402起，涉案货值1250万元。',
    ],
    [
      '湖南',
      '湖南省计量工作情况',
      '2014-02-11',
      '2013年湖南省计量惠民工程免费检定计量器具5600台件。\n建立社会公用计量标准120项，比上年增加18项。',
    ],
  ];
  writeFileSync(path.join(dir, 'provinces.csv'), rows.map((r) => r.map((v) => `"${v.replace(/"/g, '""')}"`).join(',')).join('\n') + '\n');
  return dir;
}

/** A tiny seeded generator, so that generated corpora are the same on every run. */
function generator(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
}

const REGIONS = [
  '河北省',
  '山西省',
  '辽宁省',
  '吉林省',
  '江苏省',
  '安徽省',
  '福建省',
  '山东省',
  '河南省',
  '湖北省',
  '广东省',
  '四川省',
  '贵州省',
  '云南省',
  '陕西省',
  '甘肃省',
];
const SENTENCES: ((n: (k: number) => number) => string)[] = [
  (n) => `全年组织产品质量监督抽查${1000 + n(4000)}批次，抽样合格率为${80 + n(19)}.${n(10)}%，比上年提高${n(3)}.${1 + n(9)}个百分点。`,
  (n) => `立案查处质量违法案件${100 + n(900)}起，涉案货值${100 + n(5000)}万元，比上年增加${10 + n(300)}万元。`,
  (n) => `出动执法人员${1 + n(9)}.${n(10)}万人次，检查生产经营企业${2000 + n(9000)}家，捣毁制假售假窝点${5 + n(60)}个。`,
  (n) => `计量惠民工程深入开展，免费检定计量器具${1000 + n(9000)}台件，覆盖集贸市场${10 + n(90)}个。`,
  (n) => `特种设备定期检验率达到${90 + n(9)}.${n(10)}%，万台设备死亡人数为0.${10 + n(80)}。`,
  (n) => `新增名牌产品${5 + n(40)}个、地理标志保护产品${1 + n(6)}个，主导制定地方标准${3 + n(30)}项。`,
  (n) => `食品生产加工企业获证率达到${95 + n(4)}%，比上年减少无证企业${10 + n(90)}家。`,
  (n) => `全年培训质量管理人员${500 + n(3000)}人次，开展质量月活动${20 + n(80)}场次。`,
  (n) => `受理消费者投诉${300 + n(2000)}件，为消费者挽回经济损失${10 + n(500)}万元。`,
  (n) => `建立社会公用计量标准${50 + n(200)}项，比上年增加${5 + n(30)}项，强制检定率达到${85 + n(14)}%。`,
];

/**
 * `count` generated reports of our own (each 40–70 sentences from the templates above, figures drawn
 * from a seeded generator): a corpus big enough for a run or reprocess to take a few seconds.
 */
export function writeGeneratedCorpus(dir: string, count: number, seed = 7): string {
  mkdirSync(dir, { recursive: true });
  const n = generator(seed);
  for (let i = 0; i < count; i++) {
    const region = REGIONS[n(REGIONS.length)]!;
    const year = 2005 + n(12);
    const lines = [`${region}质量技术监督局${year}年工作报告`, '', `${year}年，${region}质监系统认真履行职责，各项工作取得新成效。`];
    const sentences = 40 + n(30);
    for (let s = 0; s < sentences; s++) lines.push(SENTENCES[n(SENTENCES.length)]!(n));
    writeFileSync(path.join(dir, `report-${String(i).padStart(4, '0')}.txt`), lines.join('\n') + '\n');
  }
  return dir;
}

/** What a database holds, in a form to compare: every table a run or reprocess writes, without row ids and run ids. */
export interface Snapshot {
  documents: Record<string, unknown>[];
  sentences: Record<string, unknown>[];
  facts: Record<string, unknown>[];
  keywords: Record<string, unknown>[];
  messages: Record<string, unknown>[];
  liveHistory: Record<string, unknown>[];
}

export function snapshot(file: string): Snapshot {
  const db = new Database(file, { readonly: true });
  registerTextCodec(db); // document_texts unpacks the stored texts with it
  try {
    const all = (sql: string) => db.prepare(sql).all() as Record<string, unknown>[];
    return {
      documents: all(`SELECT d.id, path, record, sha256, encoding, format, mojibake, title, date, url, site, author, region, region_code,
        year, raw, norm_text, norm_map, tokens, duplicate_of, fingerprint_exact, fingerprint_simhash, stage_keys
        FROM documents d JOIN document_texts t ON t.id = d.id ORDER BY d.rowid`),
      sentences: all('SELECT doc, ordinal, start, end, raw_start, raw_end, text FROM sentences ORDER BY doc, ordinal'),
      facts: all(`SELECT doc, fact_key, type, category, metric, value, unit, bound, status, period, region, subject, name, text,
        start, end, raw_start, raw_end, rule, sentence FROM facts ORDER BY doc, fact_key`),
      keywords: all('SELECT doc, rank, word, weight FROM keywords ORDER BY doc, rank'),
      messages: all('SELECT doc, ordinal, stage, level, text, rule FROM document_messages ORDER BY doc, ordinal'),
      liveHistory: all('SELECT doc, fact_key, type, rule, content FROM fact_history WHERE removed_run IS NULL ORDER BY doc, fact_key'),
    };
  } finally {
    db.close();
  }
}

/** Rows grouped by their `doc` column. */
export function byDoc(rows: Record<string, unknown>[]): Map<string, Record<string, unknown>[]> {
  const groups = new Map<string, Record<string, unknown>[]>();
  for (const row of rows) {
    const doc = row.doc as string;
    const list = groups.get(doc);
    if (list) list.push(row);
    else groups.set(doc, [row]);
  }
  return groups;
}
