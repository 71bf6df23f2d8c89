/**
 * The category of a figure (contract v1.1, category): the contract's decision list over its metric, then the
 * clause, sentence and heading around it. Part of a figure's context (context.ts factContext).
 */
import type { FactCategory, ScopeSection } from '../../core/document';
import { CATEGORY_ORDER, categoryOf, type CategoryCue } from '../scope/category';
import type { CategoryWords } from '../scope/category-words';
import type { FigureInput } from './figure-input';
import { allMatches } from '../text/all-matches';

/**
 * The first category in the contract's order whose cue the metric (or a named thing's name, or the unit)
 * holds, a limit a standard sets taking `standard` before the categories after it; else what the figure's
 * clause says was sampled or enforced (a metric cut short of 抽查); else the category of the figure the
 * metric came from; else money is finance; else the sentence's sampling or enforcement; else the section
 * heading's cue; else a food subject's food_safety. The words it reads around the metric (seizures, casualties,
 * a standard's limit…) are dictionaries/context/category-words.json.
 */
export function categoryOfFigure(
  input: FigureInput,
  section: ScopeSection | null,
  rules: { categories: readonly CategoryCue[]; categoryWords: CategoryWords },
  subject: string | null = null,
): FactCategory {
  if (input.type === 'brand') return 'brand';
  const words = rules.categoryWords;
  // A standard a firm was certified against (通过ISO22000认证, ISO9001质量体系认证) names the certification: the contract's
  // order puts certification before standard (CAT-CERTIFIED-AGAINST).
  if (input.type === 'standard')
    return words.certifiedAgainst.test(input.view.text.slice(input.end, input.view.clauseEnd(input.end))) ? 'certification' : 'standard';
  const text = input.type === 'policy' ? (input.name ?? input.metric) : input.metric;
  const named = categoryOf(text, input.type, rules.categories, input.unit);
  // A sum of money named 标准 (扶贫标准2300元, 每人每月最低标准1536元) is a level paid or levied, not a technical
  // standard set or drafted (contract: finance holds every money figure that is not enforcement).
  const own = named === 'standard' && input.unit && words.currencyUnit.test(input.unit) ? 'finance' : countOfPassed(input, named, words);
  if (isStandardLimit(input, words) && (own === null || CATEGORY_ORDER.indexOf(own) > CATEGORY_ORDER.indexOf('standard')))
    return 'standard';
  // Firms a sampling found at fault and handed to enforcement (…的11家企业，已依法移送稽查部门立案查处) are counted
  // by the action taken on them: enforcement comes first in the contract's order.
  if (
    (own === null || own === 'sampling') &&
    input.type === 'count' &&
    words.handedToEnforcement.test(input.view.text.slice(input.end, input.view.end))
  ) {
    return 'enforcement';
  }
  // What a count counts follows its measure word (60家承担监督抽查任务的检验机构): testing bodies are certification
  // (contract: supervision of accredited testing bodies), though the work that names them is sampling.
  if (input.type === 'count' && (own === null || own === 'sampling')) {
    const counted = input.view.text.slice(input.end, input.view.clauseEnd(input.end));
    if (words.countsTestingBodies.test(counted)) return 'certification';
  }
  if (input.type === 'rate' && (own === null || own === 'sampling') && words.shareOfSamples.test(input.metric)) {
    if (categoryOf(sentenceBeforeFigure(input), input.type, rules.categories) === 'pass_rate') return 'pass_rate';
  }
  // Goods seized that bear a brand (查获假冒某名酒品牌的产品10.4万瓶, 查处假冒某某品牌的货物328箱) are a seizure:
  // enforcement comes before brand in the contract's order, though the metric, cut short of its verb, names only the
  // brand. The verb must be in the figure's own clause: a case count before it (查处案件50起，新增名牌产品3个) seizes
  // no brand of the next clause.
  if (own === 'brand' && (input.type === 'count' || input.type === 'amount')) {
    if (words.seized.test(commaClauseBeforeFigure(input))) return 'enforcement';
  }
  if (own === 'sampling' && (input.type === 'count' || input.type === 'amount') && isSeizedListItem(input, words)) return 'enforcement';
  // What passed or failed a check of measuring instruments (共检查6239台磅秤，合格6215台，不合格24台) counts the instruments
  // checked: metrology, as the count of the instruments is (CAT-INSTRUMENTS-CHECKED).
  if (
    (own === null || own === 'sampling') &&
    input.type === 'count' &&
    words.passedOrFailedOnly.test(input.metric) &&
    words.instrumentsChecked.test(sentenceBeforeFigure(input))
  ) {
    return 'metrology';
  }
  const checked = placesChecked(input, own, rules);
  if (checked) return checked;
  const compared = comparedCategory(input, own, words);
  if (compared) return compared;
  // Brands named by no scheme that a sampling covered (抽检范围涉及…，涉及35个品牌): what was sampled (contract:
  // sampling comes before brand). Brands a scheme names (名牌, 著名商标) stay brand.
  if (own === 'brand' && input.type === 'count' && words.brandsOnly.test(input.metric)) {
    if (categoryOf(sentenceBeforeFigure(input), input.type, actionCues(rules.categories)) === 'sampling') return 'sampling';
  }
  if (countsWhatStandardSets(input, own, rules)) return 'standard';
  const group = groupCategory(input, own, rules);
  if (group) return group;
  // Money recovered for the people a violation harmed (为群众挽回直接经济损失4107.3万元) in a sentence that reports
  // enforcement is a result of that enforcement, not a money figure of its own (contract: enforcement before finance).
  if ((own === null || own === 'finance') && words.recoveredLoss.test(input.metric)) {
    if (categoryOf(sentenceBeforeFigure(input), input.type, actionCues(rules.categories)) === 'enforcement') return 'enforcement';
  }
  // A reward paid to informants (给予举报人…的奖励, 举报奖金最高额达30万元) is a part of enforcement, not a money figure of
  // its own (contract: enforcement before finance): the sentence must name the informant (CAT-INFORMANT-REWARD).
  if (
    (own === null || own === 'finance') &&
    (input.type === 'amount' || input.type === 'rate') &&
    words.informantReward.test(input.metric)
  ) {
    if (/举报/.test(input.view.text.slice(input.view.start, input.view.end))) return 'enforcement';
  }
  if (own) return own;
  if (input.type === 'policy') return 'other';
  const { view, start, end } = input;
  const clause = view.text.slice(view.clauseStart(start), view.clauseEnd(end));
  // What a clause or sentence says was done: a level it also names (不合格率, 符合标准的占比) is no action.
  const actions = actionCues(rules.categories);
  const fromClause = categoryOf(clause, input.type, actions);
  if (fromClause === 'sampling' || fromClause === 'enforcement') return fromClause;
  if (input.inheritedCategory && input.inheritedCategory !== 'other') return input.inheritedCategory;
  if (input.unit && words.currencyUnit.test(input.unit)) return 'finance';
  // What a sentence says was sampled or enforced (本次抽查了…112家企业的140批次产品) types the figures it counts.
  // A semicolon closes a list item: enforcement in one (严肃查处违法用地；) types no figure of the next (两次上调利率).
  const sentenceBefore = sentenceBeforeFigure(input);
  const fromSentence = categoryOf(withoutCampaign(input, sentenceBefore, words, actions), input.type, actions);
  if (fromSentence === 'sampling' || fromSentence === 'enforcement') return fromSentence;
  // Products or firms a brand scheme took in (列入中国名牌产品评价目录，共有7个产品入选): the sentence names the scheme,
  // the figure's clause the taking in (contract: brand holds brand schemes).
  if (input.type === 'count' && words.takenIn.test(view.text.slice(view.clauseStart(start), view.clauseEnd(end)))) {
    if (categoryOf(sentenceBefore, input.type, brandCues(rules.categories)) === 'brand') return 'brand';
  }
  // The people hurt or killed (10人受伤, 3人重伤, 死亡人数) count an accident: where the sentence names the lift, boiler
  // or crane it happened to (一部电梯突然下落，10人受伤), they are special-equipment figures like the accident itself; so is
  // their change (特种设备事故…死亡人数同比下降33.3%: a change takes the category of what changed).
  if ((input.type === 'count' || input.type === 'change') && words.casualties.test(input.metric)) {
    const clauseAfter = view.text.slice(end, view.clauseEnd(end));
    const around = sentenceBefore + clauseAfter;
    // The paragraph must name the equipment: 隐患 or 事故 alone are as much work safety's (生产安全事故起数、死亡人数).
    // A sentence that goes on with the accidents an earlier one named (…发生各类特种设备事故22起。与去年同期相比，事故总
    // 起数增加4起，死亡人数增加10人) counts the same accidents.
    const paragraph = view.text.slice(view.paragraphStart(), start) + clauseAfter;
    if (words.namesEquipment.test(paragraph) && categoryOf(around, input.type, rules.categories) === 'special_equipment')
      return 'special_equipment';
  }
  const topic = namesItsOwnMeasure(input, words) ? null : sentenceTopic(sentenceBefore, words);
  if (topic) return topic;
  if (section) {
    const heading = view.text.slice(section.start, section.headingEnd);
    const fromHeading = categoryOf(heading, input.type, rules.categories);
    if (fromHeading && fromHeading !== 'finance') return fromHeading;
  }
  // A figure about a food with no cue of its own (生乳蛋白质含量低于2.95g的比例, 奶粉企业100多家) is a food quality or
  // processing fact (contract: food and dairy facts that are not sampling results are food_safety). So is a figure
  // about special equipment that its lead or heading names (全省拥有各类特种设备…，在用设备…台、停用设备…台; 特种设备
  // 事故…死亡人数减少9人): what the equipment's register or accidents count is special_equipment, though the metric,
  // a part of the list, names only the part (在用, 停用, 注销) or the change.
  if (subject) {
    const ofSubject = categoryOf(subject, input.type, rules.categories);
    if (ofSubject === 'food_safety' || ofSubject === 'special_equipment') return ofSubject;
  }
  // CAT-SENTENCE-AFTER (last, so that it types only what nothing else did): a test may be written after the things it counts (涉及本市30家企业生产的40批产品，抽查合格率为90%;
  // 在三家商场买了12件样品送去化验): a count that names nothing of its own takes the sampling its clause or the next one (not
  // past a semicolon or colon) reports after it, as it takes one written before it (contract: what was sampled or tested). Enforcement
  // after it types it only where the item names the case's goods or value (…销售假酒20箱，违法经营额3万元): 执法 or 违法
  // after a list of the government's work (审议法规10件，提升行政执法质量) is no case.
  if (input.type === 'count') {
    const item = itemAfterFigure(input);
    const fromItem = categoryOf(item, input.type, actions);
    if (fromItem === 'sampling') return fromItem;
    if (fromItem === 'enforcement' && words.caseAfter.test(item)) return fromItem;
  }
  return 'other';
}

