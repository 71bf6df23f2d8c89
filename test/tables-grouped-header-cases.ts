/**
 * Our own tables with a two-level header whose groups span unequal numbers of columns (fifteenth session):
 * sampling and enforcement summaries where one activity's leaves repeat under another's (`件数`, `不合格件数`
 * under `市场检查` and under `购样检验`), a group of one (`委托检验` over `批次`) and a group over several measures
 * (`后续处置` over three actions). Each figure's metric is its group and its leaf; the rows are years, bare
 * (`2021`) or of the ROC calendar on a Taiwan page (`108` → 2019), under a year column's header (`年度`); the unit
 * may stand only in the caption (`单位：件`). Same shape as test/tables-metamorphic-cases.ts; invented content.
 * Eighteenth session: columns grouped by a kind of firm (`大型企业`, `中小型企业`), each group a count of firms
 * (`总数(家)`) and two measures of batches: the group is the figures' subject and a word of the metric, 总数 names
 * the count (a third header row, `其中` over the measures, is read in test/tables-box-grid.test.ts).
 */
import type { TableCase } from './tables-metamorphic-cases';

export const GROUPED_HEADER_CASES: TableCase[] = [
  {
    id: 'grouped-firm-kinds',
    spec: {
      title: '山东省质量技术监督局关于2014年第二季度定量包装商品净含量专项监督抽查情况的通报',
      lead: '2014年第二季度，我局对全省定量包装商品净含量开展专项监督抽查，按企业规模汇总如下。',
      caption: '表1 各市抽查结果（按企业规模）',
      head: [
        [
          { text: '抽查地区', rows: 2 },
          { text: '大型企业', cols: 3 },
          { text: '中小型企业', cols: 3 },
        ],
        ['总数(家)', '合格批次', '不合格批次', '总数(家)', '合格批次', '不合格批次'],
      ],
      body: [
        ['济南市', '6', '18', '1', '14', '40', '5'],
        ['青岛市', '9', '25', '0', '21', '52', '3'],
      ],
    },
    columns: [
      null,
      { key: '大型企业总数', unit: '家', type: 'count', subject: '大型企业' },
      { key: '大型企业合格批次', unit: '批次', type: 'count', subject: '大型企业' },
      { key: '大型企业不合格批次', unit: '批次', type: 'count', subject: '大型企业' },
      { key: '中小型企业总数', unit: '家', type: 'count', subject: '中小型企业' },
      { key: '中小型企业合格批次', unit: '批次', type: 'count', subject: '中小型企业' },
      { key: '中小型企业不合格批次', unit: '批次', type: 'count', subject: '中小型企业' },
    ],
    rows: [
      { region: '济南市', period: '2014' },
      { region: '青岛市', period: '2014' },
    ],
  },
  {
    id: 'grouped-roc-years',
    spec: {
      title: '标准检验局市场监督业务执行情况报告',
      lead: '本局每年订定市场检查件数并办理购样检验，不合格商品依法续处，近年执行结果如下表。',
      caption: '表2 近年度市场监督执行结果汇整表 单位：件',
      head: [
        [
          { text: '年度', rows: 2 },
          { text: '市场检查', cols: 2 },
          { text: '购样检验', cols: 2 },
          { text: '后续处置', cols: 3 },
        ],
        ['件数', '不合格件数', '件数', '不合格件数', '限期改正', '下架回收', '移送处分'],
      ],
      body: [
        ['107', '36,210', '2,104', '1,830', '265', '1,210', '388', '57'],
        ['108', '38,455', '2,377', '1,912', '301', '1,342', '402', '61'],
        ['109', '35,980', '1,986', '1,745', '244', '1,108', '351', '49'],
        ['110', '19,620', '1,043', '1,206', '133', '592', '187', '26'],
      ],
    },
    columns: [
      null,
      { key: '市场检查件数', unit: '件', type: 'count' },
      { key: '市场检查不合格件数', unit: '件', type: 'count' },
      { key: '购样检验件数', unit: '件', type: 'count' },
      { key: '购样检验不合格件数', unit: '件', type: 'count' },
      { key: '限期改正', unit: '件', type: 'count' },
      { key: '下架回收', unit: '件', type: 'count' },
      { key: '移送处分', unit: '件', type: 'count' },
    ],
    rows: [{ period: '2018' }, { period: '2019' }, { period: '2020' }, { period: '2021' }],
  },
  {
    id: 'grouped-group-of-one',
    spec: {
      title: '江西省市场监督管理局关于2021年产品质量监督抽查情况的通报',
      lead: '2021年，全省各级市场监管部门共组织产品质量监督抽查，各设区市情况见下表。',
      caption: '表1 2021年各设区市产品质量监督抽查情况',
      head: [
        [
          { text: '地区', rows: 2 },
          { text: '委托检验', cols: 1 },
          { text: '国家监督抽查', cols: 2 },
          { text: '省级监督抽查', cols: 2 },
        ],
        ['批次', '批次', '合格率(%)', '批次', '合格率(%)'],
      ],
      body: [
        ['南昌市', '860', '120', '93.3', '740', '91.8'],
        ['赣州市', '715', '95', '90.5', '620', '92.4'],
        ['九江市', '540', '88', '95.5', '452', '90.3'],
      ],
    },
    columns: [
      null,
      { key: '委托检验批次', unit: '批次', type: 'count' },
      { key: '国家监督抽查批次', unit: '批次', type: 'count' },
      { key: '国家监督抽查合格率', unit: '%', type: 'rate' },
      { key: '省级监督抽查批次', unit: '批次', type: 'count' },
      { key: '省级监督抽查合格率', unit: '%', type: 'rate' },
    ],
    rows: [
      { region: '南昌市', period: '2021' },
      { region: '赣州市', period: '2021' },
      { region: '九江市', period: '2021' },
    ],
  },
  {
    id: 'grouped-years-enforcement',
    spec: {
      title: '浙江省市场监督管理局食品安全监督抽检和执法情况',
      lead: '近三年，全省持续开展食品安全监督抽检和风险监测，依法查处不合格食品，情况如下。',
      caption: '表3 2020—2022年食品抽检与核查处置情况',
      head: [
        [
          { text: '年份', rows: 2 },
          { text: '监督抽检', cols: 3 },
          { text: '风险监测', cols: 3 },
          { text: '核查处置', cols: 2 },
        ],
        ['批次', '不合格批次', '合格率(%)', '批次', '不合格批次', '合格率(%)', '立案(起)', '罚没款(万元)'],
      ],
      body: [
        ['2020', '98,420', '2,163', '97.8', '12,350', '611', '95.1', '1,245', '3,860'],
        ['2021', '102,315', '2,047', '98.0', '13,020', '582', '95.5', '1,318', '4,125'],
        ['2022', '105,880', '1,915', '98.2', '13,640', '540', '96.0', '1,402', '4,390'],
      ],
    },
    columns: [
      null,
      { key: '监督抽检批次', unit: '批次', type: 'count' },
      { key: '监督抽检不合格批次', unit: '批次', type: 'count' },
      { key: '监督抽检合格率', unit: '%', type: 'rate' },
      { key: '风险监测批次', unit: '批次', type: 'count' },
      { key: '风险监测不合格批次', unit: '批次', type: 'count' },
      { key: '风险监测合格率', unit: '%', type: 'rate' },
      { key: '立案', unit: '起', type: 'count' },
      { key: '罚没款', unit: '元', type: 'amount', factor: 10000 },
    ],
    rows: [{ period: '2020' }, { period: '2021' }, { period: '2022' }],
  },
];
