/**
 * Our own tables in the style of sampling bulletins and bureau statistics, each with the facts it must give
 * written down first: a column or a row says what its figures are (`key` within the metric, the unit, the
 * type, a multiplier for `万元`), and the other says where, what and when (region, subject, period). A figure
 * cell gives the fact of its column and row together; `—` and empty cells give none. test/table-layouts.ts
 * writes each table in every layout.
 */
import type { TableSpec } from './table-layouts';

export interface Expect {
  key?: string;
  unit?: string;
  type?: string;
  /** What a cell's number is multiplied by (`万元` → 10000). */
  factor?: number;
  region?: string | null;
  subject?: string | null;
  period?: string | null;
}

export interface TableCase {
  id: string;
  spec: TableSpec;
  /** One per column; null: a column of labels (no facts); two: a column whose cells hold two figures (`24/30`, `30(4)`). */
  columns: (Expect | null | [Expect, Expect])[];
  /** One per body row; null: a row without facts. */
  rows: (Expect | null)[];
}

const M = 10000;

export const TABLE_CASES: TableCase[] = [
  {
    id: 'product-serial',
    spec: {
      title: '湖南省质量技术监督局关于2015年电线电缆等产品省级监督抽查结果的通报',
      lead: '2015年，我局组织对全省电线电缆等5类产品进行了省级监督抽查，结果见下表。',
      caption: '表1 2015年省级监督抽查结果汇总',
      head: [['序号', '产品名称', '抽查企业数(家)', '抽查批次', '合格批次', '批次合格率(%)']],
      body: [
        ['1', '电线电缆', '45', '52', '47', '90.4'],
        ['2', '建筑用钢筋', '30', '36', '35', '97.2'],
        ['3', '水泥', '28', '28', '27', '96.4'],
        ['4', '化肥', '40', '44', '38', '86.4'],
        ['5', '童装', '22', '25', '19', '76.0'],
        ['', '合计', '165', '185', '166', '89.7'],
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
      { subject: '电线电缆', region: '湖南省', period: '2015' },
      { subject: '建筑用钢筋', region: '湖南省', period: '2015' },
      { subject: '水泥', region: '湖南省', period: '2015' },
      { subject: '化肥', region: '湖南省', period: '2015' },
      { subject: '童装', region: '湖南省', period: '2015' },
      { region: '湖南省', period: '2015' },
    ],
  },
  {
    id: 'city-enforcement',
    spec: {
      title: '江苏省市场监督管理局关于2018年全省执法办案情况的通报',
      lead: '2018年，全省各级市场监管部门严厉查处各类违法行为，各设区市办案情况如下。',
      caption: '表2 2018年各设区市查处案件情况',
      head: [['设区市', '案件数(起)', '罚没款(万元)', '移送公安(件)']],
      body: [
        ['南京市', '1520', '2350.6', '12'],
        ['苏州市', '1803', '3120.4', '20'],
        ['无锡市', '1211', '1890', '8'],
        ['徐州市', '980', '760.5', '5'],
        ['合计', '5514', '8121.5', '45'],
      ],
    },
    columns: [
      null,
      { key: '案件', unit: '起', type: 'count' },
      { key: '罚没款', unit: '元', type: 'amount', factor: M },
      { key: '移送公安', unit: '件', type: 'count' },
    ],
    rows: [
      { region: '南京市', period: '2018' },
      { region: '苏州市', period: '2018' },
      { region: '无锡市', period: '2018' },
      { region: '徐州市', period: '2018' },
      { region: '江苏省', period: '2018' },
    ],
  },
  {
    id: 'merged-header',
    spec: {
      title: '国家质量监督检验检疫总局关于公布2014年第二批产品质量国家监督抽查结果的公告',
      lead: '2014年第二批国家监督抽查共抽查了4类产品，抽查结果见下表。',
      caption: '表 2014年第二批国家监督抽查产品质量情况',
      head: [
        [
          { text: '产品类别', rows: 2 },
          { text: '抽查情况', cols: 2 },
          { text: '不合格情况', cols: 2 },
        ],
        ['企业数(家)', '批次', '批次', '不合格率(%)'],
      ],
      body: [
        ['电热毯', '60', '62', '5', '8.1'],
        ['电饭锅', '85', '90', '3', '3.3'],
        ['羽绒服', '110', '115', '12', '10.4'],
        ['儿童玩具', '72', '80', '6', '7.5'],
        ['合计', '327', '347', '26', '7.5'],
      ],
    },
    columns: [
      null,
      { key: '企业数', unit: '家', type: 'count' },
      { key: '抽查情况批次', unit: '批次', type: 'count' },
      { key: '不合格情况批次', unit: '批次', type: 'count' },
      { key: '不合格率', unit: '%', type: 'rate' },
    ],
    rows: [
      { subject: '电热毯', region: '全国', period: '2014' },
      { subject: '电饭锅', region: '全国', period: '2014' },
      { subject: '羽绒服', region: '全国', period: '2014' },
      { subject: '儿童玩具', region: '全国', period: '2014' },
      { region: '全国', period: '2014' },
    ],
  },
  {
    id: 'unit-row',
    spec: {
      title: '广东省质量技术监督局关于2017年全省特种设备安全状况的通告',
      lead: '截至2017年底，全省在用电梯数量继续增长，部分地市情况见下表。',
      caption: '表3 2017年部分地市电梯安全状况',
      head: [
        ['地区', '在用电梯', '定期检验', '事故'],
        ['', '(台)', '(台)', '(起)'],
      ],
      body: [
        ['广州市', '132500', '128900', '3'],
        ['深圳市', '145200', '140100', '2'],
        ['佛山市', '68700', '66400', '—'],
        ['合计', '346400', '335400', '5'],
      ],
    },
    columns: [
      null,
      { key: '在用电梯', unit: '台', type: 'count' },
      { key: '定期检验', unit: '台', type: 'count' },
      { key: '事故', unit: '起', type: 'count' },
    ],
    rows: [
      { region: '广州市', period: '2017' },
      { region: '深圳市', period: '2017' },
      { region: '佛山市', period: '2017' },
      { region: '广东省', period: '2017' },
    ],
  },
  {
    id: 'unit-caption',
    spec: {
      title: '四川省市场监督管理局关于2019年案件查办情况的通报',
      lead: '2019年，全省市场监管系统加大执法力度，各市罚没情况如下。',
      caption: '表4 2019年各市案件罚没情况',
      unitLine: '单位：万元',
      head: [['地区', '罚款', '没收违法所得', '涉案货值']],
      body: [
        ['成都市', '856.2', '120.5', '1320'],
        ['绵阳市', '230.8', '45', '410.6'],
        ['德阳市', '198.4', '—', '366'],
        ['合计', '1285.4', '165.5', '2096.6'],
      ],
    },
    columns: [
      null,
      { key: '罚款', unit: '元', type: 'amount', factor: M },
      { key: '没收违法所得', unit: '元', type: 'amount', factor: M },
      { key: '货值', unit: '元', type: 'amount', factor: M },
    ],
    rows: [
      { region: '成都市', period: '2019' },
      { region: '绵阳市', period: '2019' },
      { region: '德阳市', period: '2019' },
      { region: '四川省', period: '2019' },
    ],
  },
  {
    id: 'quarters-across',
    spec: {
      title: '宁波市市场监督管理局关于2020年产品质量监督抽查情况的通报',
      lead: '2020年，全市共组织产品质量监督抽查4次，各季度结果如下。',
      caption: '表5 2020年各季度监督抽查结果',
      head: [['项目', '第一季度', '第二季度', '第三季度', '第四季度']],
      body: [
        ['抽查批次', '120', '135', '140', '150'],
        ['合格批次', '108', '124', '130', '141'],
        ['批次合格率(%)', '90.0', '91.9', '92.9', '94.0'],
      ],
    },
    columns: [null, { period: '2020' }, { period: '2020' }, { period: '2020' }, { period: '2020' }],
    rows: [
      { key: '抽查批次', unit: '批次', type: 'count', region: '宁波市' },
      { key: '合格批次', unit: '批次', type: 'count', region: '宁波市' },
      { key: '合格率', unit: '%', type: 'rate', region: '宁波市' },
    ],
  },
  {
    id: 'years-across',
    spec: {
      title: '河南省质量技术监督局2016—2018年产品质量监督抽查情况分析',
      lead: '近三年全省产品质量监督抽查情况见下表。',
      caption: '表6 2016—2018年全省监督抽查情况',
      head: [['指标', '2016年', '2017年', '2018年']],
      body: [
        ['监督抽查批次(批次)', '3200', '3450', '3610'],
        ['不合格批次(批次)', '210', '198', '176'],
        ['抽查合格率(%)', '93.4', '94.3', '95.1'],
      ],
    },
    columns: [null, { period: '2016' }, { period: '2017' }, { period: '2018' }],
    rows: [
      { key: '监督抽查批次', unit: '批次', type: 'count', region: '河南省' },
      { key: '不合格批次', unit: '批次', type: 'count', region: '河南省' },
      { key: '合格率', unit: '%', type: 'rate', region: '河南省' },
    ],
  },
  {
    id: 'food-footnote',
    spec: {
      title: '福建省市场监督管理局关于2021年第三季度食品安全监督抽检情况的通告',
      lead: '2021年第三季度，全省市场监管部门组织开展食品安全监督抽检，各类食品抽检结果如下。',
      caption: '表7 2021年第三季度各类食品监督抽检结果',
      head: [['食品类别', '抽检批次', '不合格批次', '不合格率(%)']],
      body: [
        ['粮食加工品', '1250', '8', '0.64'],
        ['肉制品', '980', '12', '1.22'],
        ['乳制品', '640', '1', '0.16'],
        ['饮料', '870', '15', '1.72'],
        ['总计', '3740', '36', '0.96'],
      ],
      note: '注：不合格率按不合格批次占抽检批次的比例计算。',
    },
    columns: [
      null,
      { key: '抽检批次', unit: '批次', type: 'count' },
      { key: '不合格批次', unit: '批次', type: 'count' },
      { key: '不合格率', unit: '%', type: 'rate' },
    ],
    rows: [
      { subject: '粮食加工品', region: '福建省', period: '2021' },
      { subject: '肉制品', region: '福建省', period: '2021' },
      { subject: '乳制品', region: '福建省', period: '2021' },
      { subject: '饮料', region: '福建省', period: '2021' },
      { region: '福建省', period: '2021' },
    ],
  },
  {
    id: 'province-serial',
    spec: {
      title: '2016年儿童服装产品质量国家监督抽查结果',
      lead: '本次共抽查了4个省、自治区、直辖市52家企业生产的55批次儿童服装产品。',
      caption: '表8 各省抽查情况',
      head: [['序号', '省份', '企业数(家)', '产品批次(批次)', '合格率(%)']],
      body: [
        ['1', '北京', '12', '12', '100'],
        ['2', '河北', '25', '27', '88.9'],
        ['3', '山西', '9', '10', '90.0'],
        ['4', '内蒙古', '6', '6', '100'],
        ['合计', '', '52', '55', '92.7'],
      ],
    },
    columns: [
      null,
      null,
      { key: '企业数', unit: '家', type: 'count' },
      { key: '产品批次', unit: '批次', type: 'count' },
      { key: '合格率', unit: '%', type: 'rate' },
    ],
    rows: [
      { region: '北京市', period: '2016', subject: '儿童服装' },
      { region: '河北省', period: '2016', subject: '儿童服装' },
      { region: '山西省', period: '2016', subject: '儿童服装' },
      { region: '内蒙古自治区', period: '2016', subject: '儿童服装' },
      { region: '全国', period: '2016', subject: '儿童服装' },
    ],
  },
  {
    id: 'equipment-wan',
    spec: {
      title: '国家质检总局关于2017年全国特种设备安全状况的通告',
      lead: '截至2017年底，全国特种设备数量继续增长，各类设备情况见下表。',
      caption: '表9 2017年全国特种设备数量',
      head: [['设备种类', '数量(万台)', '比上年增长(%)']],
      body: [
        ['锅炉', '35.2', '-2.1'],
        ['压力容器', '380.6', '5.4'],
        ['电梯', '627.8', '11.8'],
        ['起重机械', '220.1', '3.5'],
        ['合计', '1263.7', '7.9'],
      ],
    },
    columns: [null, { key: '数量', unit: '台', type: 'count', factor: M }, { key: '增长', unit: '%', type: 'change' }],
    rows: [
      { subject: '锅炉', region: '全国', period: '2017' },
      { subject: '压力容器', region: '全国', period: '2017' },
      { subject: '电梯', region: '全国', period: '2017' },
      { subject: '起重机械', region: '全国', period: '2017' },
      { region: '全国', period: '2017' },
    ],
  },
  {
    id: 'certification',
    spec: {
      title: '浙江省质量技术监督局关于2019年全省认证认可工作情况的报告',
      lead: '截至2019年底，全省各类认证获证情况如下。',
      caption: '表10 2019年全省认证获证情况',
      head: [['认证类别', '获证企业(家)', '有效证书(张)']],
      body: [
        ['强制性产品认证', '8650', '52300'],
        ['有机产品认证', '1240', '3680'],
        ['质量管理体系认证', '45600', '61200'],
        ['合计', '55490', '117180'],
      ],
    },
    columns: [null, { key: '获证企业', unit: '家', type: 'count' }, { key: '证书', unit: '张', type: 'count' }],
    rows: [
      { subject: '强制性产品认证', region: '浙江省', period: '2019' },
      { subject: '有机产品认证', region: '浙江省', period: '2019' },
      { subject: '质量管理体系认证', region: '浙江省', period: '2019' },
      { region: '浙江省', period: '2019' },
    ],
  },
  {
    id: 'metrology',
    spec: {
      title: '合肥市市场监督管理局关于2020年强制检定计量器具检定情况的通报',
      lead: '2020年，市计量检定机构对全市在用强制检定计量器具开展了周期检定。',
      caption: '表11 2020年主要强检计量器具检定情况',
      head: [['器具名称', '受检数量(台件)', '合格数量(台件)', '合格率(%)']],
      body: [
        ['加油机', '3200', '3150', '98.4'],
        ['电子计价秤', '15600', '15210', '97.5'],
        ['出租车计价器', '2100', '2085', '99.3'],
      ],
    },
    columns: [
      null,
      { key: '受检数量', unit: '台件', type: 'count' },
      { key: '合格数量', unit: '台件', type: 'count' },
      { key: '合格率', unit: '%', type: 'rate' },
    ],
    rows: [
      { subject: '加油机', region: '合肥市', period: '2020' },
      { subject: '电子计价秤', region: '合肥市', period: '2020' },
      { subject: '出租车计价器', region: '合肥市', period: '2020' },
    ],
  },
  {
    id: 'standards',
    spec: {
      title: '浙江省质量技术监督局关于2018年各市主导制定标准情况的通报',
      lead: '2018年，全省企业主导制定各类标准情况见下表。',
      caption: '表12 2018年各市主导制定标准情况',
      head: [['地区', '国家标准(项)', '行业标准(项)', '地方标准(项)']],
      body: [
        ['杭州市', '45', '120', '12'],
        ['宁波市', '30', '85', '9'],
        ['温州市', '18', '62', '5'],
        ['合计', '93', '267', '26'],
      ],
    },
    columns: [
      null,
      { key: '国家标准', unit: '项', type: 'count' },
      { key: '行业标准', unit: '项', type: 'count' },
      { key: '地方标准', unit: '项', type: 'count' },
    ],
    rows: [
      { region: '杭州市', period: '2018' },
      { region: '宁波市', period: '2018' },
      { region: '温州市', period: '2018' },
      { region: '浙江省', period: '2018' },
    ],
  },
  {
    id: 'complaints',
    spec: {
      title: '山东省市场监督管理局关于2019年全省投诉举报情况的分析报告',
      lead: '2019年，全省市场监管部门共受理消费者投诉，主要类别情况如下。',
      caption: '表13 2019年投诉量居前的类别',
      head: [['投诉类别', '投诉量(件)', '占比(%)', '同比增长(%)']],
      body: [
        ['食品', '5230', '28.6', '12.5'],
        ['家用电器', '3120', '17.1', '-4.2'],
        ['服装鞋帽', '2480', '13.6', '6.8'],
      ],
      note: '注：占比为该类投诉量占投诉总量的比例。',
    },
    columns: [
      null,
      { key: '投诉量', unit: '件', type: 'count' },
      { key: '占比', unit: '%', type: 'rate' },
      { key: '增长', unit: '%', type: 'change' },
    ],
    rows: [
      { subject: '食品', region: '山东省', period: '2019' },
      { subject: '家用电器', region: '山东省', period: '2019' },
      { subject: '服装鞋帽', region: '山东省', period: '2019' },
    ],
  },
  {
    id: 'years-over-measures',
    spec: {
      title: '山东省质量技术监督局关于2019—2020年各市产品质量监督抽查情况的通报',
      lead: '近两年部分市产品质量监督抽查情况对比如下。',
      caption: '表14 部分市监督抽查情况对比',
      head: [
        [
          { text: '地区', rows: 2 },
          { text: '2019年', cols: 2 },
          { text: '2020年', cols: 2 },
        ],
        ['抽查批次', '合格率(%)', '抽查批次', '合格率(%)'],
      ],
      body: [
        ['济南市', '420', '92.1', '450', '93.3'],
        ['青岛市', '510', '94.5', '530', '95.1'],
        ['合计', '930', '93.4', '980', '94.3'],
      ],
    },
    columns: [
      null,
      { key: '抽查批次', unit: '批次', type: 'count', period: '2019' },
      { key: '合格率', unit: '%', type: 'rate', period: '2019' },
      { key: '抽查批次', unit: '批次', type: 'count', period: '2020' },
      { key: '合格率', unit: '%', type: 'rate', period: '2020' },
    ],
    rows: [{ region: '济南市' }, { region: '青岛市' }, { region: '山东省' }],
  },
  {
    id: 'unit-in-caption',
    spec: {
      title: '广州市市场监督管理局关于2022年餐饮服务食品抽检情况的通报',
      lead: '2022年，全市对餐饮服务环节食品开展了抽检，各区情况见下表。',
      caption: '表15 2022年各区餐饮服务食品抽检情况（单位：批次）',
      head: [['区', '抽检', '合格', '不合格']],
      body: [
        ['天河区', '320', '315', '5'],
        ['越秀区', '280', '276', '4'],
        ['海珠区', '300', '291', '9'],
        ['合计', '900', '882', '18'],
      ],
    },
    columns: [
      null,
      { key: '抽检', unit: '批次', type: 'count' },
      { key: '合格', unit: '批次', type: 'count' },
      { key: '不合格', unit: '批次', type: 'count' },
    ],
    rows: [
      { region: '天河区', period: '2022' },
      { region: '越秀区', period: '2022' },
      { region: '海珠区', period: '2022' },
      { region: '广州市', period: '2022' },
    ],
  },
];

/** The facts a case must give: one per figure (a `%` after it allowed; two in a cell of a two-measure column), its column's and row's fields together. */
export function expectedFacts(c: TableCase): Record<string, unknown>[] {
  const wanted: Record<string, unknown>[] = [];
  c.spec.body.forEach((row, r) =>
    row.forEach((text, k) => {
      const column = c.columns[k];
      const rowFields = c.rows[r];
      if (!column || !rowFields || text.trim() === '') return;
      const pair = /^(\d+(?:\.\d+)?)\s*[/／(（]\s*(\d+(?:\.\d+)?)\s*[)）]?$/.exec(text.trim());
      const figures: [Expect, string][] = Array.isArray(column)
        ? pair
          ? [
              [column[0], pair[1]!],
              [column[1], pair[2]!],
            ]
          : []
        : [[column, text.trim().replace(/[%％]$/, '')]];
      for (const [expect, figure] of figures) {
        // A comma grouping thousands (`36,210`) is part of the figure.
        const number = Number(figure.replace(/,(?=\d{3}(?!\d))/g, ''));
        if (Number.isNaN(number)) continue;
        const { factor, ...fields } = { ...expect, ...rowFields, factor: expect.factor ?? rowFields.factor ?? 1 };
        wanted.push({ ...fields, value: Number((number * factor).toPrecision(12)) });
      }
    }),
  );
  return wanted;
}
