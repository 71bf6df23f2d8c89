import { diffRunEntries, historyFactLoader, type HistoryEntry, type HistoryFact, type RunDiff, type RunDiffOf } from '../../output/diff';
import { StoreError } from '../../output/errors';
import { html, queryString, type Html } from '../html';
import { HttpError } from '../http-errors';
import { layout, type PageContext, type PageResult } from '../page';
import { pageInfo, readPaging, type PageInfo, type Paging } from '../paging';
import { documentLink, formatAmount, pager } from '../widgets';

interface RunRow {
  id: number;
  command: string;
  started_at: string;
  finished_at: string | null;
  status: string;
  code_version: string;
  options: string | null;
  counts: string | null;
}

/** A diff between two runs, its fact lists paged with the page's offset and limit. */
interface DiffPage extends Omit<RunDiff, 'added' | 'removed' | 'changed'> {
  totals: { added: number; removed: number; changed: number };
  added: HistoryFact[];
  removed: HistoryFact[];
  changed: RunDiff['changed'];
}

interface RunsData extends PageInfo {
  rows: RunRow[];
  diff: DiffPage | null;
}

function runNumber(params: URLSearchParams, name: string): number | undefined {
  const text = params.get(name);
  if (text === null || text === '') return undefined;
  if (!/^\d{1,9}$/.test(text)) throw new HttpError(400, `${name} must be a run number, not '${text}'`);
  return Number(text);
}

/** The run history, newest first, and (with ?diff=1, or from/to) what changed in the facts between two runs. */
export function runsPageHandler(context: PageContext): PageResult<RunsData> {
  const params = context.url.searchParams;
  const paging = readPaging(params);
  const total = context.db.prepare('SELECT count(*) FROM runs').pluck().get() as number;
  const rows = context.db
    .prepare(
      'SELECT id, command, started_at, finished_at, status, code_version, options, counts FROM runs ORDER BY id DESC LIMIT ? OFFSET ?',
    )
    .all(paging.limit, paging.offset) as RunRow[];
  const from = runNumber(params, 'from');
  const to = runNumber(params, 'to');
  let diff: DiffPage | null = null;
  if ((from !== undefined || to !== undefined || params.get('diff') === '1') && total > 0) {
    try {
      diff = pageOfDiff(
        context.memo.get(`diff\0${from}\0${to}`, () => diffRunEntries(context.db, { from, to })),
        paging,
        historyFactLoader(context.db),
      );
    } catch (error) {
      if (error instanceof StoreError) throw new HttpError(404, error.message);
      throw error;
    }
  }
  return {
    title: 'Runs',
    data: { rows, diff, ...pageInfo(context.url, paging, diff ? Math.max(total, longest(diff)) : total) },
    render: (d) => layout(context, 'Runs', renderRuns(d)),
  };
}

function longest(diff: DiffPage): number {
  return Math.max(diff.totals.added, diff.totals.removed, diff.totals.changed);
}

/** The page's slice of each list, its facts read from the history only now (a whole diff can hold every fact). */
function pageOfDiff(diff: RunDiffOf<HistoryEntry>, paging: Paging, load: (entry: HistoryEntry) => HistoryFact): DiffPage {
  const page = <T>(items: T[]) => items.slice(paging.offset, paging.offset + paging.limit);
  return {
    ...diff,
    totals: { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length },
    added: page(diff.added).map(load),
    removed: page(diff.removed).map(load),
    changed: page(diff.changed).map(({ before, after }) => ({ before: load(before), after: load(after) })),
  };
}

function describe(f: HistoryFact): Html {
  return html`${documentLink(f.doc)} ${f.type} · ${f.metric}: <b>${formatAmount(f)}</b> 「${f.text}」 <span class="rule">${f.rule}</span>`;
}

function renderRuns(data: RunsData): Html {
  const latest = data.rows[0]?.id;
  return html`<h1>运行 Runs</h1>
    <form class="filters" method="get" action="/runs">
      Compare facts from run <input name="from" size="4" value="${data.diff?.from ?? ''}" /> to run
      <input name="to" size="4" value="${data.diff?.to ?? latest ?? ''}" /> <input type="hidden" name="diff" value="1" /><button
        type="submit"
      >
        Diff
      </button>
    </form>
    <table>
      <thead>
        <tr>
          <th>run</th>
          <th>command</th>
          <th>started</th>
          <th>finished</th>
          <th>status</th>
          <th>code</th>
          <th>counts</th>
          <th></th>
        </tr>
      </thead>
      <tbody>
        ${data.rows.map(
          (r) =>
            html`<tr>
              <td>${r.id}</td>
              <td>${r.command}</td>
              <td>${r.started_at}</td>
              <td>${r.finished_at}</td>
              <td>${r.status}</td>
              <td>${r.code_version}</td>
              <td class="counts">${r.counts}</td>
              <td><a href="/runs${queryString({ from: r.id - 1, to: r.id })}">diff with run ${r.id - 1}</a></td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${data.diff ? renderDiff(data.diff, data) : ''}`;
}

function renderDiff(diff: DiffPage, info: PageInfo): Html {
  return html`<h2 id="diff">
      Facts from run ${diff.from} to run ${diff.to}: +${diff.totals.added} −${diff.totals.removed} ~${diff.totals.changed} in
      ${diff.documents.length} documents
    </h2>
    <table>
      <thead>
        <tr>
          <th>type</th>
          <th>rule</th>
          <th>added</th>
          <th>removed</th>
          <th>changed</th>
        </tr>
      </thead>
      <tbody>
        ${diff.groups.map(
          (g) =>
            html`<tr>
              <td>${g.type}</td>
              <td>${g.rule}</td>
              <td class="num">+${g.added}</td>
              <td class="num">−${g.removed}</td>
              <td class="num">~${g.changed}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${pager(info, 'of each list')}
    <ul class="diff">
      ${diff.added.map((f) => html`<li class="added">+ ${describe(f)}</li>`)}
      ${diff.removed.map((f) => html`<li class="removed">− ${describe(f)}</li>`)}
      ${diff.changed.map(({ before, after }) => html`<li class="changed">~ ${describe(after)} <span class="was">was ${formatAmount(before)} 「${before.text}」</span></li>`)}
    </ul>`;
}
