import { Option, type Command } from 'commander';
import { withReadOnlyDatabase } from '../../output/database';
import { formatHits, searchSentences, SEARCH_SCOPES, type SearchScope } from '../../output/search';
import { TextSink } from '../../output/text-sink';
import { normaliseQuery } from '../../pipeline/text/normalise-query';
import { processIo, reportFailures, type CommandIo } from '../errors';
import { parsePositiveInt, parseYear } from '../options';

const SEARCH_FORMATS = ['text', 'jsonl', 'json'] as const;

interface SearchOptions {
  db: string;
  limit: number;
  format: (typeof SEARCH_FORMATS)[number];
  includeDuplicates?: boolean;
  region?: string;
  year?: string;
  doc?: string;
  scope: SearchScope;
}

export function registerSearch(program: Command, io: CommandIo = processIo()): void {
  program
    .command('search')
    .description(
      'find sentences containing every given word (any length: 合格率, 质监, 省), with their facts; words are normalised like the documents (達標率 finds 达标率)',
    )
    .argument('<words...>', 'words that must all occur in the sentence (or, with --scope document, in the document)')
    .requiredOption('--db <path>', 'qmine database')
    .option(
      '--region <name|code>',
      "the document's region by name or GB/T 2260 code, with the places inside it (吉林, 吉林省, 220000 alike)",
    )
    .option('--year <yyyy>', 'the year the document reports on', parseYear)
    .option('--doc <id>', 'one document')
    .addOption(
      new Option('--scope <scope>', 'sentence: all words in one sentence; document: all words in the document, any sentence')
        .choices(SEARCH_SCOPES)
        .default('sentence'),
    )
    .option('--limit <n>', 'show at most this many sentences', parsePositiveInt, 20)
    .addOption(new Option('--format <format>', 'text (readable, matches marked), jsonl or json').choices(SEARCH_FORMATS).default('text'))
    .option('--include-duplicates', 'search duplicate documents too')
    .action(
      reportFailures('search', io, async (words: string[], opts: SearchOptions) => {
        await withReadOnlyDatabase(opts.db, async (db) => {
          const query = words.map((word) => normaliseQuery(word)).join(' ');
          const result = searchSentences(db, query, {
            limit: opts.limit,
            includeDuplicates: opts.includeDuplicates,
            region: opts.region === undefined ? undefined : normaliseQuery(opts.region),
            year: opts.year,
            doc: opts.doc,
            scope: opts.scope,
          });
          const sink = new TextSink(io.stdout);
          if (opts.format === 'json') await sink.write(JSON.stringify(result, null, 1) + '\n');
          else if (opts.format === 'jsonl') for (const hit of result.hits) await sink.write(JSON.stringify(hit) + '\n');
          else
            await sink.write(formatHits(result, io.stdout.isTTY ? { open: '\x1b[1;4m', close: '\x1b[0m' } : { open: '【', close: '】' }));
          await sink.close();
        });
      }),
    );
}
