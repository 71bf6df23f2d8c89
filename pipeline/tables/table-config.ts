/**
 * The table rules of dictionaries/tables/tables.json, compiled: unit forms of headers, implied units,
 * region headers, total labels, columns without figures, and the rule ids table facts carry.
 */
import type { Dictionaries } from '../../core/dictionaries';

export const TABLES_FILE = 'tables/tables.json';

export interface TableRuleExample {
  text: string;
  expect?: Record<string, unknown>;
}

export interface TableRule {
  id: string;
  description: string;
  examples: { positive: TableRuleExample[]; negative: string[] };
}

interface TablesFile {
  unitForms: string[];
  unitLines: string[];
  impliedUnits: [string, string][];
  comparisonHeaders: string;
  itemHeaders: string[];
  regionHeaders: string[];
  yearHeaders: string[];
  totalLabels: string[];
  countTotals: string[];
  joinerHeaders: string[];
  groupSubjects: string;
  skipHeaders: string[];
  brandHeaders: string[];
  companyHeaders: string[];
  testTables: string;
  measureEndings: string;
  rules: TableRule[];
}

export type TableRuleId = 'table.header-unit' | 'table.cell-unit' | 'table.implied-unit';

export interface TableConfig {
  unitForms: RegExp[];
  unitLines: RegExp[];
  impliedUnits: [string, string][];
  comparisonHeaders: RegExp;
  itemHeaders: ReadonlySet<string>;
  regionHeaders: ReadonlySet<string>;
  /** Headers of a label column of years (`年度`): a bare year under one (`2019`, ROC `106`) names the row's period. */
  yearHeaders: ReadonlySet<string>;
  totalLabels: ReadonlySet<string>;
  /** Totals that name a count (`总数`): over a column, its measure (`大型企业` over `总数(家)` → 大型企业总数). */
  countTotals: ReadonlySet<string>;
  /** Headers that only join the columns under them to the one beside (`其中`, "of which"): no words of the metric. */
  joinerHeaders: ReadonlySet<string>;
  /** Column headers naming a kind of firm (`大型企业`, `民营企业`): the subject of the figures under them. */
  groupSubjects: RegExp;
  skipHeaders: ReadonlySet<string>;
  /** Headers of a column of brands (`商标`): its labels are no subject while another label names the row. */
  brandHeaders: ReadonlySet<string>;
  /** Headers of a column of firms (`企业名称`): the place a firm's name starts with is the region of its row. */
  companyHeaders: ReadonlySet<string>;
  /** A caption or header of a table of test results (`检测结果`, `不合格项目`): its figures are sampling ones. */
  testTables: RegExp;
  /** How the name of a measure ends (`企业数`, `合格率`, `销售额`): a row label so ending names no thing counted. */
  measureEndings: RegExp;
  rules: ReadonlyMap<string, TableRule>;
}

const RULE_IDS: readonly TableRuleId[] = ['table.header-unit', 'table.cell-unit', 'table.implied-unit'];

export function loadTableConfig(dictionaries: Dictionaries): TableConfig {
  return dictionaries.parseOnce(
    TABLES_FILE,
    (text) => {
      const file = JSON.parse(text) as TablesFile;
      const rules = new Map(file.rules.map((rule) => [rule.id, rule]));
      for (const id of RULE_IDS) if (!rules.has(id)) throw new Error(`${TABLES_FILE}: rule ${id} is missing`);
      return {
        unitForms: file.unitForms.map((p) => new RegExp(p)),
        unitLines: file.unitLines.map((p) => new RegExp(p)),
        impliedUnits: file.impliedUnits,
        comparisonHeaders: new RegExp(file.comparisonHeaders),
        itemHeaders: new Set(file.itemHeaders),
        regionHeaders: new Set(file.regionHeaders),
        yearHeaders: new Set(file.yearHeaders),
        totalLabels: new Set(file.totalLabels),
        countTotals: new Set(file.countTotals),
        joinerHeaders: new Set(file.joinerHeaders),
        groupSubjects: new RegExp(file.groupSubjects),
        skipHeaders: new Set(file.skipHeaders),
        brandHeaders: new Set(file.brandHeaders),
        companyHeaders: new Set(file.companyHeaders),
        testTables: new RegExp(file.testTables),
        measureEndings: new RegExp(file.measureEndings),
        rules,
      };
    },
    'compiled',
  );
}
