/**
 * The year of writing of an undated page that names no year as a period nor any full date, read from the years
 * it names in other ways: the start of a span that runs to the time of writing (2015年以来，某局注重…: written in
 * 2015 or after) and the year in the number of a document it cites (按照《…通知》(闽质监特〔2011〕349号)的要求: issued
 * that year, acted on then or after). The page is about the latest of them: the earliest it can have been written.
 * Only a last resort of the report year (report-year.ts), when nothing else dates the page.
 */

/** A year starting a span up to now (2015年以来, 2015年来, 2015年至今). */
const SPAN_FROM = /(?<![-—–~至到\d])((?:19|20)\d{2})\s*年\s*(?:以来|来|至今)/g;
/** The year in a document number (〔2011〕349号, [2011]12号, 【2011】3号). */
const DOCUMENT_NUMBER_YEAR = /[〔［[【]\s*((?:19|20)\d{2})\s*[〕］\]】]\s*(?:第\s*)?\d{1,4}\s*号/g;

/** The latest year the text cites by a span's start or a document number, or null. */
export function citedYear(text: string): number | null {
  const years = [...text.matchAll(SPAN_FROM), ...text.matchAll(DOCUMENT_NUMBER_YEAR)].map((m) => Number(m[1]));
  return years.length > 0 ? Math.max(...years) : null;
}
