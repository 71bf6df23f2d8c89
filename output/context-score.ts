/**
 * Context accuracy (contract v1.1, "Context fields"): over the matched pairs of predicted and gold facts,
 * the share whose period, region, subject, category and status agree with gold, each field on its own.
 * Period, category and status compare as written; region after dropping the administrative suffix
 * (`甘南藏族自治州` = `甘南州` = `甘南`); subject matches when the predicted one contains the gold one; a
 * null agrees only with a null.
 */

export const CONTEXT_FIELDS = ['period', 'region', 'subject', 'category', 'status'] as const;
export type ContextField = (typeof CONTEXT_FIELDS)[number];

export type ContextValues = Partial<Record<ContextField, string | null>>;

export interface FieldAccuracy {
  agree: number;
  total: number;
  accuracy: number;
}

export interface ContextDisagreement {
  field: ContextField;
  gold: string | null;
  predicted: string | null;
  doc: string;
  text: string;
  /** The predicted fact's own text and where it starts, to find it in the database (absent when not known). */
  predictedText?: string;
  predictedStart?: number;
}

/** Ethnic names that stand between an autonomous region's name and its 自治区/自治州/自治县/自治旗 ending. */
const ETHNIC_NAMES = [
  '藏族',
  '羌族',
  '彝族',
  '白族',
  '傣族',
  '景颇族',
  '傈僳族',
  '哈尼族',
  '壮族',
  '苗族',
  '侗族',
  '布依族',
  '土家族',
  '朝鲜族',
  '回族',
  '蒙古族',
  '蒙古',
  '哈萨克族',
  '哈萨克',
  '柯尔克孜族',
  '柯尔克孜',
  '维吾尔族',
  '维吾尔',
  '黎族',
  '畲族',
  '瑶族',
  '满族',
  '土族',
  '撒拉族',
  '纳西族',
  '普米族',
  '独龙族',
  '怒族',
  '拉祜族',
  '佤族',
  '布朗族',
  '水族',
  '仡佬族',
  '毛南族',
  '仫佬族',
  '达斡尔族',
  '鄂温克族',
  '鄂伦春族',
  '锡伯族',
  '塔吉克族',
  '保安族',
  '东乡族',
  '各族',
].sort((a, b) => b.length - a.length);

const AUTONOMOUS = /自治(?:区|州|县|旗)$/;
const SUFFIX = /(?:特别行政区|地区|林区|新区|盟|省|市|县|区|州|旗)$/;

/** A region without its administrative suffix and ethnic names: 甘南藏族自治州, 甘南州 and 甘南 all give 甘南. */
export function regionStem(region: string): string {
  let name = region.trim();
  if (AUTONOMOUS.test(name)) {
    name = name.replace(AUTONOMOUS, '');
    for (let changed = true; changed;) {
      changed = false;
      for (const ethnic of ETHNIC_NAMES) {
        if (name.endsWith(ethnic) && name.length > ethnic.length) {
          name = name.slice(0, -ethnic.length);
          changed = true;
        }
      }
    }
    return name;
  }
  const stem = name.replace(SUFFIX, '');
  return stem.length > 0 ? stem : name;
}

/** Whether a predicted context field agrees with gold as the contract scores it. */
export function fieldAgrees(field: ContextField, predicted: string | null | undefined, gold: string | null | undefined): boolean {
  const p = predicted ?? null;
  const g = gold ?? null;
  if (p === null || g === null) return p === g;
  if (field === 'region') return regionStem(p) === regionStem(g);
  if (field === 'subject') return p.includes(g);
  return p === g;
}

/** Accuracy of each context field over matched pairs, and the pairs that disagree. */
export function scoreContext(
  pairs: readonly { predicted: ContextValues & { doc: string; text?: string; start?: number }; gold: ContextValues & { text?: string } }[],
): { byField: Record<ContextField, FieldAccuracy>; disagreements: ContextDisagreement[] } {
  const byField = {} as Record<ContextField, FieldAccuracy>;
  const disagreements: ContextDisagreement[] = [];
  for (const field of CONTEXT_FIELDS) {
    let agree = 0;
    let total = 0;
    for (const { predicted, gold } of pairs) {
      if (!(field in gold)) continue;
      total++;
      if (fieldAgrees(field, predicted[field], gold[field])) agree++;
      else
        disagreements.push({
          field,
          gold: gold[field] ?? null,
          predicted: predicted[field] ?? null,
          doc: predicted.doc,
          text: gold.text ?? predicted.text ?? '',
          ...(predicted.text === undefined ? {} : { predictedText: predicted.text }),
          ...(predicted.start === undefined ? {} : { predictedStart: predicted.start }),
        });
    }
    byField[field] = { agree, total, accuracy: total === 0 ? 1 : agree / total };
  }
  return { byField, disagreements };
}
