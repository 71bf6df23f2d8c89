/**
 * Aligns the output of a conversion that changed the length of a piece of text back to the input's code
 * points, so each output character maps to the input character(s) it came from.
 *
 * The reference is the character-by-character conversion of the input (`perChar[i]` is what input code
 * point i becomes on its own): the longest common subsequence of the real output and the concatenated
 * reference anchors output characters to input characters; an output character between two anchors maps
 * to the input characters between them (or, when there are none, to an empty range there).
 */

/** Above this many DP cells the alignment falls back to mapping every output character to the whole input. */
const MAX_CELLS = 4_000_000;

/**
 * Returns 2 numbers per output code point: the [lo, hi) range of input code points it comes from.
 * `input` and `output` are arrays of code points (as strings); `perChar` has one entry per input code point.
 */
export function alignConversion(input: readonly string[], output: readonly string[], perChar: readonly string[]): Int32Array {
  if (perChar.length !== input.length) throw new Error('alignConversion: one per-character conversion per input code point');
  const ranges = new Int32Array(2 * output.length);
  const reference: string[] = [];
  const owner: number[] = [];
  perChar.forEach((converted, i) => {
    for (const ch of converted) {
      reference.push(ch);
      owner.push(i);
    }
  });
  const m = output.length;
  const n = reference.length;
  if ((m + 1) * (n + 1) > MAX_CELLS) {
    for (let k = 0; k < m; k++) {
      ranges[2 * k] = 0;
      ranges[2 * k + 1] = input.length;
    }
    return ranges;
  }
  // lcs[a][b] = LCS length of output[a..] and reference[b..], row-major in one typed array.
  const width = n + 1;
  const lcs = new Int32Array((m + 1) * width);
  for (let a = m - 1; a >= 0; a--) {
    for (let b = n - 1; b >= 0; b--) {
      lcs[a * width + b] =
        output[a] === reference[b] ? lcs[(a + 1) * width + b + 1]! + 1 : Math.max(lcs[(a + 1) * width + b]!, lcs[a * width + b + 1]!);
    }
  }
  // anchor[k] = input index output k is matched to, or -1.
  const anchor = new Int32Array(m).fill(-1);
  for (let a = 0, b = 0; a < m && b < n;) {
    if (output[a] === reference[b]) {
      anchor[a] = owner[b]!;
      a++;
      b++;
    } else if (lcs[(a + 1) * width + b]! >= lcs[a * width + b + 1]!) {
      a++;
    } else {
      b++;
    }
  }
  // Unmatched runs map to the input between the surrounding anchors.
  let previous = -1; // input index of the last anchor
  for (let k = 0; k < m; k++) {
    if (anchor[k]! >= 0) {
      previous = anchor[k]!;
      ranges[2 * k] = previous;
      ranges[2 * k + 1] = previous + 1;
      continue;
    }
    let next = input.length;
    for (let j = k + 1; j < m; j++) {
      if (anchor[j]! >= 0) {
        next = anchor[j]!;
        break;
      }
    }
    if (previous >= 0 && next <= previous) {
      // Between two outputs of the same input character: part of that character's conversion.
      ranges[2 * k] = previous;
      ranges[2 * k + 1] = previous + 1;
    } else {
      // The input strictly between the anchors; empty (an insertion) when the anchors are adjacent.
      ranges[2 * k] = previous + 1;
      ranges[2 * k + 1] = next;
    }
  }
  return ranges;
}
