import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFile } from '../corpus/read';
import type { Document } from '../core/document';
import { pipeline } from './extract-helpers';

// Reads the 31 provincial government work reports of 2026 in ../shared/corpus/gwr_prov2026: skipped without it.
const CORPUS = path.resolve(__dirname, '..', '..', 'shared', 'corpus', 'gwr_prov2026');

/**
 * The top-level sections of a report, found here independently of the scope stage: a line opening with
 * `一、` … `十、`, or a line of its own naming a period (“十四五”时期工作回顾, 2026年重点工作; not the title, …政府工作报告). A review section's heading says 回顾/总结/成就; a 2026 plan section's names 2026 and the
 * work to do (三、2026年重点工作, 二、2026年工作安排, 三、关于2026年工作).
 */
const PART = /^\s*[一二三四五六七八九十]{1,2}、([^\n]{0,40})/gm;
/** A part heading on a line of its own without a marker (“十四五”时期工作回顾, 2026年重点工作). */
const UNMARKED_PART = /^[ \t]*((?:“[^”\n]{2,4}”时期|20\d\d年)(?![^\n]*报告)[^\n，。；：！]{0,20})[ \t]*$/gm;
const REVIEW = /回顾|总结|成就/;
const PLAN_2026 = /2026年.*(?:工作|任务|安排)/;

interface Shares {
  review: number;
  reviewActualPast: number;
  plan: number;
  planTarget2026: number;
}

function measure(doc: Document, shares: Shares): void {
  const text = doc.norm!.text;
  const parts = [...text.matchAll(PART), ...text.matchAll(UNMARKED_PART)]
    .map((m) => ({ start: m.index, heading: m[1]! }))
    .sort((a, b) => a.start - b.start);
  parts.forEach((part, i) => {
    const end = parts[i + 1]?.start ?? text.length;
    const kind = REVIEW.test(part.heading) ? 'review' : PLAN_2026.test(part.heading) ? 'plan' : null;
    if (!kind) return;
    for (const fact of doc.facts ?? []) {
      if (fact.start < part.start || fact.start >= end || fact.value === null) continue;
      if (kind === 'review') {
        shares.review++;
        const last = fact.period ? Number(fact.period.slice(-4)) : NaN;
        if (fact.status === 'actual' && last <= 2025) shares.reviewActualPast++;
      } else {
        shares.plan++;
        if (fact.status === 'target' && fact.period === '2026') shares.planTarget2026++;
      }
    }
  });
}

describe.skipIf(!existsSync(CORPUS))('plan and review sections of the 2026 provincial work reports', () => {
  it('dates review figures to 2025 or before as actual, and plan figures as 2026 targets (≥ 90 % each)', () => {
    const shares: Shares = { review: 0, reviewActualPast: 0, plan: 0, planTarget2026: 0 };
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBe(31);
    for (const file of files) {
      for (const item of readFile(path.join(CORPUS, file))) {
        if (item.kind === 'document') measure(pipeline.process(item.doc), shares);
      }
    }
    const review = shares.reviewActualPast / shares.review;
    const plan = shares.planTarget2026 / shares.plan;
    console.log(
      `review sections: ${shares.reviewActualPast}/${shares.review} actual of 2025 or before (${(100 * review).toFixed(1)} %); ` +
        `2026 plan sections: ${shares.planTarget2026}/${shares.plan} targets of 2026 (${(100 * plan).toFixed(1)} %)`,
    );
    expect(shares.review).toBeGreaterThan(500);
    expect(shares.plan).toBeGreaterThan(500);
    expect(review).toBeGreaterThanOrEqual(0.9);
    expect(plan).toBeGreaterThanOrEqual(0.9);
  });
});
