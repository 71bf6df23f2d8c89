import { setFlagsFromString } from 'node:v8';

/**
 * How much bytecode a function runs before V8 considers optimizing it: four times V8's default
 * (67 584 in Node 20). With the default, a corpus run optimizes about a thousand functions, half of
 * them again after a deoptimization for want of type feedback (a rule path first seen after the
 * function was compiled); TurboFan then takes about a fifth of the process's CPU on V8's helper
 * threads, and every pipeline thread compiles its own copy. Waiting longer gathers the feedback first:
 * ~635 compilations instead of ~1 024, and the helper threads' CPU falls by about a third, which
 * counts most with several jobs, when no core is idle to absorb it.
 */
const INTERRUPT_BUDGET = 4 * 67_584;

let tuned = false;

/**
 * Sets the tier-up budget for this process (V8 flags are process-wide, so worker threads share it); a
 * budget given on node's command line wins. Call before the pipeline code gets hot.
 */
export function tuneTiering(): void {
  if (tuned) return;
  tuned = true;
  if (process.execArgv.some((arg) => arg.startsWith('--interrupt-budget'))) return;
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
