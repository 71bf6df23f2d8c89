import * as cheerio from 'cheerio';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BOILERPLATE_FILE,
  DATE_PATTERN,
  lineFields,
  loadBoilerplateRules,
  matchDropRule,
  type BoilerplateRuleSpec,
} from '../pipeline/clean/boilerplate';
import { hasWord, HTML_CHROME_FILE, type HtmlChromeConfig } from '../pipeline/clean/html';
import { readFile } from '../corpus/read';
import { Dictionaries } from '../core/dictionaries';
import { newDocument, type Document } from '../core/document';
import { cleanStage } from '../pipeline/stages/clean';
import { describeShared } from './shared-material';

const dictionaries = new Dictionaries(path.resolve(__dirname, '..', 'dictionaries'));
const ctx = { dictionaries };
const SHARED = path.resolve(__dirname, '..', '..', 'shared', 'corpus');
const squash = (text: string) => text.replace(/\s+/g, '');

function clean(raw: string, format: 'text' | 'html', id = 'fixture'): Document {
  const doc = newDocument(
    { id, path: `${id}.${format === 'html' ? 'html' : 'txt'}`, record: null, sha256: '', encoding: 'utf-8', format, mojibake: false },
    raw,
  );
  cleanStage.run(doc, ctx);
  return doc;
}

/** Every clean character maps into the raw text: copied characters to themselves, others to what they stand for. */
function expectTraceable(doc: Document): void {
  const layer = doc.clean!;
  const raw = Array.from(doc.raw);
  const text = Array.from(layer.text);
  expect(layer.toRaw.sourceLength).toBe(raw.length);
  for (let i = 0; i < text.length; i++) {
    const lo = layer.toRaw.lo[i]!;
    const hi = layer.toRaw.hi[i]!;
    if (i > 0) expect(lo).toBeGreaterThanOrEqual(layer.toRaw.lo[i - 1]!);
    const source = raw.slice(lo, hi).join('');
    // A line break may stand for what was dropped there (a mojibake run); a space for an entity such as &nbsp;.
    if (text[i] === '\n') continue;
    if (/\s/.test(text[i]!)) expect(/^\s*$/.test(source) || source.startsWith('&'), source).toBe(true);
    else if (hi - lo === 1) expect(source).toBe(text[i]);
    else expect(source.startsWith('&') || source === '').toBe(true);
  }
}

describe('boilerplate and HTML chrome rules (data files) hold for their examples', () => {
  const specs = dictionaries.jsonl<BoilerplateRuleSpec>(BOILERPLATE_FILE);
  const rules = loadBoilerplateRules(dictionaries);
  it('have unique ids', () => {
    expect(new Set(specs.map((s) => s.id)).size).toBe(specs.length);
  });
  for (const rule of rules.lines) {
    it(`${rule.id}`, () => {
      expect(rule.examples.length).toBeGreaterThan(0);
      for (const example of rule.examples) {
        if (rule.kind === 'drop')
          expect(matchDropRule(example as string, { ...rules, lines: [rule] }, rule.position !== 'body'), `${example}`).not.toBeNull();
        else {
          const [line, value] = example as [string, string];
          expect(lineFields(line, { ...rules, lines: [rule] })[rule.field!], line).toBe(value);
        }
      }
      for (const counter of rule.counterexamples) expect(matchDropRule(counter, rules, rule.position !== 'body'), counter).toBeNull();
    });
  }
  it('name chrome and title elements by class words', () => {
    const config = dictionaries.json<HtmlChromeConfig>(HTML_CHROME_FILE);
    const chrome = new Set(config.chromeWords);
    for (const name of config.chromeExamples) expect(hasWord(name, chrome), name).toBe(true);
    for (const name of config.contentExamples) expect(hasWord(name, chrome), name).toBe(false);
    for (const name of config.titleExamples) expect(hasWord(name, new Set(config.titleWords)), name).toBe(true);
  });
  it('date pattern reads the usual ways of writing a date', () => {
    const date = new RegExp(`^${DATE_PATTERN}$`);
    for (const d of ['2011-07-29', '2009/2/19', '2017年10月14日', '2012.07.02']) expect(date.test(d), d).toBe(true);
  });
});

