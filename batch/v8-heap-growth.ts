import { setFlagsFromString } from 'node:v8';

/**
 * How far a heap's old generation may grow past what the last full collection left alive before V8
 * collects it again, in per cent (V8 then sets the next limit to the live size × 1.5, at least 8 MB more).
 * V8's own factor aims at 3 % of the time in garbage collection and, on a machine with over 2 GB of heap
 * limit, may reach 4. A pipeline thread keeps about 60 MB alive (heap snapshot of the calling thread
 * near the end of a corpus run: 58 MB), yet with two jobs the calling thread's heap reached 183 MB and the
 * worker's 174 MB, most of it garbage waiting for the next full collection: that slack, summed over two
 * heaps at the same moment, was the largest part of the two-job peak RSS. At 50 % the heaps peak at
 * 116 and 122 MB; the threads run 28 and 20 full collections instead of 10 and 10, most of whose marking
 * V8 does on its helper threads while the pipeline runs, and the run's CPU did not rise (four pairs).
 * 100 % left 136 and 142 MB, and the peak RSS too near the 600 MB target for this machine's spread.
 */
export const HEAP_GROWING_PERCENT = 50;

let tuned = false;

/**
 * Sets the heap growing factor for this process. V8 flags are process-wide and this one is read each time
 * a full collection sets the next limit, so set at run time it reaches the calling thread's heap as well
 * as the workers'. A value given on node's command line wins (`--heap-growing-percent=0`: V8's own).
 * Called for runs with several jobs, whose peak sums the threads' heaps; one job keeps V8's trade-off.
 */
export function tuneHeapGrowth(): void {
  if (tuned) return;
  tuned = true;
  if (process.execArgv.some((arg) => arg.startsWith('--heap-growing-percent'))) return;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
