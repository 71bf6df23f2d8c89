/**
 * Our own tables whose first label column groups the rows under it and is written once (a merged cell): a
 * province over its cities, a class of food over its kinds, a stage of the supply chain over its products
 * (fifteenth session). The rows under a group leave its cell empty; each figure's row is named by its own
 * label, the innermost (the city is the region, the kind of food the subject), and a subtotal or a totals row
 * may close a group. Same shape as test/tables-metamorphic-cases.ts; invented content.
 */
import type { TableCase } from './tables-metamorphic-cases';

export const GROUP_CASES: TableCase[] = [
  {
    id: 'group-province-cities',
    spec: {
      title: '2019年电动自行车产品质量国家监督抽查结果',
      lead: '本次共抽查了3个省8个城市的电动自行车产品，各地情况见下表。',
      caption: '表2 各地抽查情况',
      head: [['省份', '城市', '抽查批次', '不合格批次', '合格率(%)']],
      body: [
        ['江苏', '无锡市', '14', '2', '85.7'],
        ['', '常州市', '11', '1', '90.9'],
        ['', '徐州市', '9', '2', '77.8'],
        ['浙江', '台州市', '16', '3', '81.3'],
        ['', '金华市', '12', '1', '91.7'],
        ['天津', '天津市', '20', '2', '90.0'],
      ],
    },
    columns: [
      null,
      null,
      { key: '抽查批次', unit: '批次', type: 'count' },
      { key: '不合格批次', unit: '批次', type: 'count' },
      { key: '合格率', unit: '%', type: 'rate' },
    ],
    rows: [
      { region: '无锡市', period: '2019', subject: '电动自行车' },
      { region: '常州市', period: '2019', subject: '电动自行车' },
      { region: '徐州市', period: '2019', subject: '电动自行车' },
      { region: '台州市', period: '2019', subject: '电动自行车' },
      { region: '金华市', period: '2019', subject: '电动自行车' },
      { region: '天津市', period: '2019', subject: '电动自行车' },
    ],
  },
  {
    id: 'group-food-classes',
    spec: {
      title: '陕西省市场监督管理局关于2022年第一季度食品安全监督抽检情况的通告',
      lead: '2022年第一季度，全省共完成食品安全监督抽检，部分食品类别结果如下。',
      caption: '表3 2022年第一季度部分食品抽检结果',
      head: [['食品大类', '食品细类', '抽检批次', '不合格批次']],
      body: [
        ['粮食加工品', '小麦粉', '320', '2'],
        ['', '大米', '410', '1'],
        ['', '挂面', '150', '3'],
        ['饮料', '瓶装饮用水', '260', '6'],
        ['', '果蔬汁饮料', '95', '2'],
        ['糕点', '月饼', '88', '1'],
      ],
    },
    columns: [null, null, { key: '抽检批次', unit: '批次', type: 'count' }, { key: '不合格批次', unit: '批次', type: 'count' }],
    rows: [
      { subject: '小麦粉', region: '陕西省', period: '2022' },
      { subject: '大米', region: '陕西省', period: '2022' },
      { subject: '挂面', region: '陕西省', period: '2022' },
      { subject: '瓶装饮用水', region: '陕西省', period: '2022' },
      { subject: '果蔬汁饮料', region: '陕西省', period: '2022' },
      { subject: '月饼', region: '陕西省', period: '2022' },
    ],
  },
  {
    id: 'group-stages-products',
    spec: {
      title: '青岛市市场监督管理局2021年产品质量监督抽查结果通报',
      lead: '2021年，我局在生产和流通领域组织开展产品质量监督抽查，结果见下表。',
      caption: '表1 2021年分环节监督抽查结果',
      head: [['抽查环节', '产品名称', '抽查企业(家)', '抽查批次', '合格率(%)']],
      body: [
        ['生产领域', '塑料管材', '18', '20', '95.0'],
        ['', '钢筋混凝土用钢', '12', '15', '100'],
        ['流通领域', '儿童鞋', '30', '34', '88.2'],
        ['', '床上用品', '26', '28', '92.9'],
        ['', '电热水器', '21', '24', '87.5'],
      ],
    },
    columns: [
      null,
      null,
      { key: '企业', unit: '家', type: 'count' },
      { key: '抽查批次', unit: '批次', type: 'count' },
      { key: '合格率', unit: '%', type: 'rate' },
    ],
    rows: [
      { subject: '塑料管材', region: '青岛市', period: '2021' },
      { subject: '钢筋混凝土用钢', region: '青岛市', period: '2021' },
      { subject: '儿童鞋', region: '青岛市', period: '2021' },
      { subject: '床上用品', region: '青岛市', period: '2021' },
      { subject: '电热水器', region: '青岛市', period: '2021' },
    ],
  },
];