/**
 * The sentence before the figure without the campaign it names (开展…专项整治，…; 推进规范涉企执法行动，…), where nothing
 * else in the sentence reports a case, seizure or check: such a campaign heads a list of results of every kind (渔船更新,
 * 村庄污水治理, 监管事项), no case, and only the figure's own clause or metric types it (CAT-CAMPAIGN-LEAD). A campaign whose
 * sentence goes on with cases or seizures (在…整治行动中，检查企业10家，查封…) keeps typing its counts.
 */
function withoutCampaign(input: FigureInput, sentenceBefore: string, words: CategoryWords, actions: readonly CategoryCue[]): string {
  const campaign = globalCopy(words.campaignNamed);
  if (!words.campaignNamed.test(sentenceBefore)) return sentenceBefore;
  const sentence = input.view.text.slice(input.view.start, input.view.end).replace(campaign, '');
  if (categoryOf(sentence, input.type, actions) === 'enforcement') return sentenceBefore;
  return sentenceBefore.replace(campaign, '');
}

/**
 * A count of the places or firms a check of special equipment or of measuring instruments went to (对14家酒店、3家医院进行
 * 安全大检查，共检查特种设备372台; 共检查加油站35家，检查加油机200台; 开展水电气计量问题排查，累计检查公用企业60家): the
 * places are where the equipment or the instruments were checked, special_equipment or metrology as those are
 * (CAT-PLACES-CHECKED, after CAT-EQUIPMENT-CHECKED and CAT-INSTRUMENTS-CHECKED), special equipment first by the contract's
 * order. The count must be of places (家, 处, 户…), its metric no more than a check of them (a bare 检查 makes it
 * enforcement; any other cue keeps its own category), and the sentence up to the figure's list item must name the equipment
 * or the instruments and no case, fine, seizure, enforcement staff or sampling (计量器具执法检查 stays enforcement, 抽查加油站
 * sampling, by the contract's order).
 */
