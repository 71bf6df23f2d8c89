/**
 * More of our own tables, in the forms bulletins print their summaries in (fourteenth session): a month or a
 * quarter per column or per row, sampling results with the percent sign in the cells or with no unit at all,
 * headers broken over two lines, traditional script, 总计 and 全年 totals rows, a caption that states the unit,
 * cells holding two figures under a header naming two measures (`24/30` under `抽查企业/批次`).
 * Same shape as test/tables-metamorphic-cases.ts (a figure cell gives the fact of its column and row together);
 * a cell may write `%` after its figure. Invented content, at least three tables of each form.
 * The last three are monthly summaries of pages that print pinyin after some characters (`監(jiān)督`, `序號(hào)`) in
 * the caption and the headers: the caption, the table's first row when scraped, alone names the province and
 * the month (whose year is the period).
 */
import type { TableCase } from './tables-metamorphic-cases';

const M = 10000;

export const BULLETIN_CASES: TableCase[] = [
  {
    id: 'months-across',
    spec: {
      title: '杭州市市场监督管理局关于2023年上半年食品安全监督抽检情况的通告',
      lead: '2023年1—6月，全市共完成食品安全监督抽检，各月情况如下。',
      caption: '表1 2023年1—6月食品安全监督抽检情况',
      head: [['指标', '1月', '2月', '3月', '4月', '5月', '6月']],
      body: [
        ['抽检批次', '820', '640', '910', '955', '1020', '988'],
        ['不合格批次', '21', '15', '24', '19', '26', '22'],
        ['合格率(%)', '97.4', '97.7', '97.4', '98.0', '97.5', '97.8'],
      ],
    },
    columns: [null, { period: '2023' }, { period: '2023' }, { period: '2023' }, { period: '2023' }, { period: '2023' }, { period: '2023' }],
    rows: [
      { key: '抽检批次', unit: '批次', type: 'count', region: '杭州市' },
      { key: '不合格批次', unit: '批次', type: 'count', region: '杭州市' },
      { key: '合格率', unit: '%', type: 'rate', region: '杭州市' },
    ],
  },
  {
    id: 'months-down',
    spec: {
      title: '合肥市质量技术监督局2019年产品质量监督抽查月度统计',
      lead: '2019年前四个月，全市产品质量监督抽查情况见下表。',
      caption: '表2 2019年1—4月产品质量监督抽查情况',
      head: [['月份', '抽查企业(家)', '抽查批次', '不合格批次', '合格率(%)']],
      body: [
        ['1月', '62', '70', '6', '91.4'],
        ['2月', '41', '45', '3', '93.3'],
        ['3月', '88', '96', '9', '90.6'],
        ['4月', '75', '81', '5', '93.8'],
        ['合计', '266', '292', '23', '92.1'],
      ],
    },
    columns: [
      null,
      { key: '企业', unit: '家', type: 'count' },
      { key: '抽查批次', unit: '批次', type: 'count' },
      { key: '不合格批次', unit: '批次', type: 'count' },
      { key: '合格率', unit: '%', type: 'rate' },
    ],
    rows: [
      { region: '合肥市', period: '2019', subject: null },
      { region: '合肥市', period: '2019', subject: null },
      { region: '合肥市', period: '2019', subject: null },
      { region: '合肥市', period: '2019', subject: null },
      { region: '合肥市', period: '2019', subject: null },
    ],
  },
  {
    id: 'quarters-down',
    spec: {
      title: '昆明市市场监督管理局2021年行政执法工作统计',
      lead: '2021年，全市市场监管部门各季度执法办案情况如下。',
      caption: '表3 2021年各季度执法办案情况',
      head: [['季度', '检查经营主体(户)', '立案(件)', '罚没款(万元)']],
      body: [
        ['第一季度', '3200', '186', '95.6'],
        ['第二季度', '4150', '240', '130.2'],
        ['第三季度', '3870', '211', '118'],
        ['第四季度', '4420', '265', '152.4'],
        ['全年', '15640', '902', '496.2'],
      ],
    },
    columns: [
      null,
      { key: '经营主体', unit: '户', type: 'count' },
      { key: '立案', unit: '件', type: 'count' },
      { key: '罚没', unit: '元', type: 'amount', factor: M },
    ],
    rows: [
      { region: '昆明市', period: '2021' },
      { region: '昆明市', period: '2021' },
      { region: '昆明市', period: '2021' },
      { region: '昆明市', period: '2021' },
      { region: '昆明市', period: '2021' },
    ],
  },
  {
    id: 'percent-in-cells',
    spec: {
      title: '吉林省市场监督管理局关于2020年省级产品质量监督抽查结果的通报',
      lead: '2020年，我局对全省生产领域6类产品开展了省级监督抽查。',
      caption: '表1 2020年省级监督抽查结果',
      head: [['产品名称', '抽查企业', '抽查批次', '合格批次', '批次合格率']],
      body: [
        ['复合肥料', '24', '30', '26', '86.7%'],
        ['塑料管材', '18', '22', '21', '95.5%'],
        ['电动自行车', '9', '12', '10', '83.3%'],
        ['合计', '51', '64', '57', '89.1%'],
      ],
    },
    columns: [
      null,
      { key: '抽查企业', unit: '家', type: 'count' },
      { key: '抽查批次', unit: '批次', type: 'count' },
      { key: '合格批次', unit: '批次', type: 'count' },
      { key: '合格率', unit: '%', type: 'rate' },
    ],
    rows: [
      { subject: '复合肥料', region: '吉林省', period: '2020' },
      { subject: '塑料管材', region: '吉林省', period: '2020' },
      { subject: '电动自行车', region: '吉林省', period: '2020' },
      { region: '吉林省', period: '2020' },
    ],
  },
  {
    id: 'percent-without-unit',
    spec: {
      title: '贵阳市质量技术监督局关于2017年各区县产品质量监督抽查情况的通报',
      lead: '2017年，全市各区县监督抽查结果如下。',
      caption: '2017年各区县监督抽查情况',
      head: [['区县', '抽查批次', '不合格批次', '抽查合格率', '不合格率']],
      body: [
        ['南明区', '140', '9', '93.6', '6.4'],
        ['云岩区', '125', '11', '91.2', '8.8'],
        ['花溪区', '96', '4', '95.8', '4.2'],
        ['总计', '361', '24', '93.4', '6.6'],
      ],
    },
    columns: [
      null,
      { key: '抽查批次', unit: '批次', type: 'count' },
      { key: '不合格批次', unit: '批次', type: 'count' },
      { key: '合格率', unit: '%', type: 'rate' },
      { key: '不合格率', unit: '%', type: 'rate' },
    ],
    rows: [
      { region: '南明区', period: '2017' },
      { region: '云岩区', period: '2017' },
      { region: '花溪区', period: '2017' },
      { region: '贵阳市', period: '2017' },
    ],
  },
  {
    id: 'header-two-lines',
    spec: {
      title: '绵阳市市场监督管理局2022年流通领域商品质量抽检情况分析',
      lead: '本次抽检涉及全市5个县(市、区)，结果见表2。',
      caption: '表2 各县(市、区)抽检情况',
      head: [
        ['县(市、区)', '抽检', '合格', '不合格', '合格率'],
        ['', '批次数', '批次数', '批次数', '(%)'],
      ],
      body: [
        ['涪城区', '132', '121', '11', '91.67'],
        ['游仙区', '88', '82', '6', '93.18'],
        ['江油市', '105', '94', '11', '89.52'],
        ['合计', '325', '297', '28', '91.38'],
      ],
    },
    columns: [
      null,
      { key: '抽检批次', unit: '批次', type: 'count' },
      { key: '合格批次', unit: '批次', type: 'count' },
      { key: '不合格批次', unit: '批次', type: 'count' },
      { key: '合格率', unit: '%', type: 'rate' },
    ],
    rows: [
      { region: '涪城区', period: '2022' },
      { region: '游仙区', period: '2022' },
      { region: '江油市', period: '2022' },
      { region: '绵阳市', period: '2022' },
    ],
  },
  {
    id: 'traditional-products',
    spec: {
      title: '廣東省質量技術監督局關於2013年電器產品質量監督抽查結果的通報',
      lead: '2013年，本局組織對全省電器產品進行了監督抽查，結果如下。',
      caption: '表1 2013年電器產品監督抽查結果',
      head: [['序號', '產品名稱', '抽查企業數(家)', '抽查批次', '合格批次', '合格率(%)']],
      body: [
        ['1', '電熱水壺', '35', '40', '33', '82.5'],
        ['2', '電飯鍋', '28', '30', '27', '90.0'],
        ['3', '電風扇', '22', '25', '24', '96.0'],
        ['', '總計', '85', '95', '84', '88.4'],
      ],
    },
    columns: [
      null,
      null,
      { key: '企业', unit: '家', type: 'count' },
      { key: '抽查批次', unit: '批次', type: 'count' },
      { key: '合格批次', unit: '批次', type: 'count' },
      { key: '合格率', unit: '%', type: 'rate' },
    ],
    rows: [
      { subject: '电热水壶', region: '广东省', period: '2013' },
      { subject: '电饭锅', region: '广东省', period: '2013' },
      { subject: '电风扇', region: '广东省', period: '2013' },
      { region: '广东省', period: '2013' },
    ],
  },
  {
    id: 'traditional-regions',
    spec: {
      title: '福建省質量技術監督局2011年各設區市監督抽查情況',
      lead: '2011年各設區市監督抽查情況見下表。',
      caption: '表2 2011年各設區市監督抽查情況（單位：批次）',
      head: [['設區市', '抽查', '合格', '不合格']],
      body: [
        ['福州市', '210', '196', '14'],
        ['廈門市', '180', '171', '9'],
        ['泉州市', '240', '219', '21'],
        ['合計', '630', '586', '44'],
      ],
    },
    columns: [
      null,
      { key: '抽查', unit: '批次', type: 'count' },
      { key: '合格', unit: '批次', type: 'count' },
      { key: '不合格', unit: '批次', type: 'count' },
    ],
    rows: [
      { region: '福州市', period: '2011' },
      { region: '厦门市', period: '2011' },
      { region: '泉州市', period: '2011' },
      { region: '福建省', period: '2011' },
    ],
  },
  {
    id: 'traditional-quarters',
    spec: {
      title: '天津市質量技術監督局2014年各季度產品質量監督抽查情況',
      lead: '2014年，本市各季度監督抽查結果如下。',
      caption: '表3 2014年各季度監督抽查結果',
      head: [['項目', '第一季度', '第二季度', '第三季度', '第四季度']],
      body: [
        ['抽查批次', '210', '236', '198', '251'],
        ['合格批次', '190', '219', '185', '233'],
        ['批次合格率(%)', '90.5', '92.8', '93.4', '92.8'],
      ],
    },
    columns: [null, { period: '2014' }, { period: '2014' }, { period: '2014' }, { period: '2014' }],
    rows: [
      { key: '抽查批次', unit: '批次', type: 'count', region: '天津市' },
      { key: '合格批次', unit: '批次', type: 'count', region: '天津市' },
      { key: '合格率', unit: '%', type: 'rate', region: '天津市' },
    ],
  },
  {
    id: 'pair-slash-products',
    spec: {
      title: '江西省质量技术监督局关于2016年省级产品质量监督抽查结果的通报',
      lead: '2016年，我局组织对全省建材产品开展了省级监督抽查。',
      caption: '表1 2016年建材产品监督抽查结果',
      head: [['产品名称', '抽查企业/批次', '合格批次', '合格率(%)']],
      body: [
        ['陶瓷砖', '24/30', '26', '86.7'],
        ['建筑涂料', '18/20', '19', '95.0'],
        ['防水卷材', '11/15', '12', '80.0'],
        ['合计', '53/65', '57', '87.7'],
      ],
    },
    columns: [
      null,
      [
        { key: '抽查企业', unit: '家', type: 'count' },
        { key: '批次', unit: '批次', type: 'count' },
      ],
      { key: '合格批次', unit: '批次', type: 'count' },
      { key: '合格率', unit: '%', type: 'rate' },
    ],
    rows: [
      { subject: '陶瓷砖', region: '江西省', period: '2016' },
      { subject: '建筑涂料', region: '江西省', period: '2016' },
      { subject: '防水卷材', region: '江西省', period: '2016' },
      { region: '江西省', period: '2016' },
    ],
  },
  {
    id: 'pair-bracket-regions',
    spec: {
      title: '湖北省质量技术监督局2015年各市州产品质量监督抽查情况',
      lead: '2015年各市州监督抽查情况如下（括号内为不合格批次）。',
      caption: '表2 2015年各市州监督抽查情况',
      head: [['市州', '抽查企业(家)', '抽查批次(不合格)', '合格率(%)']],
      body: [
        ['武汉市', '120', '150(12)', '92.0'],
        ['宜昌市', '64', '70(5)', '92.9'],
        ['襄阳市', '58', '66(8)', '87.9'],
      ],
    },
    columns: [
      null,
      { key: '企业', unit: '家', type: 'count' },
      [
        { key: '抽查批次', unit: '批次', type: 'count' },
        { key: '不合格', unit: '批次', type: 'count' },
      ],
      { key: '合格率', unit: '%', type: 'rate' },
    ],
    rows: [
      { region: '武汉市', period: '2015' },
      { region: '宜昌市', period: '2015' },
      { region: '襄阳市', period: '2015' },
    ],
  },
  {
    id: 'pair-slash-cases',
    spec: {
      title: '南宁市市场监督管理局2020年各县区执法办案情况通报',
      lead: '2020年，全市各县区市场监管部门执法办案情况如下。',
      caption: '表3 2020年各县区执法办案情况',
      head: [['县区', '立案/结案(件)', '罚没款(万元)']],
      body: [
        ['青秀区', '86/80', '152.3'],
        ['兴宁区', '54/51', '98'],
        ['西乡塘区', '73/70', '131.6'],
        ['合计', '213/201', '381.9'],
      ],
    },
    columns: [
      null,
      [
        { key: '立案', unit: '件', type: 'count' },
        { key: '结案', unit: '件', type: 'count' },
      ],
      { key: '罚没', unit: '元', type: 'amount', factor: M },
    ],
    rows: [
      { region: '青秀区', period: '2020' },
      { region: '兴宁区', period: '2020' },
      { region: '西乡塘区', period: '2020' },
      { region: '南宁市', period: '2020' },
    ],
  },
  {
    id: 'pinyin-food-classes',
    spec: {
      title: '食品安全監(jiān)督抽檢信息公開',
      lead: '現(xiàn)將食品安全監(jiān)督抽檢匯總情況公布如下。',
      caption: '江西省市場監(jiān)督管理局2021年3月食品安全監(jiān)督抽檢匯總情況',
      head: [['序號(hào)', '食品大類', '抽檢樣品批次', '不合格樣品批次', '樣品不合格率(%)']],
      body: [
        ['1', '糕點', '312', '5', '1.60'],
        ['2', '飲料', '128', '0', '0.00'],
        ['3', '調(diào)味品', '207', '3', '1.45'],
        ['合計', '', '647', '8', '1.24'],
      ],
    },
    columns: [
      null,
      null,
      { key: '抽检样品', unit: '批次', type: 'count' },
      { key: '不合格样品', unit: '批次', type: 'count' },
      { key: '不合格率', unit: '%', type: 'rate' },
    ],
    rows: [
      { subject: '糕点', region: '江西省', period: '2021' },
      { subject: '饮料', region: '江西省', period: '2021' },
      { subject: '调味品', region: '江西省', period: '2021' },
      { region: '江西省', period: '2021' },
    ],
  },
  {
    id: 'pinyin-cities',
    spec: {
      title: '產品質量監(jiān)督抽查信息',
      lead: '本月各地產品質量監(jiān)督抽查情況見下表。',
      caption: '浙江省2019年11月產品質量監(jiān)督抽查匯總表',
      head: [['地區(qū)', '抽查批次', '不合格批次', '批次合格率(%)']],
      body: [
        ['杭州市', '86', '4', '95.35'],
        ['寧波市', '72', '6', '91.67'],
        ['溫州市', '64', '2', '96.88'],
        ['全省', '222', '12', '94.59'],
      ],
    },
    columns: [
      null,
      { key: '抽查批次', unit: '批次', type: 'count' },
      { key: '不合格批次', unit: '批次', type: 'count' },
      { key: '合格率', unit: '%', type: 'rate' },
    ],
    rows: [
      { region: '杭州市', period: '2019' },
      { region: '宁波市', period: '2019' },
      { region: '温州市', period: '2019' },
      { region: '浙江省', period: '2019' },
    ],
  },
  {
    id: 'pinyin-unit-caption',
    spec: {
      title: '食用农产品抽检信息',
      lead: '现将食用农产品抽检结果汇总如下。',
      caption: '四川省2018年12月食用农产品抽检情况（单位：批次）',
      head: [['序号(hào)', '品种(zhǒng)', '抽检', '不合格']],
      body: [
        ['1', '蔬菜', '540', '9'],
        ['2', '水产品', '215', '7'],
        ['3', '畜禽肉', '388', '4'],
      ],
    },
    columns: [null, null, { key: '抽检', unit: '批次', type: 'count' }, { key: '不合格', unit: '批次', type: 'count' }],
    rows: [
      { subject: '蔬菜', region: '四川省', period: '2018' },
      { subject: '水产品', region: '四川省', period: '2018' },
      { subject: '畜禽肉', region: '四川省', period: '2018' },
    ],
  },
];
