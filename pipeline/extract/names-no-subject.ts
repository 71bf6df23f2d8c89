/**
 * Subjects a figure's words seem to give that the contract does not take (subject: the product, product class,
 * industry, company or group the figure is about; not the measure): honours and titles counted (中国名牌产品30个,
 * 中华老字号8家, 省长质量奖企业1家) and a noun inside the name of an economy-wide aggregate (社会消费品零售总额 holds
 * 消费品). Independent annotators leave these null on most sets (session 16: honours 69 to 8, aggregates 52 to 2 over
 * sets 9–20; session 21: honours still 61 null to 25 named over sets 23–37).
 * Works a government counts as such (城市更新项目12个, 全国重点实验室5家) and people it receives or gains (接待游客,
 * 新增技能人才) are no longer among them: they are the group or class the count is about, and the gold of sets 23–37
 * names them (session 21: 46 lines named to 12 null, on dev, 24, 30, 32, 34 and 36); only a bare work (设施, 建设工程)
 * names none, as a bare 产品 does.
 */
import type { FactType } from '../../core/document';
import type { SubjectRules } from '../scope/subjects';
import { withoutQuoteMarks } from '../scope/subject-words';

/** What the check reads of a figure: its type, its metric as read, and the subject found. */
interface SubjectCheck {
  type: FactType;
  metric: string;
  subject: string;
  rules: SubjectRules;
}

/**
 * Whether the subject lies inside the name of an economy-wide aggregate the metric holds (国民生产总值: 国民), or
 * reaches into it from an activity or a bare unit before it (实际利用外商直接投资: 利用外商; 单位国内生产总值能耗:
 * 单位国内): either way a piece of the measure's name, no thing the figure is about. A thing before the name
 * (可再生能源发电装机, 服务贸易总额) stays.
 */
function insideAggregate({ metric, subject, rules }: SubjectCheck): boolean {
  return rules.aggregateMeasures.some((name) => {
    if (name.includes(subject)) return metric.includes(name);
    const at = metric.indexOf(name);
    const from = metric.indexOf(subject);
    if (at < 0 || from < 0 || from >= at || from + subject.length <= at) return false;
    const before = metric.slice(from, at);
    return rules.measureActivities.includes(before) || rules.generic.has(before);
  });
}

/** Whether the subject found names no subject by the contract: a bare work, an honour, an aggregate's own noun. */
export function namesNoSubject(check: SubjectCheck): boolean {
  // A quoted name keeps its marks in the subject (“中国名牌”产品): the words, not the marks, name an honour or a work.
  const words = withoutQuoteMarks(check.subject);
  return check.rules.bareWork.test(words) || check.rules.honour.test(words) || insideAggregate(check);
}

/**
 * The product class an aggregate totals when the metric holds its name (社会消费品零售总额 → 社会消费品), and the
 * subject found is none, a word inside that name (消费品) or no word of the metric (a page's topic): the figure is
 * about the goods it totals (contract: the product class the figure is about, not the measure 零售总额). A thing the
 * metric names besides (实物商品网上零售额占社会消费品零售总额的比重) stays.
 */
export function aggregateProduct(metric: string, subject: string | null, rules: SubjectRules): string | null {
  const entry = rules.aggregateProducts.find(([name]) => metric.includes(name));
  if (!entry) return null;
  const [name, product] = entry;
  return subject === null || name.includes(subject) || !metric.includes(subject) ? product : null;
}