function placesChecked(
  input: FigureInput,
  own: FactCategory | null,
  rules: { categories: readonly CategoryCue[]; categoryWords: CategoryWords },
): FactCategory | null {
  if (input.type !== 'count' || (own !== null && own !== 'enforcement')) return null;
  const words = rules.categoryWords;
  if (!words.placeUnit.test(input.unit ?? '')) return null;
  const verbs = globalCopy(words.checkVerb);
  if (own === 'enforcement' && categoryOf(input.metric.replace(verbs, ''), input.type, rules.categories) !== null) return null;
  const span = sentenceBeforeFigure(input) + input.view.text.slice(input.start, input.end) + itemAfterFigure(input);
  if (!words.checkVerb.test(span)) return null;
  if (categoryOf(span.replace(verbs, ''), input.type, actionCues(rules.categories)) !== null) return null;
  if (words.namesEquipment.test(span)) return 'special_equipment';
  return words.measurementCheck.test(span) ? 'metrology' : null;
}

/**
 * The sentence up to the figure, from its last semicolon: a semicolon closes a list item, and what one item says
 * (严肃查处违法用地；) types no figure of the next (两次上调利率).
 */
function sentenceBeforeFigure(input: FigureInput): string {
  const before = input.view.text.slice(input.view.start, input.start);
  return before.slice(Math.max(before.lastIndexOf('；'), before.lastIndexOf(';')) + 1);
}

