import path from 'node:path';

/** The shapes a corpus file comes in. */
export type Format = 'text' | 'html' | 'sogou-xml' | 'jsonl' | 'csv';

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.shtml', '.xhtml', '.jsp', '.asp', '.aspx', '.php']);
const HTML_TAG = /<(?:!doctype\s+html|html|head|body|meta|title|div|p|span|table|script|style|a\s|br|h[1-6]|ul|li|font|center)[\s>/]/gi;

/**
 * Detects a file's format from its decoded content; the extension only breaks ties (a `.txt` holding a
 * page is HTML, a `.html` with no markup is text).
 */
export function sniffFormat(text: string, filePath: string): Format {
  const ext = path.extname(filePath).toLowerCase();
  const head = text.slice(0, 8192);
  if (looksLikeSogouXml(head)) return 'sogou-xml';
  if (looksLikeJsonRecords(head)) return 'jsonl';
  if (looksLikeHtml(head, HTML_EXTENSIONS.has(ext))) return 'html';
  if (ext === '.csv' || ext === '.tsv' || looksLikeCsvHeader(head)) return 'csv';
  return 'text';
}

export function looksLikeSogouXml(head: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<docs?>\s*)?<doc>\s*<(?:url|docno|contenttitle|content)>/i.test(head);
}

function looksLikeJsonRecords(head: string): boolean {
  const start = head.trimStart();
  return /^\{\s*"/.test(start) || /^\[\s*\{\s*"/.test(start);
}

/**
 * Markup, not text that mentions a tag: several known tags, or one with an HTML extension. Used for
 * files and for dump records whose text column holds a page.
 */
export function looksLikeHtml(head: string, htmlExtension = false): boolean {
  const tags = head.match(HTML_TAG)?.length ?? 0;
  return tags >= 3 || (htmlExtension && tags >= 1);
}

/** A first line of two or more delimited cells, one of them a known text column name. */
function looksLikeCsvHeader(head: string): boolean {
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  const cells = firstLine.split(/[,\t]/).map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase());
  return cells.length >= 2 && cells.some((c) => TEXT_COLUMNS.includes(c));
}

/** Column names a dump's fields are found by, in order of preference. */
export const TEXT_COLUMNS = ['content', 'full_text', 'fulltext', 'text', 'body', 'article', 'html', 'content_html', '正文', '内容', '全文'];
export const TITLE_COLUMNS = ['title', 'contenttitle', 'headline', '标题', '题目'];
export const URL_COLUMNS = ['url', 'source_url', 'link', 'href', 'page_url', '网址', '链接'];
export const DATE_COLUMNS = [
  'date',
  'publish_date',
  'pub_date',
  'pubdate',
  'published',
  'publish_time',
  'time',
  '发布时间',
  '发布日期',
  '日期',
  'year',
];
export const ID_COLUMNS = ['id', 'doc_id', 'docid', 'docno', 'uuid', '编号'];
export const SITE_COLUMNS = ['source', 'site', 'publisher', 'media', '来源', '媒体'];
export const REGION_COLUMNS = ['province', 'region', 'city', '省份', '地区'];
