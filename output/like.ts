/** A LIKE pattern, for use with ESCAPE '\', that matches any text containing `text` literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
