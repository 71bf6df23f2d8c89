/**
 * Facts from table cells, typed by the same rules as a sentence's figures: the cell's numeral (the
 * extractor's numeral grammar), its unit (the cell's own, else the one its column header states, else the
 * table's, else the one the header's measure word implies), typed by the quantity rules with the header as
 * the words before the figure. The column headers give the metric, the row headers the region or the
 * subject, years in either the period, the caption the rest (table-context.ts). Header cells, empty cells
 * and dashes are no facts; totals rows are.
 */
import type { Dictionaries } from '../../core/dictionaries';
import type { Document, ExtractedFact, Table, TableCell, TextSpan } from '../../core/document';
import { typeQuantity } from '../extract/passes/typing';
import { loadLexicons } from '../extract/lexicons';
import { scanNumerals } from '../extract/numbers';
import { buildQuantities, type Quantity } from '../extract/quantities';
import { loadQuantityRules, type CompiledQuantityRule } from '../extract/rules';
import { loadRegionIndex, REGIONS_FILE } from '../metadata/regions';
import { loadPlaceIndex, PLACES_FILE, type Division, type PlaceIndex } from '../metadata/places';
import { CATEGORIES_FILE, categoryOf, loadCategoryCues, type CategoryCue } from '../scope/category';
import { gridKinds, pairCell, yearOfBareLabel, type CellKind } from './cell-kinds';
import { impliedUnit, readHeader, type HeaderReading, type ReadingContext, type StatedUnit } from './header-reading';
import { textOf } from './structure';
import { loadTableConfig, TABLES_FILE, type TableRuleId } from './table-config';
import { tableContext, type TableContext } from './table-context';

/** Dictionary files table facts read besides the extractor's. */
export const TABLE_FACT_FILES: readonly string[] = [TABLES_FILE, REGIONS_FILE, PLACES_FILE, CATEGORIES_FILE];

/** A sign or a word before a cell's figure that makes it a fall (`-1.2`, `↓0.5`, `下降3.1`). */
const MINUS = /(?:[-−－↓]|下降|降低|减少)\s*$/;

/** A header word naming a rise or a fall (`涨跌`, `增减`, `升降`, `增/减`): the cell's own sign says which. */
const BOTH_WAYS = /涨跌|增减|升降|增[/／]减|涨[/／]跌/;

interface Reader extends ReadingContext {
  rules: CompiledQuantityRule[];
  /** Places down to county level with their codes (the context's index), for the region codes of row labels. */
  places: PlaceIndex;
  /** The contract's category decision list, the same a sentence's figure is categorised by. */
  categories: CategoryCue[];
  /** What a price may be per after 每 in a header (`卷` of `平均每卷售价`): units.json afterMei and moneyPer, longest first. */
  pricedPer: readonly string[];
  doc: Document;
}

export function tableFacts(doc: Document, dictionaries: Dictionaries): ExtractedFact[] {
  if (!doc.tables?.length || !doc.norm) return [];
  const lexicons = loadLexicons(dictionaries);
  const { afterMei, moneyPer } = lexicons.units.perUnit;
  const reader: Reader = {
    config: loadTableConfig(dictionaries),
    lexicons,
    regions: loadRegionIndex(dictionaries),
    rules: loadQuantityRules(dictionaries),
    places: loadPlaceIndex(dictionaries),
    categories: loadCategoryCues(dictionaries),
    pricedPer: [...afterMei, ...moneyPer].sort((a, b) => b.length - a.length),
    doc,
  };
  const facts: ExtractedFact[] = [];
  for (const table of doc.tables) {
    const context = tableContext(doc, table, reader);
    const readings = table.cells.map((cell) => (cell.header ? readHeader(textOf(cell, doc.norm!.text), reader) : null));
    readYearLabels(table, readings, reader);
    context.region = regionOfRows(readings, reader) ?? context.region;
    const kinds = kindsOf(table, doc.norm.text);
    const sideways = turnedOnItsSide(table, readings, kinds, reader);
    const testTable = testResults(table, readings, context, reader);
    for (const cell of table.cells) {
      if (cell.header || cell.parts.length === 0 || kinds[cell.row]![cell.col] !== 'number') continue;
      const pair = pairFigures(cell, table, reader);
      if (pair) {
        for (const figure of pair) {
          const fact = cellFact(cell, { table, readings, context, sideways, testTable }, reader, figure);
          if (fact) facts.push(fact);
        }
        continue;
      }
      const fact = cellFact(cell, { table, readings, context, sideways, testTable }, reader);
      if (fact) facts.push(fact);
    }
  }
  return facts;
}

