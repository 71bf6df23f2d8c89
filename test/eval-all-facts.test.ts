import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { registerEval } from '../cli/commands/eval';
import { buildRecord, runCli, sampleDatabase, tempDir } from './output-fixtures';

/**
 * `qmine eval` scores every stored fact. The analysts' listings leave targets and failure rates out by
 * default; eval must not, or a target that gold holds counts as missed (recall fell from 0.71 to 0.62 on
 * the dev gold when it did).
 */
const plan = buildRecord(
  'plan_doc',
  ['力争全省抽样合格率达到92%以上。', '食品不合格率为3.5%。'],
  [
    { sentence: 0, text: '抽样合格率达到92%', value: 92, status: 'target', bound: 'at_least', period: '2010' },
    { sentence: 1, text: '不合格率为3.5%', value: 3.5, metric: '食品不合格率' },
  ],
);
const dbFile = sampleDatabase('eval.db', [plan]);

describe('qmine eval', () => {
  it('scores targets and failure rates like any other fact', async () => {
    const tmp = tempDir();
    const gold = tmp.file('gold.jsonl');
    const facts = [
      { doc: 'plan_doc', type: 'rate', key: '合格率', value: 92, unit: '%', status: 'target' },
      { doc: 'plan_doc', type: 'rate', key: '不合格率', value: 3.5, unit: '%' },
    ];
    writeFileSync(gold, facts.map((f) => JSON.stringify({ category: 'pass_rate', name: null, ...f })).join('\n') + '\n');
    const { stdout, exitCode } = await runCli(registerEval, ['eval', '--gold', gold, '--db', dbFile, '--json']);
    tmp.cleanup();
    expect(exitCode).toBe(0);
    const report = JSON.parse(stdout) as { overall: { precision: number; recall: number } };
    expect(report.overall.recall).toBe(1);
    expect(report.overall.precision).toBe(1);
  });
});