describe('clean stage: plain text', () => {
  const raw = [
    '新闻中心>>工作动态>>',
    '某省召开全省质量技术监督工作会议',
    '2016-02-18 09:30:12 某某质量网',
    '',
    '　　会议回顾总结了2015年全省质监工作，全省产品质量监督抽查合格率为93.6%。  ',
    '全年立案查处质量违法案件1286起，涉案货值2356.8万元。\r',
    '（责任编辑：王某）',
    'Copyright © 2016 某某网 版权所有',
    '主办：某某省质量技术监督局　承办：某某信息中心',
    '联系地址：某某市某某路1号　投稿邮箱：news@example.cn',
    '某ICP备00000000号-1 网站标识码：0000000000 浏览次数：1234',
    '【打印本页】【关闭窗口】',
  ].join('\n');
  const doc = clean(raw, 'text');

  it('keeps the article lines, trimmed, one per line, and drops every chrome line', () => {
    expect(doc.clean!.text).toBe(
      [
        '某省召开全省质量技术监督工作会议',
        '会议回顾总结了2015年全省质监工作，全省产品质量监督抽查合格率为93.6%。',
        '全年立案查处质量违法案件1286起，涉案货值2356.8万元。',
      ].join('\n'),
    );
  });

  it('reads the title, date and site from the header', () => {
    expect(doc.meta).toMatchObject({ title: '某省召开全省质量技术监督工作会议', date: '2016-02-18', site: '某某质量网' });
  });

  it('maps every clean character back to the raw text', () => {
    expectTraceable(doc);
    const at = doc.clean!.text.indexOf('93.6%');
    const span = doc.clean!.span(at, at + 5);
    expect(Array.from(raw).slice(span.rawStart, span.rawEnd).join('')).toBe('93.6%');
  });

  it('drops mojibake runs and keeps the map', () => {
    const garbled = clean('全省共抽查产品1200批次。?骷吨始嗖棵偶哟笾捶ù蚣倭Χ龋榇Π讣倨稹?涉案货值50万元。', 'text');
    expect(garbled.clean!.text).toBe('全省共抽查产品1200批次。\n涉案货值50万元。');
    expect(garbled.messages.some((m) => /mojibake/.test(m.text))).toBe(true);
    expectTraceable(garbled);
  });
});

describe('clean stage: HTML', () => {
  const page = `<%@ page contentType="text/html;charset=UTF-8"%>
<html><head><title>某市开展电线电缆质量抽查 - 某市市场监督管理局</title>
<script>var x = "<%=request.getAttribute("site")%>"; if (a < b) { show(); }</script><style>p { color: red }</style></head>
<body>
<div class="nav"><a href="/">首页</a> <a href="/n">新闻动态</a> <a href="/g">通知公告</a></div>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; 正文</div>
<div id="main"><div class="article">
<h1>某市开展电线电缆质量抽查</h1>
<div class="info"><span>发布时间：2018-06-12</span><span>来源：某市市场监督管理局</span><span>浏览次数：1208</span></div>
<p>近日，某市组织开展电线电缆产品质量监督抽查，共抽查&nbsp;36&nbsp;家企业的&nbsp;80&nbsp;批次产品，
抽样合格率为92.5%。</p>
<p>不合格项目涉及导体电阻，执行标准为GB/T&nbsp;5023.1-2008《额定电压450/750V及以下聚氯乙烯绝缘电缆》&amp;相关规范。</p>
<p>该局已立案查处案件3起，涉案货值8.6万元。</p>
</div>
<ul class="list"><li><a href="/1">某市开展儿童玩具质量抽查</a></li><li><a href="/2">某市发布2017年质量状况分析报告</a></li><li><a href="/3">某市开展计量器具专项检查</a></li></ul>
</div>
<div class="footer"><p>主办：某市市场监督管理局</p><p>某ICP备00000000号</p></div>
<footer>Copyright 2018</footer>
</body></html>`;
  const doc = clean(page, 'html');
  const text = doc.clean!.text;

  it('keeps the heading and paragraphs, joining lines broken inside a Chinese sentence', () => {
    expect(text.split('\n')).toEqual([
      '某市开展电线电缆质量抽查',
      '近日，某市组织开展电线电缆产品质量监督抽查，共抽查 36 家企业的 80 批次产品，抽样合格率为92.5%。',
      '不合格项目涉及导体电阻，执行标准为GB/T 5023.1-2008《额定电压450/750V及以下聚氯乙烯绝缘电缆》&相关规范。',
      '该局已立案查处案件3起，涉案货值8.6万元。',
    ]);
  });

  it('drops scripts, styles, template directives, navigation, breadcrumbs, link lists and footers', () => {
    for (const chrome of [
      'show()',
      'color',
      'request',
      '首页',
      '新闻动态',
      '当前位置',
      '儿童玩具',
      'ICP',
      'Copyright',
      '主办',
      '浏览次数',
    ]) {
      expect(text).not.toContain(chrome);
    }
  });

  it('reads title, date and source', () => {
    expect(doc.meta).toMatchObject({ title: '某市开展电线电缆质量抽查', date: '2018-06-12', site: '某市市场监督管理局' });
  });

  it('maps text to the page source, entities to their whole range', () => {
    expectTraceable(doc);
    const nbsp = text.indexOf(' 36');
    const span = doc.clean!.span(nbsp, nbsp + 1);
    expect(page.slice(span.rawStart, span.rawEnd)).toBe('&nbsp;');
    const amp = text.indexOf('&相关');
    const ampSpan = doc.clean!.span(amp, amp + 1);
    expect(page.slice(ampSpan.rawStart, ampSpan.rawEnd)).toBe('&amp;');
    const rate = text.indexOf('92.5%');
    const rateSpan = doc.clean!.span(rate, rate + 5);
    expect(page.slice(rateSpan.rawStart, rateSpan.rawEnd)).toBe('92.5%');
  });

  it('cleans a dump record whose text column holds a page as a page', () => {
    const record = newDocument(
      { id: 'd#1', path: 'd.jsonl', record: 1, sha256: '', encoding: 'utf-8', format: 'jsonl', mojibake: false },
      page,
    );
    cleanStage.run(record, ctx);
    expect(record.clean!.text).toBe(text);
  });
});

