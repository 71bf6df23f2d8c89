import { writeFileSync } from 'node:fs';

/**
 * Writes the process's peak RSS and the run's time split as JSON (read by `npm run bench`): the stages
 * (summed over documents and threads), storing, and the derived data at the end.
 */
export function writeStats(
  file: string | undefined,
  split: { stageMs: Record<string, number>; storeMs: number; derivedMs: number | null },
): void {
  if (!file) return;
  writeFileSync(file, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, ...split }));
}
