import iconv from 'iconv-lite';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contractFacts, type Fact } from '../core/document';
import { readFile } from '../corpus/read';

import { pipeline, factsOf } from './extract-helpers';

/**
 * Metamorphic check: the same report written the ways real pages come (traditional script, hard-wrapped at a
 * fixed width, an HTML page with site chrome, full-width digits and letters, pinyin after characters, GBK or
 * Big5 bytes) gives the same facts as its simplified plain-text form. Our own sentences, in the style of a
 * provincial quality-supervision report.
 */
const REPORT = [
  '浙江省2015年质量技术监督工作情况',
  '2015年，全省质监系统共组织产品质量监督抽查3250批次，抽查合格率为92.4%，比上年提高1.6个百分点。全年立案查处质量违法案件1280起，罚没款合计856.3万元，捣毁制假售假窝点37个。',
  '全省新增“浙江制造”认证企业46家，主导制定国家标准12项、行业标准25项，认真贯彻《中华人民共和国产品质量法》，推行GB/T 19001-2016标准。',
  '全省特种设备万台死亡率为0.21，低于“十二五”时期平均水平；“海尔”等15个品牌获评省名牌产品，卫生用品生产企业抽查合格率达到96.5%。',
  '2016年，力争监督抽查合格率达到93%以上，新增省级标准化试点项目30个，计量检定仪器设备达到12万台件。',
].join('\n');

/** Pinyin of the characters the variant annotates (a reading page gives it after each one). */
const PINYIN: Record<string, string> = {
  质: 'zhì',
  量: 'liàng',
  监: 'jiān',
  督: 'dū',
  抽: 'chōu',
  查: 'chá',
  合: 'hé',
  格: 'gé',
  率: 'lǜ',
  企: 'qǐ',
  业: 'yè',
  标: 'biāo',
  准: 'zhǔn',
  省: 'shěng',
};

// eslint-disable-next-line @typescript-eslint/no-require-imports
const openCc = require('opencc-js/cn2t') as { Converter(options: { from: string; to: string }): (text: string) => string };
const toTraditional = openCc.Converter({ from: 'cn', to: 'tw' });
const toHongKong = openCc.Converter({ from: 'cn', to: 'hk' });

/** Every line cut into lines of `width` code points, wherever the cut falls (inside words, numbers and codes). */
function hardWrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const points = Array.from(line);
      const pieces: string[] = [];
      for (let at = 0; at < points.length; at += width) pieces.push(points.slice(at, at + width).join(''));
      return pieces.join('\n');
    })
    .join('\n');
}

/** Every line cut after 20 to 40 code points, a different length each time (a column laid out or read by OCR). */
function raggedWrap(text: string): string {
  const widths = [23, 31, 27, 38, 20, 34, 29, 40, 25];
  let turn = 0;
  return text
    .split('\n')
    .map((line) => {
      const points = Array.from(line);
      const pieces: string[] = [];
      for (let at = 0; at < points.length; turn++) {
        const width = widths[turn % widths.length]!;
        pieces.push(points.slice(at, at + width).join(''));
        at += width;
      }
      return pieces.join('\n');
    })
    .join('\n');
}

function htmlPage(text: string): string {
  const [title, ...paragraphs] = text.split('\n');
  return [
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title><script>var stats = [];</script></head><body>`,
    '<div class="nav"><a href="/">首页</a> | <a href="/news">新闻中心</a> | <a href="/gk">政务公开</a> | <a href="/fw">办事服务</a></div>',
    '<div class="crumb">当前位置：首页 &gt; 新闻中心 &gt; 工作动态</div>',
    `<div class="article"><h1>${title}</h1><div class="content">`,
    `<p>${paragraphs[0]}</p><p>${paragraphs[1]}<br>${paragraphs[2]}</p><p>${paragraphs[3]}</p>`,
    '</div></div>',
    '<div class="footer"><p>主办单位：某某市市场监督管理局　地址：某某路1号</p><p>版权所有 © 2016 某某网　备案号：浙ICP备00000000号</p></div>',
    '</body></html>',
  ].join('\n');
}

function fullWidth(text: string): string {
  return text.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');
}

function withPinyin(text: string): string {
  return Array.from(text, (ch) => (PINYIN[ch] ? `${ch}(${PINYIN[ch]})` : ch)).join('');
}

const FIELDS = ['type', 'value', 'unit', 'name', 'period', 'region', 'subject', 'category', 'status'] as const;

/** The facts as comparable lines, sorted. */
function fingerprint(facts: readonly Fact[]): string[] {
  return facts.map((f) => FIELDS.map((field) => String(f[field] ?? '')).join('|')).sort();
}

const folder = mkdtempSync(path.join(tmpdir(), 'qmine-metamorphic-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The facts of a file of these bytes, read as the batch reads files (encoding detected). */
function factsOfBytes(name: string, bytes: Buffer): Fact[] {
  const file = path.join(folder, name);
  writeFileSync(file, bytes);
  const items = readFile(file);
  const item = items[0]!;
  if (items.length !== 1 || item.kind !== 'document') throw new Error(`${name}: not one document`);
  return contractFacts(pipeline.process(item.doc));
}

describe('metamorphic: a report gives the same facts whatever form it comes in', () => {
  const expected = fingerprint(factsOf(REPORT));

  it('has facts of every kind to compare', () => {
    expect(new Set(expected.map((line) => line.split('|')[0]))).toEqual(
      new Set(['rate', 'count', 'amount', 'change', 'brand', 'standard', 'policy']),
    );
  });

  const variants: [string, () => Fact[]][] = [
    ['traditional script (Taiwan forms)', () => factsOf(toTraditional(REPORT))],
    ['traditional script (Hong Kong forms)', () => factsOf(toHongKong(REPORT))],
    ...[20, 27, 33, 40].map((width): [string, () => Fact[]] => [
      `hard-wrapped every ${width} characters`,
      () => factsOf(hardWrap(REPORT, width)),
    ]),
    ['hard-wrapped at a varying width', () => factsOf(raggedWrap(REPORT))],
    ['an HTML page with navigation and footer', () => factsOf(htmlPage(REPORT))],
    ['full-width digits, letters and marks', () => factsOf(fullWidth(REPORT))],
    ['pinyin after characters', () => factsOf(withPinyin(REPORT))],
    ['GBK bytes', () => factsOfBytes('report-gbk.txt', iconv.encode(REPORT, 'gbk'))],
    ['Big5 bytes of the traditional text', () => factsOfBytes('report-big5.txt', iconv.encode(toTraditional(REPORT), 'big5'))],
    [
      'traditional, hard-wrapped, as Big5 bytes',
      () => factsOfBytes('report-big5-wrapped.txt', iconv.encode(hardWrap(toTraditional(REPORT), 31), 'big5')),
    ],
  ];
  for (const [name, facts] of variants) {
    it(name, () => {
      expect(fingerprint(facts())).toEqual(expected);
    });
  }
});
