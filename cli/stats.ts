import { writeFileSync } from 'node:fs';

/** Writes the process's peak RSS and the run's stage split as JSON (read by `npm run bench`). */
export function writeStats(file: string | undefined, stageMs: Record<string, number>): void {
  if (!file) return;
  writeFileSync(file, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, stageMs }));
}
