import type Database from 'better-sqlite3';
import { FACT_FIELDS } from '../../output/fact-fields';
import type { FactRow } from '../facts-data';
import { html, jsonBlock, type Html } from '../html';
import { HttpError } from '../http-errors';
import { layout, type PageContext, type PageResult } from '../page';
import { markSpans, type MarkSpan } from '../text-marks';
import { documentLink, formatAmount } from '../widgets';

const META_FIELDS = [
  'id',
  'title',
  'date',
  'region',
  'region_code',
  'year',
  'url',
  'site',
  'author',
  'path',
  'record',
  'format',
  'encoding',
  'mojibake',
  'sha256',
  'duplicate_of',
  'run',
] as const;

interface DocumentData {
  document: Record<(typeof META_FIELDS)[number], unknown>;
  /** The normalised text the facts' start/end point into (clean text, simplified and width-folded). */
  text: string;
  /** The decoded original: an HTML page's source. The facts' raw_start/raw_end point into it. */
  raw: string;
  facts: FactRow[];
  keywords: { rank: number; word: string; weight: number }[];
  /** Documents marked as repeating this one. */
  duplicates: { id: string; title: string | null }[];
  messages: { stage: string; level: string; text: string }[];
  /** The fact asked for by ?fact=, drawn selected. */
  selected: number | null;
}

export function documentPageHandler(context: PageContext): PageResult<DocumentData> {
  const id = context.url.searchParams.get('id');
  if (!id) throw new HttpError(400, 'which document? give ?id=');
  const factParam = context.url.searchParams.get('fact');
  if (factParam && !/^\d{1,15}$/.test(factParam)) throw new HttpError(400, `fact must be a fact id, not '${factParam}'`);
  const data = readDocument(context.db, id, factParam ? Number(factParam) : null);
  return {
    title: String(data.document.title ?? id),
    data,
    render: (d) => layout(context, String(d.document.title ?? id), renderDocument(d)),
  };
}

export function readDocument(db: Database.Database, id: string, selected: number | null): DocumentData {
  const row = db
    .prepare(
      `SELECT ${META_FIELDS.map((f) => `d.${f}`).join(', ')}, t.norm_text, t.raw FROM documents d JOIN document_texts t ON t.id = d.id WHERE d.id = ?`,
    )
    .get(id) as (DocumentData['document'] & { norm_text: string; raw: string }) | undefined;
  if (!row) throw new HttpError(404, `no document '${id}' in this database`);
  const { norm_text: text, raw, ...document } = row;
  const facts = db
    .prepare(
      `SELECT f.id, NULL AS title, ${FACT_FIELDS.map((c) => `f.${c}`).join(', ')} FROM facts f WHERE f.doc = ? ORDER BY f.start, f.end, f.id`,
    )
    .all(id) as FactRow[];
  return {
    document,
    text,
    raw,
    facts,
    keywords: db.prepare('SELECT rank, word, weight FROM keywords WHERE doc = ? ORDER BY rank').all(id) as DocumentData['keywords'],
    duplicates: db.prepare('SELECT id, title FROM documents WHERE duplicate_of = ? ORDER BY id').all(id) as DocumentData['duplicates'],
    messages: db
      .prepare('SELECT stage, level, text FROM document_messages WHERE doc = ? ORDER BY ordinal')
      .all(id) as DocumentData['messages'],
    selected: selected !== null && facts.some((f) => f.id === selected) ? selected : null,
  };
}

function factTitle(f: FactRow): string {
  return `${String(f.type)} · ${String(f.metric)}: ${formatAmount(f)}${f.period ? ` · ${String(f.period)}` : ''}${f.region ? ` · ${String(f.region)}` : ''}`;
}

function renderDocument(data: DocumentData): Html {
  const selected = new Set(data.selected === null ? [] : [data.selected]);
  const textSpans: MarkSpan[] = data.facts.map((f) => ({ id: f.id, start: Number(f.start), end: Number(f.end), title: factTitle(f) }));
  const rawSpans: MarkSpan[] = data.facts.map((f) => ({
    id: f.id,
    start: Number(f.raw_start),
    end: Number(f.raw_end),
    title: factTitle(f),
  }));
  const doc = data.document;
  const chosen = data.facts.find((f) => f.id === data.selected) ?? null;
  return html`<h1 id="doc-title">${String(doc.title ?? doc.id)}</h1>
    <table class="meta">
      ${META_FIELDS.filter((k) => doc[k] !== null && doc[k] !== '').map(
        (k) =>
          html`<tr>
            <th>${k}</th>
            <td>
              ${
                k === 'duplicate_of'
                  ? documentLink(String(doc[k]))
                  : k === 'url'
                    ? html`<span class="url">${String(doc[k])}</span>`
                    : String(doc[k])
              }
            </td>
          </tr>`,
      )}
    </table>
    ${data.duplicates.length ? html`<p>Repeated by: ${data.duplicates.map((d) => html`${documentLink(d.id, d.title)} `)}</p>` : ''}
    ${data.keywords.length ? html`<p class="keywords">Keywords: ${data.keywords.map((k) => html`<span class="keyword" title="${k.weight.toFixed(4)}">${k.word}</span> `)}</p>` : ''}
    <p>${data.facts.length} facts. Click a highlighted stretch to see its fields and its place in the source.</p>
    <div class="document">
      <section class="pane">
        <h2>Text (clean, normalised)</h2>
        <pre id="clean-text" class="text">${markSpans(data.text, textSpans, { className: 'fact', selected })}</pre>
      </section>
      <section class="pane">
        <h2>Source (raw, as decoded)</h2>
        <pre id="source-text" class="text">${markSpans(data.raw, rawSpans, { className: 'fact', selected })}</pre>
      </section>
    <aside id="fact-panel">${chosen ? factFields(chosen) : html`<p>No fact selected.</p>`}</aside>
    </div>
    
    ${
      data.messages.length
        ? html`<h2>Messages</h2>
            <ul>
              ${data.messages.map((m) => html`<li>${m.level} · ${m.stage}: ${m.text}</li>`)}
            </ul>`
        : ''
    }
    ${jsonBlock('document-facts', data.facts)} ${jsonBlock('fact-fields', FACT_FIELDS)}`;
}

/** A fact's contract fields as a definition list (the script builds the same on click). */
function factFields(f: FactRow): Html {
  return html`<h2>Fact ${f.id}</h2>
    <dl>
      ${FACT_FIELDS.map(
        (k) =>
          html`<dt>${k}</dt>
            <dd>${f[k] === null ? '' : String(f[k])}</dd>`,
      )}
    </dl>`;
}
