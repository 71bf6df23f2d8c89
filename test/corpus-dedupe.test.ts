import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DuplicateFinder, fingerprint, hammingDistance, NEAR_BITS, simhash } from '../batch/dedupe';
import { expandInputs } from '../corpus/inputs';
import { readFile } from '../corpus/read';
import { Dictionaries } from '../core/dictionaries';
import { cleanStage } from '../pipeline/stages/clean';
import { normaliseStage } from '../pipeline/stages/normalise';
import { describeShared } from './shared-material';

const SHARED = path.resolve(__dirname, '..', '..', 'shared', 'corpus');
const ctx = { dictionaries: new Dictionaries(path.resolve(__dirname, '..', 'dictionaries')) };

const paragraph = (n: number) =>
  `第${n}部分：全省共抽查产品${1000 + n * 37}批次，抽样合格率为9${n % 10}.${(n * 7) % 10}%，` +
  `立案查处质量违法案件${200 + n * 11}起，涉案货值${300 + n * 13}.5万元，捣毁制假窝点${n + 3}个。`;
const REPORT = Array.from({ length: 30 }, (_, i) => paragraph(i + 1)).join('\n');

describe('fingerprint', () => {
  it('ignores whitespace and punctuation for the exact hash', () => {
    const a = fingerprint(REPORT);
    const b = fingerprint(REPORT.replace(/\n/g, '\n\n  ').replace(/，/g, ','));
    expect(b.exact).toBe(a.exact);
    expect(fingerprint(REPORT + '补充。').exact).not.toBe(a.exact);
  });

  it('gives near texts near SimHashes and different texts distant ones', () => {
    const edited = REPORT.replace('抽样合格率为92.4%', '抽样合格率为92.5%').replace('捣毁制假窝点5个', '捣毁制假窝点6个');
    expect(hammingDistance(fingerprint(REPORT).simhash, fingerprint(edited).simhash)).toBeLessThanOrEqual(NEAR_BITS);
    const other = Array.from(
      { length: 30 },
      (_, i) => `特种设备第${i}类定期检验率达到${90 + (i % 9)}%，发现隐患${i * 17}处，整改完成率100%。`,
    ).join('');
    expect(hammingDistance(simhash(REPORT), simhash(other))).toBeGreaterThan(10);
    expect(simhash(REPORT)).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('DuplicateFinder', () => {
  it('returns the earlier document an added one duplicates, exactly or nearly, else null', () => {
    const finder = new DuplicateFinder();
    expect(finder.add('original', fingerprint(REPORT))).toBeNull();
    expect(finder.add('same', fingerprint(`  ${REPORT}\n`))).toBe('original');
    expect(finder.add('edited', fingerprint(REPORT.replace('涉案货值315.5万元', '涉案货值316.5万元')))).toBe('original');
    expect(finder.add('other', fingerprint(REPORT.slice(0, 300) + '完全不同的后续内容。'.repeat(40)))).toBeNull();
  });

  it('matches short texts only exactly', () => {
    const finder = new DuplicateFinder();
    expect(finder.add('a', fingerprint('合格率为93.6%。'))).toBeNull();
    expect(finder.add('b', fingerprint('合格率为93.7%。'))).toBeNull();
    expect(finder.add('c', fingerprint('合格率为 93.6%'))).toBe('a');
  });
});

describeShared('duplicates in ../shared/corpus', () => {
  it('finds all 83 reports that the dumps repeat as files, and no other pairs except segmented copies', async () => {
    const finder = new DuplicateFinder();
    const pairs: [string, string][] = [];
    for (const file of await expandInputs([SHARED])) {
      for (const item of readFile(file)) {
        if (item.kind !== 'document') continue;
        cleanStage.run(item.doc, ctx);
        normaliseStage.run(item.doc, ctx);
        const original = finder.add(item.doc.source.id, fingerprint(item.doc.norm!.text));
        if (original) pairs.push([item.doc.source.id, original]);
      }
    }
    const reportPairs = pairs.filter(([a, b]) => /^gwr[np]/.test(a) || /^gwr[np]/.test(b));
    const fileIds = new Set(reportPairs.flatMap((pair) => pair.filter((id) => !id.includes('#'))));
    const recordIds = new Set(reportPairs.flatMap((pair) => pair.filter((id) => id.includes('#'))));
    expect(fileIds.size).toBe(83);
    expect(recordIds.size).toBe(83);
    expect([...fileIds].filter((id) => id.startsWith('gwrn_'))).toHaveLength(52);
    expect([...fileIds].filter((id) => id.startsWith('gwrp2026_'))).toHaveLength(31);
    // The only other duplicates are the word-segmented gold copies of two newspaper passages.
    const others = pairs.filter((pair) => !reportPairs.includes(pair));
    for (const [a, b] of others) expect(`${a} ${b}`).toMatch(/icwb2_\w*gold/);
  });
});
