import { setImmediate as nextTurn } from 'node:timers/promises';
import { TextSink } from '../output/text-sink';

/**
 * A TextSink for an HTTP response that gives the event loop a turn after every chunk it sends. A
 * socket on loopback takes megabytes without asking to drain, so a plain sink would write a whole
 * download in one synchronous run: the client sees no byte until the last row is written and every
 * other request waits behind it. With a turn per chunk (64 KB) the first rows leave at once and other
 * pages are answered while a large download goes on.
 */
export class ResponseSink extends TextSink {
  override async flush(): Promise<void> {
    await super.flush();
    await nextTurn();
  }
}