describeShared('clean stage on ../shared/corpus', () => {
  const ebDir = path.join(SHARED, 'eb_cms');
  const pages = readdirSync(ebDir)
    .filter((f) => f.endsWith('.jsp'))
    .sort();

  it('finds the eb_cms pages', () => {
    expect(pages.length).toBe(111);
  });

  for (const file of pages) {
    it(`eb_cms/${file}: article sentences kept, navigation and header lines gone, title and date read`, () => {
      const item = readFile(path.join(ebDir, file))[0]!;
      if (item.kind !== 'document') throw new Error(item.error.cause);
      const doc = item.doc;
      cleanStage.run(doc, ctx);
      const cleanText = squash(doc.clean!.text);
      const cleanLines = new Set(doc.clean!.text.split('\n').map(squash));

      // What the page itself says is its article, navigation, title and date (read independently with cheerio).
      const $ = cheerio.load(readFileSync(path.join(ebDir, file), 'utf8').replace(/<%[\s\S]*?%>/g, ''));
      const navigation = $('.navCurrent a')
        .toArray()
        .map((a) => squash($(a).text()));
      const heading = squash($('.frameNews h1').text());
      const date = /发布时间：\s*(\d{4}-\d{2}-\d{2})/.exec($('.frameNews .source').text())?.[1];
      $('.frameNews p a').remove(); // links inside paragraphs are promotions, not article text
      $('br').replaceWith('\n');
      const sentences = $('.frameNews p')
        .toArray()
        .flatMap((p) => $(p).text().split('\n'))
        .flatMap((line) => line.split(/(?<=[。！？])/))
        .map(squash)
        .filter((s) => /[\u4e00-\u9fff]{8}/.test(s) && /[，。；！？]/.test(s));

      expect(sentences.length).toBeGreaterThan(0);
      for (const sentence of sentences) expect(cleanText, sentence).toContain(sentence);
      for (const crumb of navigation.slice(0, -1)) expect(cleanLines.has(crumb), crumb).toBe(false);
      expect(cleanText).not.toContain('发布时间');
      expect(cleanText).not.toContain('$(document)');
      expect(squash(doc.meta.title ?? '')).toBe(heading);
      expect(doc.meta.date).toBe(date);
      expectTraceable(doc);
    });
  }

  // Footer lines of the seeds, recognised by what they are (site credits), not by their text.
  const FOOTER = /Copyright|版权所有|主办|承办|ICP|公网安备|网站标识码|联系地址|投稿邮箱|举报电话|技术维护|联系电话|浏览[:：]/i;
  for (const seed of ['003_d3d6f289842401a2.txt', '004_7624235b4c0c48e9.txt']) {
    it(`seeds/${seed}: footer lines gone, every other line kept`, () => {
      const item = readFile(path.join(SHARED, 'seeds', seed))[0]!;
      if (item.kind !== 'document') throw new Error(item.error.cause);
      const doc = item.doc;
      cleanStage.run(doc, ctx);
      const lines = doc.raw
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      const footer = lines.filter((l) => FOOTER.test(l));
      expect(footer.length).toBeGreaterThanOrEqual(3);
      const cleanLines = doc.clean!.text.split('\n');
      for (const line of footer) expect(cleanLines, line).not.toContain(line);
      for (const line of lines.filter((l) => !FOOTER.test(l))) expect(cleanLines, line).toContain(line);
      expectTraceable(doc);
    });
  }

  it('reads titles of the other scraped pages from their article heading', () => {
    for (const [file, cjkTitle] of [
      ['fcx_article/fcx_001.jsp', /合格率/],
      ['zjy_news/zjy_01.jsp', /调研/],
    ] as const) {
      const item = readFile(path.join(SHARED, file))[0]!;
      if (item.kind !== 'document') throw new Error(item.error.cause);
      cleanStage.run(item.doc, ctx);
      expect(item.doc.meta.title ?? '', file).toMatch(cjkTitle);
      expect(item.doc.clean!.text.split('\n')[0]).toBe(item.doc.meta.title);
    }
  });
});