/**
 * A count of the products, goods or firms whose pass rate it gives (合格率达100%的产品12种, 8类商品的合格率连年走高) counts how
 * many passed or failed a sampling (CAT-COUNT-OF-PASSED; contract: sampling holds how many batches, firms or products passed
 * or failed), where nothing before sampling in the order fits its metric. Read on the metric only: a pass rate written after
 * a count of instruments or lifts (检验电梯300台，一次合格率为90%) says nothing of what the count counts.
 */
function countOfPassed(input: FigureInput, named: FactCategory | null, words: CategoryWords): FactCategory | null {
  if (input.type !== 'count' || !words.countOfPassed.test(input.metric)) return named;
  if (named !== null && CATEGORY_ORDER.indexOf(named) <= CATEGORY_ORDER.indexOf('sampling')) return named;
  return 'sampling';
}

/**
 * The sentence after the figure, up to its next semicolon or colon: the rest of the figure's list item. A colon opens the
 * list of what the figure counts (10件民生实事：…开展食品安全抽检…), whose items say nothing of the count itself.
 */
function itemAfterFigure(input: FigureInput): string {
  const { view, end } = input;
  // The figure's own clause and the next one: a test three clauses on (…的质量管理思想，同时实行自检，做到不合格品不出厂) is
  // another statement's.
  const next = view.clauseEnd(end);
  const after = view.text.slice(end, next < view.end ? view.clauseEnd(next + 1) : view.end);
  const stop = after.search(/[；;：:]/);
  return stop < 0 ? after : after.slice(0, stop);
}

/**
 * An item of the list of goods a raid seized (查获、封存不合格化肥300吨，不合格种子2吨，不合格农药800瓶): the sentence names a
 * seizure before the figure and no test between them, so the goods that fail are goods seized (contract: enforcement holds
 * seizures, before sampling), though the item's own words, cut from the verb, name only the failing goods (CAT-SEIZED-LIST).
 */