/**
 * The document's facts with those of its tables: a table's figures replace what the sentence extraction
 * made of its rows (figures read without their headers); named things found in cells, and counts a row label
 * states, stay.
 */
export function withTableFacts(doc: Document, facts: readonly ExtractedFact[], dictionaries: Dictionaries): ExtractedFact[] {
  const fromTables = tableFacts(doc, dictionaries);
  if (fromTables.length === 0) return [...facts];
  const rows: TextSpan[] = (doc.tables ?? []).flatMap((table) =>
    fromTables.some((f) => f.start >= table.start && f.end <= table.end) ? table.rows : [],
  );
  const inRow = (f: ExtractedFact) => rows.some((r) => f.start < r.end && f.end > r.start);
  // A row label stating a count (`家居用品 (3种)`, `毛巾(1种)：浴巾`) holds a figure as a sentence would: the count
  // the sentence reading found inside the label stays (contract, Tables: a figure in a table is a fact).
  const labels = (doc.tables ?? []).flatMap((table) =>
    table.cells.filter((cell) => cell.row >= table.headerRows && cell.col < table.headerColumns).flatMap((cell) => cell.parts),
  );
  const labelOf = (f: ExtractedFact) => labels.find((p) => f.start >= p.start && f.end <= p.end);
  // What the label counts is the words before the count in the label's own cell (`家用电器(5种)` counts kinds of
  // 家用电器), not the cells the sentence reading ran over before it (the group label to its left).
  const counted = (f: ExtractedFact, label: TextSpan): ExtractedFact => {
    const words = doc.norm!.text.slice(label.start, f.start).replace(/[\s(（]+$/, '');
    return /^[\p{Script=Han}A-Za-z]+$/u.test(words) ? { ...f, metric: words } : f;
  };
  const kept = facts.flatMap((f) => {
    if (f.value === null || !inRow(f)) return [f];
    const label = labelOf(f);
    return label ? [counted(f, label)] : [];
  });
  return [...kept, ...fromTables].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** One of the two figures of a cell under a header naming two measures: its measure's reading and its span. */
interface PairFigure {
  head: HeaderReading;
  /** Which of the cell's column headers named the two measures (the one the figure's measure stands for). */
  header: number;
  span: TextSpan;
}

/**
 * The two figures of a cell holding two (`24/30`, `52(5)`) when its column's header names two measures joined
 * the same way (`抽查企业/批次`, `抽查批次(不合格批次)`): each figure is a fact of its own measure. Null otherwise
 * (the cell is read whole, as any other).
 */
function pairFigures(cell: TableCell, table: Table, reader: Reader): PairFigure[] | null {
  const text = reader.doc.norm!.text;
  const part = cell.parts.find((p) => /\d/.test(text.slice(p.start, p.end)));
  const pair = part ? pairCell(text.slice(part.start, part.end)) : null;
  if (!part || !pair) return null;
  // The header naming the two measures is the lowest with words: a row of units may stand under it (`(件)`).
  const readings = cell.columnHeaders.map((k, at) => ({ k, at, reading: readHeader(textOf(table.cells[k]!, text), reader) }));
  const named = [...readings].reverse().find((h) => h.reading.words !== '');
  const unitRow = readings.find((h) => h.reading.words === '' && h.reading.unit && h.k !== named?.k)?.reading.unit ?? null;
  if (!named) return null;
  const measures = twoMeasures(textOf(table.cells[named.k]!, text), pair.joint);
  if (!measures) return null;
  const heads = measures.map((m) => readHeader(m, reader));
  if (heads.some((h) => !h.words || h.year || h.region)) return null;
  // A measure with no unit of its own counts what the other counts (`抽查批次(不合格)`: batches that failed),
  // or what the units row under the header says.
  const unitOf = (h: HeaderReading) => h.unit ?? unitRow ?? impliedUnit(h.words, reader);
  for (const [k, h] of heads.entries()) if (!unitOf(h)) heads[k] = { ...h, unit: unitOf(heads[1 - k]!) };
  return pair.figures.map((f, k) => ({
    head: heads[k]!,
    header: named.at,
    span: { start: part.start + f.start, end: part.start + f.end },
  }));
}

/** A header's two measures: `抽查企业/批次` → 抽查企业, 批次; `抽查批次(不合格批次)` → 抽查批次, 不合格批次 (a unit in brackets is none). */
function twoMeasures(header: string, joint: 'slash' | 'bracket'): [string, string] | null {
  const words = header.replace(/[\s\u3000]+/g, '');
  const m =
    joint === 'slash'
      ? /^([^/／]*\p{Script=Han}[^/／]*)[/／]([^/／]*\p{Script=Han}[^/／]*)$/u.exec(words)
      : /^(.*\p{Script=Han}.*?)[(（]([^()（）]*\p{Script=Han}[^()（）]*)[)）]$/u.exec(words);
  return m ? [m[1]!, m[2]!] : null;
}

/** A table as its cells' facts are read: its header readings, its caption's context, which way it is turned. */
interface TableReading {
  table: Table;
  readings: readonly (HeaderReading | null)[];
  context: TableContext;
  /** The rows name the measures (`抽查批次(批次)`), the columns the things measured: see turnedOnItsSide. */
  sideways: boolean;
  /** A table of test results (see testResults): a figure whose metric names no category is a sampling one. */
  testTable: boolean;
}

/**
 * Labels of rows under a year column's header (`年度`) written as bare years: `2019`, or `106` of the ROC
 * calendar on a Taiwan page (2017), name the row's period as `2019年` or `106年` would.
 */
function readYearLabels(table: Table, readings: (HeaderReading | null)[], reader: Reader): void {
  const text = reader.doc.norm!.text;
  table.cells.forEach((cell, i) => {
    if (!cell.header || cell.row < table.headerRows || cell.col >= table.headerColumns) return;
    if (!cell.columnHeaders.some((k) => reader.config.yearHeaders.has(readings[k]?.words ?? ''))) return;
    const year = yearOfBareLabel(textOf(cell, text));
    if (year !== null) readings[i] = { ...readings[i]!, words: '', year, region: null };
  });
}

/**
 * Whether a table is turned on its side: a row label states its unit in a form (`企业数(家)`, `合格率(%)`), or
 * every row's label implies one (`抽检批次`, `不合格率`), while no column header over a figure states or implies one. Then every row names a measure (`抽查批次` too, whose unit is implied)
 * and the columns name the products, places or years measured; the corner cell says what the columns are.
 */
function turnedOnItsSide(table: Table, readings: readonly (HeaderReading | null)[], kinds: CellKind[][], ctx: ReadingContext): boolean {
  const statesUnit = (k: number) => {
    const h = readings[k];
    return !!h?.unit && h.words !== '' && h.words !== h.unit.entry.surface;
  };
  const namesMeasure = (k: number) => statesUnit(k) || (!!readings[k]?.words && impliedUnit(readings[k]!.words, ctx) !== null);
  const figures = table.cells.filter((c) => !c.header && kinds[c.row]![c.col] === 'number');
  if (figures.some((c) => c.columnHeaders.some((k) => readings[k]?.unit || namesMeasure(k)))) return false;
  // Every row a measure whose unit its word implies (`抽检批次`, `不合格率`) reads the same way.
  return (
    figures.some((c) => c.rowHeaders.some(statesUnit)) || (figures.length > 0 && figures.every((c) => c.rowHeaders.some(namesMeasure)))
  );
}

function cellFact(cell: TableCell, tableReading: TableReading, reader: Reader, figure?: PairFigure): ExtractedFact | null {
  const { table, readings, context, sideways } = tableReading;
  const text = reader.doc.norm!.text;
  const columnHeads = cell.columnHeaders.map((k) => readings[k]!);
  if (figure) columnHeads[figure.header] = figure.head;
  const rowHeads = cell.rowHeaders.map((k) => readings[k]!);
  // The label column's own header says what its labels are (`地区`).
  const labelHeads = cell.rowHeaders.map((k) => {
    const label = table.cells[k]!;
    return label.columnHeaders.map((h) => readings[h]!);
  });
  if ([...columnHeads, ...rowHeads].some((h) => h.skip)) return null;

  const under = (k: number, headers: ReadonlySet<string>) => labelHeads[k]!.some((l) => headers.has(l.words));
  const isItem = rowHeads.map((_, k) => under(k, reader.config.itemHeaders));
  // Headers that name what is measured: not a year, a place or a joiner (其中); over a column (a row, on a table turned
  // on its side) a total that names a count (`总数`) is its measure, a totals column of another (`合计`) is not, and
  // among item labels no total is.
  const measure = (heads: HeaderReading[], countTotals = false) =>
    heads
      .filter((h) => !h.year && !h.region && h.words && !reader.config.joinerHeaders.has(h.words))
      .filter((h) => !h.total || (countTotals && reader.config.countTotals.has(h.words)))
      .map((h) => h.words);
  const columnMeasure = (heads: HeaderReading[]) => measure(heads, true);
  let metricWords = columnMeasure(columnHeads);
  let labelsAsSubject = true;
  // A row label that is a unit word alone (`乡镇`, `县区`, `村`) names the row; a measure row states its
  // unit in a form (`抽查批次(批)`, `合格率(%)`).
  const rowUnits = rowHeads.map((h) => (h.unit && h.words !== h.unit.entry.surface ? h.unit : null));
  if (sideways || metricWords.length === 0 || (columnHeads.every((h) => !h.unit) && rowUnits.some((u) => u))) {
    // A table turned on its side: the rows name the measures, the columns the places or years.
    metricWords = columnMeasure(rowHeads);
    labelsAsSubject = false;
  } else if (reader.config.comparisonHeaders.test(metricWords.join('')) && cell.col > table.headerColumns) {
    // `比上年(个百分点)` next to `合格率(%)`: the change of the figure in the column before.
    const before = table.cells[cell.row * table.columns + cell.col - 1]!.columnHeaders.map((k) => readings[k]!);
    metricWords = [...columnMeasure(before), ...metricWords];
  }
  // Labels under `不合格项目` say what was measured (`总养分`), not what it was measured on.
  if (labelsAsSubject) metricWords = [...measure(rowHeads.filter((_, k) => isItem[k])), ...metricWords];
  const metric = metricWords.join('');
  if (!metric) return null;

  const part = figure?.span ?? cell.parts.find((p) => /\d/.test(text.slice(p.start, p.end)));
  if (!part) return null;
  const numerals = scanNumerals(text, part.start, part.end);
  if (numerals.length !== 1) return null;
  const numeral = numerals[0]!;
  const own = buildQuantities(
    { text, start: part.start, end: part.end, insideWord: () => false, insideName: () => false },
    numerals,
    reader.lexicons,
  )[0];
  const stated = [...columnHeads.map((h) => h.unit), ...rowUnits].reverse().find((u) => u) ?? null;
  let rule: TableRuleId;
  let quantity: Quantity | null;
  if (own && own.unit) {
    quantity = own;
    rule = 'table.cell-unit';
  } else if (stated) {
    quantity = headerQuantity(numeral, stated);
    rule = 'table.header-unit';
  } else {
    // The measure word's unit (`合格率` → %), else the one the caption gives the whole table (`单位：万元`); under
    // such a caption only a measure word closing the header overrides it (`批数` inside `强制一定批数实施逐批查核`
    // names what the action covers, not what its figure counts).
    const implied = context.unit ? (impliedUnit(metric, reader, true) ?? context.unit) : impliedUnit(metric, reader);
    quantity = implied ? headerQuantity(numeral, implied) : null;
    rule = 'table.implied-unit';
  }
  if (!quantity) return null;
  quantity = pricePerHeader(quantity, metric, reader);
  // A figure in the caption's unit is what the caption says its figures are (`满分为5分`: scores), where its header
  // alone names no such thing (`吸湿效能` over `4`).
  const typing =
    typeQuantity(quantity, metric, reader.rules) ??
    (rule === 'table.implied-unit' && context.unit && quantity.unit === context.unit.entry.unit
      ? typeQuantity(quantity, `${metric}${context.unitStatement}`, reader.rules)
      : null);
  if (!typing) return null;
  // A header naming both directions (`涨跌（元/吨）`, `增减`) leaves the sign to the cell (`+30`, `-20`).
  const negative = MINUS.test(text.slice(part.start, numeral.start)) || (!BOTH_WAYS.test(metric) && typing.negativeWhen?.test(metric));
  const type = typing.rule.then.type;

  const heads = [...rowHeads, ...columnHeads];
  // On its side, the corner cell (`地区`, `产品名称`) heads the column labels, not the row labels.
  const onSide = !labelsAsSubject;
  const corner = onSide ? cornerReadings(table, readings) : [];
  const regionLabels = onSide
    ? regionUnderHeader(
        columnHeads,
        columnHeads.map(() => corner),
        reader,
      )
    : regionUnderHeader(rowHeads, labelHeads, reader);
  // The innermost label naming a place is the figure's (`无锡市` under `江苏`), before a column's.
  const region =
    [...rowHeads].reverse().find((h) => h.region)?.region ??
    [...columnHeads].reverse().find((h) => h.region)?.region ??
    regionLabels ??
    (labelsAsSubject ? firmPlace(rowHeads, labelHeads, reader) : null) ??
    context.region;
  // The innermost label names the subject (`食用油` under `粮油制品`).
  const isSubject = (h: HeaderReading, k: number) =>
    !h.year && !h.region && !h.total && h.words !== '' && !isItem[k] && !under(k, reader.config.regionHeaders);
  const candidates = labelsAsSubject ? rowHeads.map((h, k) => (isSubject(h, k) ? k : -1)).filter((k) => k >= 0) : [];
  // A brand (`商标`) or a firm (`企业名称`) beside the product's own label is not what the figure is measured on.
  const byName = (k: number) => !under(k, reader.config.brandHeaders) && !under(k, reader.config.companyHeaders);
  const subjectAt = candidates.some(byName) ? candidates.filter(byName) : candidates;
  const columnSubject = (h: HeaderReading) => !h.year && !h.region && !h.total && h.words !== '' && !h.unit;
  const labelSubject =
    subjectAt.length > 0
      ? rowHeads[subjectAt[subjectAt.length - 1]!]
      : onSide && !corner.some((l) => reader.config.regionHeaders.has(l.words))
        ? [...columnHeads].reverse().find(columnSubject)
        : undefined;
  // On its side, a row label naming things counted in a classifier (`锅炉：万台`, `客运索道：条`) says what its figures
  // count: the subject, as a row label of an upright table is (contract, Tables); a measure (`企业数(家)`) names none.
  const thing = onSide && !labelSubject ? [...rowHeads].reverse().find((h) => countedThing(h, reader)) : undefined;
  // Places under columns grouped by a kind of firm (`大型企业` over 总数, 合格批次), or rows so grouped on a table
  // turned on its side: the group is the subject.
  const groupSubject =
    labelSubject || thing ? undefined : [...columnHeads, ...rowHeads].find((h) => reader.config.groupSubjects.test(h.words));
  return {
    type,
    category:
      categoryOf(metric, type, reader.categories, quantity.unit) ??
      (tableReading.testTable ? 'sampling' : null) ??
      categoryOf(context.topic, type, reader.categories) ??
      'other',
    metric,
    value: negative ? -quantity.value : quantity.value,
    unit: quantity.unit,
    bound: quantity.bound,
    status: context.status,
    period: heads.find((h) => h.year)?.year ?? context.period,
    region,
    region_code: regionCode(region, context, reader),
    subject: (labelSubject ?? thing ?? groupSubject)?.words ?? context.subject,
    name: null,
    start: part.start,
    end: part.end,
    sentence: sentenceAt(reader.doc, part.start),
    rule,
  };
}

/**
 * Whether a row label names things counted in the classifier it states (`锅炉：万台`, `电梯(台)`), not a measure:
 * no word of it implies a unit (`抽查企业` → 家) and it does not end as a measure's name does (`企业数`, `销售额`).
 */
function countedThing(head: HeaderReading, reader: Reader): boolean {
  if (!head.unit || head.unit.entry.unitClass !== 'count' || !head.words || head.year || head.region || head.total) return false;
  return head.words !== head.unit.entry.surface && !reader.config.measureEndings.test(head.words) && !impliedUnit(head.words, reader);
}

/**
 * A money figure under a header that names what it is per with 每 (`平均每卷售价` over `HK$3.8`, `每公斤价格`) is a
 * price per that unit (`港元/卷`), as `每公斤260元` is in running text: the references are lexicons/units.json
 * `perUnit.afterMei` and `moneyPer`.
 */
function pricePerHeader(quantity: Quantity, metric: string, reader: Reader): Quantity {
  if (quantity.unitClass !== 'money' || !quantity.unit || quantity.unit.includes('/')) return quantity;
  for (let k = metric.indexOf('每'); k >= 0; k = metric.indexOf('每', k + 1)) {
    const reference = reader.pricedPer.find((word) => metric.startsWith(word, k + 1));
    if (reference) return { ...quantity, unit: `${quantity.unit}/${reference}`, unitClass: 'measure' };
  }
  return quantity;
}

/**
 * A table of test results (its caption or a header: `检测结果`, `不合格项目`): a figure whose metric names no category
 * is a sampling one (contract decision list), whatever the words before the table are about.
 */
function testResults(table: Table, readings: readonly (HeaderReading | null)[], context: TableContext, reader: Reader): boolean {
  const { testTables } = reader.config;
  return (
    testTables.test(context.topic) || table.cells.some((c, k) => c.row < table.headerRows && testTables.test(readings[k]?.words ?? ''))
  );
}

/**
 * The place a firm's name in the row names (`某省某县制酒厂`): each place word after the first that lies inside
 * the one before narrows it, so the smallest named division is the region (contract: a single company's figure takes
 * the place the document names for the company). Null when the row names no firm or its name no place.
 */
function firmPlace(rowHeads: readonly HeaderReading[], labelHeads: readonly HeaderReading[][], reader: Reader): string | null {
  const k = labelHeads.findIndex((heads) => heads.some((l) => reader.config.companyHeaders.has(l.words)));
  if (k < 0) return null;
  const name = rowHeads[k]!.words;
  let place: Division | null = null;
  for (const mention of reader.places.find(name, 0, name.length, () => true)) {
    // A word that is a place only when tagged as one (`长城`) does not open the chain.
    if (mention.kind !== 'division' || (!place && mention.needsPlaceTag)) break;
    const outer: Division | null = place;
    const inner: Division | undefined = outer ? mention.divisions.find((d) => reader.places.contains(outer, d)) : mention.divisions[0];
    if (!inner) break;
    place = inner;
  }
  return place?.name ?? null;
}

/** The kind of every cell, row by row, as the structure saw them (a year-shaped figure among figures is one). */
function kindsOf(table: Table, text: string): CellKind[][] {
  const texts: string[][] = Array.from({ length: table.cells.length / table.columns }, () => []);
  for (const cell of table.cells) texts[cell.row]![cell.col] = textOf(cell, text);
  return gridKinds(texts);
}

/** The header cells over the label columns (the corner): what the labels of a table on its side's columns are. */
function cornerReadings(table: Table, readings: readonly (HeaderReading | null)[]): HeaderReading[] {
  return table.cells
    .filter((c) => c.row < table.headerRows && c.col < table.headerColumns && c.parts.length > 0)
    .map((c) => readings[table.cells.indexOf(c)]!);
}

/**
 * A label under a region header (`地区`) that is no known place still names the region (`兵团`), unless it names a
 * kind of area and is no division (regions.tsv `*开发区`, `*经开区`, `*城区`; 鹿城区 is a district): a zone of the page's
 * own city, whose figures are the page's region (contract: an area below a county counts as its county or city).
 */
function regionUnderHeader(rowHeads: readonly HeaderReading[], labelHeads: readonly HeaderReading[][], reader: Reader): string | null {
  for (let k = 0; k < rowHeads.length; k++) {
    const head = rowHeads[k]!;
    if (head.total || !head.words) continue;
    const words = head.words;
    const division = reader.places.lookup(words);
    if (!division && reader.lexicons.notRegionEndings.some((ending) => words.endsWith(ending))) continue;
    if (labelHeads[k]!.some((l) => reader.config.regionHeaders.has(l.words))) return head.words;
  }
  return null;
}

/**
 * The region of a table whose rows are places in several provinces: the whole country (its totals row and
 * any row without a place are about all of them); null when its places lie in one province or it names none.
 */
function regionOfRows(readings: readonly (HeaderReading | null)[], reader: Reader): string | null {
  const provinces = new Set<string>();
  for (const reading of readings) {
    const region = reading?.region && reading.region !== '全国' ? reader.regions.lookup(reading.region) : null;
    if (region) provinces.add(region.provinceCode);
  }
  return provinces.size > 1 ? '全国' : null;
}

function headerQuantity(numeral: ReturnType<typeof scanNumerals>[number], stated: StatedUnit): Quantity {
  const { entry, multiplier } = stated;
  const factor = entry.unitClass === 'percent' ? entry.factor : multiplier;
  return {
    numeral,
    start: numeral.start,
    end: numeral.end,
    value: Number((numeral.value * factor).toPrecision(12)),
    unitClass: entry.unitClass,
    unit: entry.unit,
    bound: 'exact',
    requires: null,
    multiplier,
  };
}

/** Order of the sentence holding `pos` (a table row is one). */
function sentenceAt(doc: Document, pos: number): number {
  const sentences = doc.sentences ?? [];
  let lo = 0;
  let hi = sentences.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= pos) {
      found = sentences[mid]!.order;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The GB/T 2260 code of a table fact's region: the caption's when the region is the caption's, else the place index's. */
function regionCode(region: string | null, context: TableContext, reader: Reader): string | null {
  if (region === null) return null;
  if (region === context.region) return context.region_code;
  return reader.places.lookup(region)?.code ?? null;
}
