import { deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * How offset maps are stored: the bytes of OffsetMap.toBuffer() (int32 little-endian) as differences
 * from the previous value, raw-deflated. A map is mostly runs of +1, so this is about a hundred times
 * smaller than the 8 bytes per code point it takes in memory.
 */

// Int32Array views use the platform's byte order; the stored format is little-endian.
if (new Uint8Array(new Int32Array([1]).buffer)[0] !== 1) throw new Error('map-codec: a big-endian platform is not supported');

function int32View(bytes: Uint8Array): Int32Array {
  if (bytes.byteLength % 4 !== 0) throw new Error(`an offset map of ${bytes.byteLength} bytes is not a list of int32`);
  // A view needs 4-byte alignment; copy when the bytes sit at an odd offset of their buffer.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  return new Int32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4);
}

export function encodeOffsetMap(bytes: Uint8Array): Buffer {
  const values = int32View(bytes);
  const deltas = new Int32Array(values.length);
  let previous = 0;
  for (let i = 0; i < values.length; i++) {
    deltas[i] = (values[i]! - previous) | 0;
    previous = values[i]!;
  }
  return deflateRawSync(deltas, { level: 1 });
}

export function decodeOffsetMap(stored: Uint8Array): Buffer {
  const deltas = int32View(inflateRawSync(stored));
  const values = new Int32Array(deltas.length);
  let value = 0;
  for (let i = 0; i < deltas.length; i++) values[i] = value = (value + deltas[i]!) | 0;
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength);
}
