import { Option, type Command } from 'commander';
import { withReadOnlyDatabase } from '../../output/database';
import { formatHits, searchSentences } from '../../output/search';
import { TextSink } from '../../output/text-sink';
import { processIo, reportFailures, type CommandIo } from '../errors';
import { parsePositiveInt } from '../options';

const SEARCH_FORMATS = ['text', 'jsonl', 'json'] as const;

interface SearchOptions {
  db: string;
  limit: number;
  format: (typeof SEARCH_FORMATS)[number];
  includeDuplicates?: boolean;
}

export function registerSearch(program: Command, io: CommandIo = processIo()): void {
  program
    .command('search')
    .description('find sentences containing every given word (any length: 合格率, 质监, 省), with their facts')
    .argument('<words...>', 'words that must all occur in the sentence')
    .requiredOption('--db <path>', 'qmine database')
    .option('--limit <n>', 'show at most this many sentences', parsePositiveInt, 20)
    .addOption(new Option('--format <format>', 'text (readable, matches marked), jsonl or json').choices(SEARCH_FORMATS).default('text'))
    .option('--include-duplicates', 'search duplicate documents too')
    .action(
      reportFailures('search', io, async (words: string[], opts: SearchOptions) => {
        await withReadOnlyDatabase(opts.db, async (db) => {
          const result = searchSentences(db, words.join(' '), { limit: opts.limit, includeDuplicates: opts.includeDuplicates });
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