function isSeizedListItem(input: FigureInput, words: CategoryWords): boolean {
  const before = sentenceBeforeFigure(input);
  const lastVerb = allMatches(globalCopy(words.seized), before).at(-1);
  if (!lastVerb) return false;
  return !words.testedAfterSeizure.test(before.slice(lastVerb.index + lastVerb[0].length));
}

/** A global copy of a word pattern, made once per pattern (this runs for every count and amount with a sampling cue). */
const globalCopies = new WeakMap<RegExp, RegExp>();
function globalCopy(pattern: RegExp): RegExp {
  let copy = globalCopies.get(pattern);
  if (!copy) {
    copy = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    globalCopies.set(pattern, copy);
  }
  return copy;
}

/** The sentence up to the figure, from its last comma or semicolon: the figure's own clause, however many figures it holds. */
function commaClauseBeforeFigure(input: FigureInput): string {
  const before = sentenceBeforeFigure(input);
  return before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf(',')) + 1);
}

/**
 * A figure that compares prices or money (finance, contract: prices): a difference its clause says is cheaper or
 * dearer (比正品便宜一半), whatever counterfeit the metric names; a bare multiple (相差7倍多, 超出一倍有余) after
 * the money figures or prices it compares (甲店库存金额8600元…乙店1200元，相差7倍多). A pass rate stays one.
 */
function comparedCategory(input: FigureInput, own: FactCategory | null, words: CategoryWords): FactCategory | null {
  if (own === 'pass_rate') return null;
  if ((input.type === 'change' || input.type === 'amount') && words.priceComparative.test(commaClauseBeforeFigure(input))) return 'finance';
  // A rise or fall written with the verbs of prices (原材料已上涨三成, 涨幅仍然高达…) is a price change (CAT-PRICE-MOVE),
  // where the metric names nothing of its own: a pass rate or case count that rises keeps its category.
  if (own === null && input.type === 'change' && words.priceMove.test(commaClauseBeforeFigure(input))) return 'finance';
  if (own === null && input.type === 'amount' && input.unit === '倍' && words.bareComparison.test(input.metric)) {
    if (words.moneyBefore.test(sentenceBeforeFigure(input))) return 'finance';
  }
  return null;
}

/**
 * A count of the indicators or grades a standard sets (某国标规定，产品按杂质含量分为三个等级; 新国标…三项指标偏低):
 * the sentence up to the figure names the standard and reports no test or enforcement, and nothing before
 * `standard` in the contract's order fits the metric (a food named in it does not outrank the standard).
 */
function countsWhatStandardSets(
  input: FigureInput,
  own: FactCategory | null,
  rules: { categories: readonly CategoryCue[]; categoryWords: CategoryWords },
): boolean {
  if (input.type !== 'count' || !rules.categoryWords.setByStandard.test(input.metric)) return false;
  if (own !== null && CATEGORY_ORDER.indexOf(own) <= CATEGORY_ORDER.indexOf('standard')) return false;
  const before = sentenceBeforeFigure(input);
  if (!rules.categoryWords.namesStandard.test(before)) return false;
  const clause = input.view.text.slice(input.view.clauseStart(input.start), input.view.clauseEnd(input.end));
  return categoryOf(before + clause, input.type, actionCues(rules.categories)) === null;
}

/**
 * The category of the group a count counts members of (复查许可证淘汰的三成饮料企业中，除了50多家果汁企业…): the clause
 * that frames the group, where its category outranks the count's own in the contract's order.
 */
function groupCategory(
  input: FigureInput,
  own: FactCategory | null,
  rules: { categories: readonly CategoryCue[]; categoryWords: CategoryWords },
): FactCategory | null {
  if (input.type !== 'count') return null;
  const frame = rules.categoryWords.groupFrame.exec(sentenceBeforeFigure(input))?.[1];
  if (!frame) return null;
  const framed = categoryOf(
    frame,
    input.type,
    rules.categories.filter((cue) => !cue.identity),
  );
  if (!framed || framed === 'finance') return null;
  return own === null || CATEGORY_ORDER.indexOf(framed) < CATEGORY_ORDER.indexOf(own) ? framed : null;
}

