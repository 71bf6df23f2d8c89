// A corpus of our own for the web tests: three work reports with pass rates and enforcement figures
// (two provinces, two years), an HTML page and a JSON Lines record whose title and text carry script
// and quote payloads, and the bundled examples. Built by the real CLI, twice (one figure changed between
// the runs), so the database has raw texts that differ from the normalised ones and a diff between runs.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { QMINE, ROOT, tempDir } from './batch-fixtures';

export const REPORTS: Record<string, string> = {
  'jilin-2009-report.txt': `吉林省质量技术监督局2009年工作总结

2009年，全省质监系统认真履行职责。
全年全省产品质量监督抽查合格率为90.5%，比上年提高1.2个百分点。
全年立案查处质量违法案件1234起，涉案货值567.8万元。
食品生产加工环节抽检合格率达到95.1%。
`,
  'jilin-2010-report.txt': `吉林省质量技术监督局2010年工作总结

2010年，全省质监系统扎实推进质量强省。
全省产品质量监督抽查合格率为92.3%。
全年立案查处质量违法案件1302起，涉案货值612万元。
`,
  'gansu-2010-report.txt': `甘肃省质量技术监督局2010年工作总结

2010年，全省质监系统围绕中心服务大局。
全省产品质量监督抽查合格率为88.6%。
全年立案查处质量违法案件415起，罚没款230万元。
`,
  // Markup inside <title> is text (RCDATA); the entity-escaped script in the paragraph is text too, and
  // reaches the clean text; the real <script> elements stay in the raw source only.
  'xss-page.html': `<!doctype html>
<html><head><meta charset="utf-8">
<title>某市质监局"><img src=x onerror="window.__xss='title'">工作简报<script>window.__xss='title-script'</script></title>
<script>window.__xss = 'page';</script>
</head><body>
<div class="article">
<h1>某市质监局工作简报</h1>
<p>2011年，全市产品质量监督抽查合格率为93.4%。&lt;script&gt;window.__xss='text'&lt;/script&gt; 又见"&gt;&lt;img src=x onerror=window.__xss='attr'&gt; 与 ' onmouseover='window.__xss=1' 之类的字样。</p>
<p>全年立案查处质量违法案件88起。</p>
</div>
<script>document.write('<p>injected</p>')</script>
</body></html>
`,
  'xss-dump.jsonl':
    JSON.stringify({
      id: 'xss-dump',
      title: `<script>window.__xss='title'</script>"><img src=x onerror="window.__xss='img'">某县质监局'通报`,
      url: "javascript:window.__xss='url'",
      date: '2012-03-01',
      content: `2011年，全县食品抽检合格率为96.2%。<script>window.__xss='content'</script>"'><b onmouseover="window.__xss='b'">加粗</b>`,
    }) + '\n',
};

/** The title the JSON Lines record gives, payload and all: the page must show exactly this text. */
export const XSS_TITLE = JSON.parse(REPORTS['xss-dump.jsonl']!).title as string;

/** The figure the second run changes (88.6 → 87.9), so that run 2 differs from run 1 by one fact. */
export const CHANGED = { file: 'gansu-2010-report.txt', before: '88.6%', after: '87.9%' };

/** Builds the web fixture database (two runs of `qmine run`); removed after the test file by the caller's cleanup. */
export function buildWebDatabase(): { db: string; dir: string; cleanup(): void } {
  if (!existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('build first: npx tsc -p tsconfig.json');
  const tmp = tempDir('qmine-web-');
  const corpus = tmp.file('corpus');
  cpSync(path.join(ROOT, 'corpus', 'examples'), corpus, { recursive: true, filter: (source) => !source.endsWith('README.md') });
  for (const [name, text] of Object.entries(REPORTS)) writeFileSync(path.join(corpus, name), text);
  const db = tmp.file('web.db');
  const run = () => execFileSync(process.execPath, [QMINE, 'run', corpus, '--db', db], { stdio: 'pipe' });
  run();
  const changed = REPORTS[CHANGED.file]!.replace(CHANGED.before, CHANGED.after);
  writeFileSync(path.join(corpus, CHANGED.file), changed);
  run();
  return { db, dir: tmp.dir, cleanup: tmp.cleanup };
}
