import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * Buffered text output to a stream that respects backpressure, so exporting a large table to a pipe
 * neither fills memory nor loses data. A stream error (EPIPE when the reader went away) is raised by
 * the next write.
 */
export class TextSink {
  private pending = '';
  private failure: Error | null = null;
  private readonly onError = (error: Error) => {
    this.failure ??= error;
  };

  constructor(private readonly stream: NodeJS.WritableStream) {
    stream.on('error', this.onError);
  }

  async write(text: string): Promise<void> {
    this.pending += text;
    if (this.pending.length >= 1 << 16) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.pending === '') return;
    const chunk = this.pending;
    this.pending = '';
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
    if (this.failure) throw this.failure;
  }

  /** Flushes and stops listening to the stream (does not end it: stdout stays open). */
  async close(): Promise<void> {
    try {
      await this.flush();
    } finally {
      this.stream.removeListener('error', this.onError);
    }
  }
}

/**
 * Writes a file through a TextSink without ever leaving half of it: the text goes to a temporary file
 * next to it, renamed over `file` only when `produce` succeeded.
 */
export async function writeFileAtomically<T>(file: string, produce: (sink: TextSink) => Promise<T>): Promise<T> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  const stream = createWriteStream(temporary, { flags: 'wx' });
  try {
    await once(stream, 'open');
    const sink = new TextSink(stream);
    const result = await produce(sink);
    await sink.close();
    stream.end();
    await once(stream, 'finish');
    renameSync(temporary, file);
    return result;
  } catch (error) {
    stream.destroy();
    rmSync(temporary, { force: true });
    throw error;
  }
}