/** The cues of the two actions a clause or sentence can type its figures by (sampling, enforcement), in their order. */
function actionCues(cues: readonly CategoryCue[]): readonly CategoryCue[] {
  return cues.filter((cue) => !cue.identity && (cue.category === 'sampling' || cue.category === 'enforcement'));
}

/**
 * The category of the bureau's work a sentence reports before a figure whose metric names none (CAT-SENTENCE-TOPIC):
 * the verification of instruments (共检定压力表800只、计价器500只), standards work (推进农业标准化，已建成示范区12个)
 * or a brand scheme (获评省名牌产品的企业15家，产品18种), in the contract's order. The items such a sentence counts
 * name only the place, the instrument kind or the grade; the sentence names what they are counted for, nearer than
 * the heading. Sampling and enforcement in the sentence were read before.
 */
function sentenceTopic(sentenceBefore: string, words: CategoryWords): FactCategory | null {
  if (words.verifiedInSentence.test(sentenceBefore)) return 'metrology';
  if (words.standardisedInSentence.test(sentenceBefore)) return 'standard';
  if (words.brandSchemeInSentence.test(sentenceBefore)) return 'brand';
  return null;
}

/**
 * A figure that names a measure of its own (农村自来水普及率, 平均亩产提高58.4%, 优质鲜切花占比60%): a rate or a change is
 * what it measures, whatever work its sentence reports before it; a share of the total the sentence counts (企业占总数的56%,
 * 占这次认定总数的18%) is not.
 */
function namesItsOwnMeasure(input: FigureInput, words: CategoryWords): boolean {
  if (input.type === 'change') return true;
  return input.type === 'rate' && (input.metric.includes('率') || !words.shareOfCounted.test(input.metric));
}

/** The cues of brand schemes and named brands. */
function brandCues(cues: readonly CategoryCue[]): readonly CategoryCue[] {
  return cues.filter((cue) => !cue.identity && cue.category === 'brand');
}

/** The unit of a count per so many people (lexicons/units.json `perUnit.population`: 件/万人, 个/千人). */
const PER_PEOPLE = /\/(?:十万|万|千|百)人$/;

/**
 * A limit in a paragraph about a standard (一级每毫升低于50万个, 蛋白质含量从2.95g/100g降低到2.80g/100g, 新国标规定的
 * 蛋白含量从2.95%降到2.8%), or a value the text names as a standard (按照2.95%国标): the contract's `standard`
 * (standards set), ahead of `food_safety` and what follows it.
 */
function isStandardLimit(input: FigureInput, words: CategoryWords): boolean {
  if (input.type !== 'amount' && input.type !== 'change' && input.type !== 'rate') return false;
  if (!input.unit) return false;
  // A price per unit (55元/平方米) is what something sells for, not a limit a standard sets, even in a paragraph
  // that speaks of a standard (contract: finance holds prices).
  if (words.currencyUnit.test(input.unit)) return false;
  // A count per so many people (千人口托位数4.7个/千人) measures provision, never a limit a standard sets.
  if (PER_PEOPLE.test(input.unit)) return false;
  const { view, start, end } = input;
  if (words.namedAsStandard.test(view.text.slice(end, view.end))) return true;
  // A percent level is a limit only when it measures a content (含量); a per-unit value always measures one. A
  // percent change of a content (总磷浓度下降11.7%) reports what was measured, not what a standard sets.
  const perUnit = input.unit.includes('/');
  if (!perUnit && !(input.type === 'rate' && words.limitedMeasure.test(input.metric) && !words.comparedMeasure.test(input.metric)))
    return false;
  // The standard may be named by an earlier sentence of the paragraph (新国标…。其中生乳蛋白质含量每100克不低于…).
  const paragraphStart = view.paragraphStart();
  if (!words.namesStandard.test(view.text.slice(paragraphStart, view.end))) return false;
  return !words.measuredLevel.test(view.text.slice(view.clauseStart(start), start));
}
