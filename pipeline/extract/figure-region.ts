/**
 * The region of a figure (contract v1.1, region): the places its clause or sentence names, else its section's, else
 * its document's; a standard's code or a national body names its own; a company's figure takes the place named for
 * the company. Part of a figure's context (context.ts factContext).
 */
import type { DocumentScope, ScopeSection } from '../../core/document';
import { NATIONAL, type Division, type PlaceIndex } from '../metadata/places';
import { placesIn, type ResolvedPlace } from '../scope/places-in';
import { lastStandardNamed, type LimitOwner } from '../scope/standard-limit';
import { enumeratedPlaces } from './enumerated-places';
import type { ContextRules, FigureInput } from './figure-input';
import { FIGURE_LEAD, NAMED_TYPES, QUANTITY_TYPES, standardLimit } from './figure-kinds';
import { escapeRegex } from './rules';
import type { SentenceView } from './sentence';
import { issuedNationally, nationalRule } from './titles';
import { tokensWithin } from '../text/tokens-in';

/** Between two places named together (`广东、福建`), or the two ends of a route (`济南至宁津`). */
const PLACE_JOIN = /^\s*[、和与及,，至]?\s*$/;
/** A standard's code names its issuer: GB national, DB62 a province's, ISO/IEC none. */
const NATIONAL_CODE = /^(?:GB|GB\/T|GB\/Z|[A-Z]{2}\/T|[A-Z]{2})\s*\d/;
const LOCAL_CODE = /^DB\s*(\d{2})/;
/**
 * Titles of laws, regulations and national plans: nationwide unless they name a place. A 条例 is made by the national
 * legislature or the State Council, or by a local congress, which names its place in the title (《某省…条例》).
 */
const NATIONAL_TITLE = /法$|法律|纲要|国家标准|.条例(?:[(（][^()（）]*[)）])?$/;
/**
 * A plan named by its genre alone (《纲要》, 《纲要(草案)》, 《国民经济和社会发展第十五个五年规划纲要(草案)》): the
 * report's own plan, the one it presents (以下简称《纲要草案》), so of the document's region, not the nation's.
 */
const OWN_PLAN_TITLE = /^(?:国民经济和社会发展第[一二三四五六七八九十]+个五年规划)?纲要(?:\s*[(（]?草案[)）]?)?$/;
/** A standard's title that says it is national or an industry's (食品安全国家标准…, …行业标准). */
const NATIONAL_STANDARD_TITLE = /国家标准|行业标准/;
const FOREIGN_CODE = /^(?:ISO|IEC|EN|ASTM|ANSI|JIS|BS|DIN|IEEE|UL|CAC|ITU)\b/;

/**
 * A standard's code just before a title in 《》, or before the word for its kind (GB/T5023-2008系列标准《…》, GB 2760
 * 标准《…》: REGION-STD-NATIONAL), or in brackets just after it.
 */
const CODE_BEFORE = /((?:[A-Z]{2,5}(?:\s*\d{2})?(?:\/[TZ])?)\s*\d[\d.]*(?:\s*[-—]\s*\d{2,4})?)\s*(?:(?:系列)?标准)?\s*$/;
const CODE_AFTER = /^\s*[（(]\s*((?:[A-Z]{2,5}(?:\s*\d{2})?(?:\/[TZ])?)\s*\d[\d.]*(?:[-—]\d{2,4})?)\s*[）)]/;
function codeBeside(text: string, start: number, end: number): string | null {
  if (text[start] !== '《' && text[start - 1] !== '《') return null;
  const open = text[start] === '《' ? start : start - 1;
  const close = text.indexOf('》', end - 1);
  return (
    CODE_BEFORE.exec(text.slice(Math.max(0, open - 24), open))?.[1] ??
    (close >= 0 ? (CODE_AFTER.exec(text.slice(close + 1, close + 30))?.[1] ?? null) : null)
  );
}

/**
 * The region of the figure: the places named last before it in its clause, else in its sentence (places
 * named together give the smallest region holding them all, a place abroad gives none), else the section's,
 * else the document's; a standard's code names its own (GB → 全国, DB62 → 甘肃省, ISO → none).
 */
export function regionOf(
  input: FigureInput,
  named: readonly ResolvedPlace[],
  section: ScopeSection | null,
  scope: DocumentScope,
  rules: ContextRules,
): Division | null {
  const { view, start } = input;
  // A government's report names areas of its own region (全省中部地区) and programmes (长江经济带…) by the words
  // for areas over several provinces: only a page that speaks as none means the provinces they span.
  const places = rules.speaksAsGovernment ? named.filter((p) => !p.multiProvince) : named;
  if (input.type === 'standard' && input.name) {
    // A title stands for the code written beside it (GB/T 19580-2012《卓越绩效评价准则》, 《…》(DB22/T 1234)): the
    // code's issuer is the title's too (contract: a code and the title it stands for are two facts).
    const code = codeBeside(view.text, start, input.end) ?? input.name.trim();
    const local = LOCAL_CODE.exec(code);
    if (local) return rules.places.division(`${local[1]}0000`);
    if (FOREIGN_CODE.test(code)) return null;
    if (NATIONAL_CODE.test(code)) return NATIONAL;
  }
  // A standard named as national or of an industry (由某省制定的《…》国家标准, its short name after it: (下称《标准》))
  // holds nationwide, whoever drafted it (contract: national standards → 全国).
  // So does one whose title says it is national (《食品安全国家标准…通则》, 《…行业标准》), whichever bureau enforces it.
  if (
    input.type === 'standard' &&
    input.name &&
    (NATIONAL_STANDARD_TITLE.test(input.name) || nationalStandard(view.text, { start, end: input.end }, input.name))
  )
    return NATIONAL;
  if (NAMED_TYPES.has(input.type)) {
    // A title names its own region (《甘肃省…指导意见》); a law or national plan without one is national.
    // A brand's span may run on to the scheme it was named in (海信电器…等16种被评为山东名牌, …被认定为全国驰名商标):
    // the scheme's place names who awarded it, not where the brand's maker is (contract: a company's figure takes
    // the place named for the company).
    // The firms a notice approves, named by the products they make (生产五常大米、黄山毛峰茶等产品的87家企业), are
    // one figure over the places of all those products: the smallest region holding them, the nation for a
    // national notice (contract: a figure over several regions named together).
    if (input.type === 'brand' && input.listFrom !== undefined) {
      const listed = listRegion(places, { from: input.listFrom, to: input.end }, rules);
      if (listed) return listed;
    }
    // A listed brand's span runs on over the items after it to the list's end (五粮液、泸州老窖、青岛啤酒等入选…):
    // their places are theirs, so a brand reads only the places inside its own name.
    // A short name a title is given (《深圳经济特区…条例(修订草案)》(以下简称《条例(修订草案)》)) stands for that title: its places.
    const own =
      input.type === 'brand'
        ? ownNameSpan(view.text, { start, end: input.end }, input.name)
        : input.type === 'policy' || input.type === 'standard'
          ? (titleShortened(view.text, start, view.start) ?? { start, end: input.end })
          : { start, end: input.end };
    // A local standard's titles followed by its issuer (《黑山花生》《北镇葡萄》4项锦州市地方标准) are the issuer's, whatever
    // product place the titles name (REGION-WRONG-PLACE: a place inside a product's name).
    // Titles followed by 省级地方标准 and no issuer (…等省级地方标准28项, in a city's page) are its province's standards.
    const issuer =
      input.type === 'standard'
        ? (standardIssuerAfter(view, input.end, places) ?? provinceLevelStandard(view, input.end, scope, rules))
        : null;
    if (issuer) return issuer;
    const inside = places.filter(
      (p) => p.start >= own.start && p.end <= own.end && p.kind !== 'self' && !(input.type === 'brand' && p.qualifiesScheme),
    );
    if (inside.length > 0) return inside[0]!.kind === 'foreign' ? null : inside[0]!.division;
    // A brand named after its place (迭部蕨麻猪, a geographical-indication product, listed after another) names that
    // place, though the segmenter, seeing one word, tags none (contract: a brand takes the place named for it).
    const home = input.type === 'brand' && input.name ? placeOpeningBrand(input.name, scope, rules) : null;
    if (home) return home;
    // REGION-INTERNATIONAL-TITLE: a treaty between nations (《某某协定》, 《…条约》, 《…国际公约》) is no Chinese region's,
    // whoever joins it, as an ISO standard is none's (contract: null for other countries and ISO standards).
    if (input.type === 'policy' && input.name && rules.places.internationalTitle.test(input.name.replace(/[《》\s]/g, ''))) return null;
    // REGION-NATIONAL-RULE: a ministry's rules (《…程序规定》) and the national metrology regulations (《…检定规程》) hold
    // nationwide where their title names no place, whichever local bureau applies them (titles.json nationalRuleEndings).
    if (input.name && nationalRule(input.type, input.name, input.lexicons.titles)) return pageNation(scope, rules);
    // On a page of 台湾省 a law (《商品检验法》) is the island's own (REGION-CROSS-STRAIT: pageNation).
    if (input.type === 'policy' && input.name && NATIONAL_TITLE.test(input.name) && !OWN_PLAN_TITLE.test(input.name.replace(/[《》]/g, '')))
      return pageNation(scope, rules);
    // A document of the State Council or a ministry (国务院办公厅印发《关于…的意见》) holds nationwide in a province's report.
    if (
      input.type === 'policy' &&
      input.name &&
      issuedNationally(input.name, view.text.slice(Math.max(0, start - 24), start), input.lexicons.titles)
    )
      return NATIONAL;
  }
  // A standard's limit (国家标准规定，…不得超过1.5毫克/升) is the standard's: nationwide for a national one, none for
  // an international or a foreign one, whoever quotes it (某协会专家说，…) and whatever the page's place.
  const owner = limitOwner(input, places, rules);
  if (owner) return owner.kind === 'national' ? NATIONAL : null;
  // In a local government's report a nationwide word inside what a verb or preposition of its clause governs
  // (新增全国文明城市5个, 入选中国潜在独角兽企业195家, 接待国内游客4.16亿人次, 在全国推广) names a rank, a market or
  // where something spread, not the region of the figure: the report's own region is (contract: 全省 and the
  // like refer to the document's region; its counts are its own).
  // So does a place abroad in a government's report, the nation's too (对东盟、欧盟进出口增长16.7%, 新增海外仓121个,
  // 使用国外贷款153.8亿美元): the region trades with it, the figure is the region's. A news page's 在美国，… or 按照
  // 欧盟的标准 is about the place abroad.
  const localGovernment = rules.speaksAsGovernment && scope.regionCode !== NATIONAL.code;
  const objectOnly = (p: ResolvedPlace) =>
    ((localGovernment && p.kind === 'national') || (rules.governmentReport && p.kind === 'foreign')) && governedInClause(view, p.start);
  // A count of local standards that names their issuer (《黑山花生》《北镇葡萄》4项锦州市地方标准) is the issuer's, not that
  // of a product's place in the titles before it.
  const issuing = QUANTITY_TYPES.has(input.type)
    ? places.find(
        (p) =>
          p.start >= start && p.start <= input.end && p.kind === 'division' && LOCAL_STANDARD_AFTER.test(view.text.slice(p.end, p.end + 8)),
      )
    : undefined;
  if (issuing?.division) return issuing.division;
  // REGION-EXAMPLE-NAME: in a government's page a count after titles or quoted names given as its examples (《江西某某试点》等国家级
  // 项目25个, 培育“某某(江西)有限公司”等试点企业13家) counts the page's own: a place inside such a name is the name's.
  const exampleName = (p: ResolvedPlace) => QUANTITY_TYPES.has(input.type) && insideExampleName(view.text, p, start);
  // REGION-TITLE-BEFORE: a Chinese place inside a title that a clause before the figure's names (依据《全国…目录》和《某市…
  // 计划》，组织对…54种…抽查; 贯彻落实《中华人民共和国…法》，组织开展了…) names the title's issuer or its scope, not the
  // figure's: the figure's clause acts under the title, and its region is the actor's (contract: the region the figure is about).
  const figureClause = view.clauseStart(start);
  const usable = places.filter(
    (p) => p.end <= start && !p.qualifiesScheme && !objectOnly(p) && !exampleName(p) && !inTitleBefore(view.text, p, figureClause),
  );
  // A place followed by a bracket of its own figures (合格率较高的是瓯海区(抽查22批次，合格21批次，合格率为95.5%)，乐清市(…))
  // gives them all, whatever clause of the bracket they stand in (REGION-WRONG-PLACE: one of several places listed).
  const bracketed = placeOpeningBracket(view, start, usable);
  if (bracketed) return bracketed;
  // REGION-COUNT-QUALIFIER: a count whose things a place qualifies right after it (其中涉及两家福建企业, 5家国内企业) counts
  // things of that place, whatever place the sentence opens with (上海一家公司…，其中涉及两家福建企业): in a page that speaks
  // as no government, where 新增7个全国…示范单位 is a rank, not the region.
  const qualifiedCount = rules.speaksAsGovernment ? null : placesQualifyingCount(input, places, rules.places);
  if (qualifiedCount) return qualifiedCount;
  // A count of things of a place abroad (其中3家美国公司…) is of no Chinese region (contract: other countries → none).
  if (!rules.speaksAsGovernment && countQualifiedAbroad(input, places, rules.places)) return null;
  const clauseStart = view.clauseStart(start);
  // REGION-FORMER-LATTER: a clause opened by 前者 or 后者 (只有苏州和无锡两地…，前者占…的17%) speaks of the first or the last of
  // the places named together just before it.
  // So does a clause that goes on with such a clause (…，前者占…的17%，还高过…的13.8%).
  const goesOn = clauseStart > view.start && rules.places.continuesClause.test(view.text.slice(clauseStart, start).trim());
  const referred =
    formerOrLatter(view, usable, clauseStart, start, rules.places) ??
    (goesOn ? formerOrLatter(view, usable, view.clauseStart(clauseStart - 1), clauseStart - 1, rules.places) : null);
  if (referred) return referred;
  // The figure's own clause, else the sentence's opening clause (its topic: 吉林省，…); a place in another
  // clause (…，努力跑赢全国；…) is that clause's. An opening that only sets the time or the source
  // (前不久，上海市…查获; 据了解，…; 根据此前的报道，在台湾，…) hands the topic to the clause after it, and so
  // does one that names who speaks or where the news came from (记者从…了解到，按照中国的…标准，…): a place
  // there is the topic's only when the clause after it names none (延边州质监局介绍，抽查了…).
  // A mark the page's markup left before the sentence (【/h/】, ■) is no opening clause: the first clause with words is.
  const openingStart = firstWordedClause(view, start);
  const firstEnd = view.clauseEnd(openingStart);
  const opening = view.text.slice(openingStart, firstEnd).trim();
  // An opening that sets the scene (在这起由质检总局组织的行动中，河北省共出动…) hands the topic to the clause after it
  // when what it names is nationwide: the organiser of a campaign, not where the figures are.
  const frame = rules.places.frameOpening.test(opening) && places.every((p) => p.start >= firstEnd || p.kind === 'national');
  const adverbial =
    firstEnd < start &&
    ((rules.places.adverbialOpening.test(opening) && !places.some((p) => p.start < firstEnd)) ||
      rules.places.sourceOpening.test(opening) ||
      frame);
  const openingEnd = adverbial ? view.clauseEnd(firstEnd + 1) : firstEnd;
  // A general statement about a market (酱香型白酒市场…, 家具行业一般…) in a page that speaks as no government
  // is nationwide unless its own clause names a place; a speaker's place before it (某协会秘书长介绍，) is his.
  const market = !rules.speaksAsGovernment && marketStatement(input, rules.places, named);
  // REGION-SPEAKER-PLACE: so is the place of one who speaks (某省某协会秘书长也称，对甲、乙、丙等省的调研显示，…) wherever the
  // clause after his names places of its own, in a page that speaks as no government.
  const speaks = firstEnd < start && rules.places.sourceOpening.test(opening);
  const source =
    speaks &&
    (market ||
      (!rules.speaksAsGovernment &&
        !rules.governmentReport &&
        usable.some((p) => p.start > firstEnd && p.end <= openingEnd && !p.multiProvince)));
  const inClause = usable.filter((p) => p.start >= clauseStart);
  // A clause that goes on with the subject of the one before it (…，目前北京市已停止采购，并要求257部…) takes
  // that clause's places.
  // So does a clause after one that only names its source (…，记者从一家位于上海的企业了解到，他们的…): that
  // clause's places are its topic's.
  const afterSource =
    !market &&
    clauseStart > view.start &&
    rules.places.sourceOpening.test(view.text.slice(view.clauseStart(clauseStart - 1), clauseStart - 1).trim());
  const continues =
    afterSource || (clauseStart > view.start && rules.places.continuesClause.test(view.text.slice(clauseStart, start).trim()));
  const previousStart = continues ? view.clauseStart(clauseStart - 1) : clauseStart;
  // A clause opened by a personal pronoun (…香港某公司每平方米存放物资11430元，我们才只有1741元) names its own actor:
  // the sentence's opening topic is not its, unless that opening only sets the scene (在长春，我们建成…).
  const ownActor =
    clauseStart > view.start &&
    !LOCATIVE_OPENING.test(opening) &&
    rules.places.pronounOpening.test(view.text.slice(clauseStart, view.clauseEnd(start)).trim());
  // A sentence that lists bodies' deeds one after another between semicolons (宿州市市场监管局…；合肥市市场监管局…，共查办
  // 案件277件；蚌埠市…) gives each item's figures to the place whose bureau opens that item, not to the sentence's topic.
  const itemActor = inClause.length === 0 ? semicolonItemActor(view, start, usable, rules.places) : null;
  if (itemActor) return itemActor;
  // REGION-NESTED-FRAME: a clause that sets a larger region's campaign as the scene (2018年第一季度某省级监督抽查中, 在某省
  // 专项整治行动中) followed by one that opens with a place inside that region (某市共抽查企业31个) makes that place the
  // topic of the figures after it that name none: they are its share of the campaign (contract: the most specific region).
  const nested =
    inClause.length === 0 ? nestedFrameTopic({ view, places, usable, from: openingStart, figureClause: clauseStart, rules }) : null;
  if (nested) return nested;
  const group =
    actorGroup(view.text, inClause, rules.places) ??
    (continues
      ? lastGroup(
          view.text,
          usable.filter((p) => p.start >= previousStart && p.end <= clauseStart),
          rules.places,
        )
      : null) ??
    (ownActor
      ? null
      : actorGroup(
          view.text,
          // An area over several provinces opening the sentence (京津冀协同发展…，引进…800家) names a programme, not the topic.
          usable.filter((p) => p.end <= openingEnd && !(source && p.start < firstEnd) && !p.multiProvince),
          rules.places,
        ));
  // A count after examples closed by 等 in a page that is no government's report (生产五常大米、崇明老毛蟹、…、哈密大枣等产品的
  // 87家企业) counts a set the whole list only begins: the smallest region holding every place the list names, not its last.
  // A self word opening the list (我省的泰州某商场、扬州某茶社等28家, 本市东丽、津南等区域的9家) names the region holding it.
  const listed = !rules.governmentReport && input.type === 'count' && EXAMPLES_CLOSED_BEFORE.test(view.text.slice(clauseStart, start));
  const examples = listed ? inClause.filter((p) => (p.kind === 'division' || p.kind === 'self') && p.division !== null) : [];
  if (examples.length > 1 && examples.length === inClause.length) return rules.places.smallestContaining(examples.map((p) => p.division!));
  // REGION-ENUMERATED-ITEMS: a count right after the things it counts, listed one by one and each opening with its place
  // (永春芦柑、德化白瓷、永春佛手3项), is over them all: the smallest region holding those places (enumerated-places.ts).
  const enumerated = input.type === 'count' ? enumeratedPlaces(view.text, clauseStart, start, inClause) : null;
  if (enumerated) return rules.places.smallestContaining(enumerated.map((p) => p.division!));
  // REGION-AMONG-LISTED: the opening lists places (…在天津、武汉、杭州等地开有门店) and a later clause picks one of them out
  // (其中杭州门店位于…，营业面积3000平方米): the figures after it are that one's.
  const picked =
    group && group.length > 1 && inClause.length === 0 ? pickedFromList(view, usable, group, openingEnd, clauseStart, rules.places) : null;
  if (picked) return picked;
  if (group) {
    if (group.some((p) => p.kind === 'foreign')) return null;
    const divisions = group.map((p) => p.division).filter((d): d is Division => d !== null);
    // A count a government's report gives after examples (南阳等4个…城市, 北海某港泊位等7个港航项目, 赤壁、恩施等14个
    // 县市) is of a set of its own region the examples only begin: the region holding the examples and the report's.
    const own = rules.governmentReport && EXAMPLES_BEFORE.test(view.text.slice(clauseStart, start)) ? ownRegion(scope, rules) : null;
    if (own && divisions.length === group.length) return rules.places.smallestContaining([...divisions, own]);
    if (divisions.length === group.length) return divisions.length === 1 ? divisions[0]! : rules.places.smallestContaining(divisions);
  }
  // REGION-NEAREST-CLAUSE: in a page that speaks as no government, neither the figure's clause nor the sentence's
  // opening names a place, but a clause between them opens with one (记者了解到，…，今年年初福建有关部门抽检发现，…合格率
  // 仅为40%; 尽管…，但某机构的报告却显示，我国汽车零部件企业仍然盈利，去年平均利润率约为8%): the sentence has turned to
  // that place as its topic. A government's report names places in passing in every long sentence; its own region stays.
  if (!group && !ownActor && !rules.speaksAsGovernment && !rules.governmentReport) {
    const nearest = nearestClauseTopic(view, usable, { from: openingEnd, to: clauseStart, figure: start }, rules.places);
    if (nearest) return nearest;
  }
  const qualified = rules.speaksAsGovernment ? null : placesQualifyingCount(input, places, rules.places);
  if (qualified) return qualified;
  // A page of 台湾省 speaks of the island's market (国内市场监督, 市场检查): the province's (REGION-CROSS-STRAIT).
  if (market) return pageNation(scope, rules);
  const makers = namesAfter(input, places, rules);
  if (makers.length > 0) return rules.places.smallestContaining(makers);
  // REGION-COMPANY-NOT-NATION: a brand names one company's goods; in a page that speaks as no government, the nation its
  // section or page falls back to is no place named for the company (contract: a company's figure takes the place the
  // document names for it, else none, never 全国 by default).
  const companyOwn = (division: Division | null): Division | null =>
    division?.code === NATIONAL.code && input.type === 'brand' && !rules.speaksAsGovernment && !rules.governmentReport ? null : division;
  if (section?.regionCode) return companyOwn(rules.places.division(section.regionCode));
  // A news page telling a local bureau's case (今年5月，南京市质监局…进行突击检查。现场查获…商品347件，涉案货值280余万元。)
  // goes on about that bureau's place in the sentences of the paragraph that name none: the case is the place's,
  // whatever the page's own place (a national agency's list of cases, a province's).
  if (!rules.speaksAsGovernment && named.length === 0) {
    const bureau = paragraphBureau(input, scope, rules);
    if (bureau) return bureau;
  }
  // REGION-PARAGRAPH-PLACE: a news sentence that names no place goes on about the one place the nearest sentence
  // before it in its paragraph names (北京的王女士花了20多万元…。而她买的那张床…只有1米2。), not about the page's place
  // (a maker's town the rest of the page tells of). Not in a government's report, whose paragraphs name places in passing,
  // nor for a sentence that quotes someone (据某某介绍：“…”) or a clause opened by a pronoun (我们…): the speaker's own.
  if (
    !rules.speaksAsGovernment &&
    !rules.governmentReport &&
    named.length === 0 &&
    !ownActor &&
    !rules.places.sourceOpening.test(opening)
  ) {
    const place = paragraphPlace(input, scope, rules);
    if (place) return place;
  }
  // A news page that has turned to another country (泰国南部降雨持续…。该协会称，其成员国产量预计增长4.9%) goes
  // on speaking of it: a figure whose sentence names no place is not the page's place (contract: other
  // countries → none). Not in a government's report nor a page that speaks for the whole country, which
  // return to their own region after a sentence on trade or diplomacy.
  if (!rules.speaksAsGovernment && named.length === 0 && scope.regionCode !== NATIONAL.code && paragraphTurnedAbroad(input, scope, rules))
    return null;
  if (scope.regionCode)
    return companyOwn(rules.places.division(scope.regionCode) ?? { ...NATIONAL, name: scope.region ?? '', code: scope.regionCode });
  return companyOwn(scope.region ? rules.places.lookup(scope.region) : null);
}

/**
 * The national or foreign standard a limit figure belongs to: the last one its sentence names before it, unless a
 * division or the report's own region is named between them (国家标准为…，而湖南省地方标准规定…不超过0.8毫克/升).
 */
/** Most characters between a country and the national standard it owns (日本的国家标准). */
const COUNTRY_GAP = 1;

function limitOwner(input: FigureInput, places: readonly ResolvedPlace[], rules: ContextRules): LimitOwner | null {
  const { view, start } = input;
  const lead = view.text.slice(view.clauseStart(start), start) + (FIGURE_LEAD.exec(view.text.slice(start, input.end))?.[0] ?? '');
  if (!standardLimit(input, lead, rules.time)) return null;
  const owner = lastStandardNamed(view.text, view.start, start, rules.standardLimits);
  if (!owner) return null;
  const placeBetween = places.some((p) => p.start >= owner.end && p.end <= start && (p.kind === 'division' || p.kind === 'self'));
  if (placeBetween) return null;
  // A country named right before a national standard (日本的国家标准, 美国国家标准) makes it that country's.
  const country = places.some((p) => p.kind === 'foreign' && p.end <= owner.start && owner.start - p.end <= COUNTRY_GAP);
  return country ? { ...owner, kind: 'foreign' } : owner;
}

/**
 * The division a brand's name opens with (迭部蕨麻猪 → 迭部县, 青岛啤酒 → 青岛市): a province or a prefecture by
 * any of its names; a county by its short name only when it lies in the document's region, since many county
 * names are also brands' words (凤凰, 红旗) elsewhere, and not a city's district, whose name is often an old
 * town's or a river's (武昌鱼 is no 武昌区 product).
 */
/** A city's district (武昌区), not a county (迭部县) nor a county-level city. */
const URBAN_DISTRICT = /区$/;

function placeOpeningBrand(name: string, scope: DocumentScope, rules: ContextRules): Division | null {
  const first = rules.places.find(name, 0, name.length, () => true)[0];
  if (!first || first.start !== 0 || first.end >= name.length || first.kind !== 'division' || first.qualifiesScheme) return null;
  const home = ownRegion(scope, rules);
  const division = first.needsPlaceTag
    ? first.divisions.find(
        (d) =>
          home !== null &&
          home.code !== NATIONAL.code &&
          d.code !== home.code &&
          !URBAN_DISTRICT.test(d.name) &&
          rules.places.contains(home, d),
      )
    : first.divisions.length === 1
      ? first.divisions[0]
      : undefined;
  return division ?? null;
}

/** Where a brand's name is written in its span (the span itself when the name is not found there as written). */
function ownNameSpan(text: string, span: { start: number; end: number }, name: string | null | undefined): { start: number; end: number } {
  const at = name ? text.slice(span.start, span.end).indexOf(name) : -1;
  return at < 0 ? span : { start: span.start + at, end: span.start + at + name!.length };
}

/** The smallest region holding the Chinese divisions named in `span` (a place abroad among them: none), or null. */
function listRegion(places: readonly ResolvedPlace[], span: { from: number; to: number }, rules: ContextRules): Division | null {
  const listed = places.filter((p) => p.start >= span.from && p.end <= span.to && p.kind !== 'self' && !p.qualifiesScheme);
  if (listed.length === 0 || listed.some((p) => p.kind === 'foreign')) return null;
  const divisions = listed.map((p) => p.division).filter((d): d is Division => d !== null);
  if (divisions.length === 0) return null;
  return divisions.length === 1 ? divisions[0]! : rules.places.smallestContaining(divisions);
}

/** An opening clause that only says where what follows happens (在长春, 在香港): the scene of the whole sentence. */
const LOCATIVE_OPENING = /^在/;

/** The words right before a figure that close a list of examples (…等7个, …等在内的12家). */
const EXAMPLES_BEFORE = /等\s*$/;
/** The same, or a list of examples and what they are of (…哈密大枣等产品的87家, …黄岩等地的12家). */
const EXAMPLES_CLOSED_BEFORE = /等(?:[\u4e00-\u9fa5]{1,4}的)?\s*$/;

/**
 * The region a page's nationwide statements are about: the nation, or 台湾省 on a page of that province, or Hong Kong
 * or Macau on a page of theirs (their market, their laws: cross-strait.json ownLawRegions, REGION-SAR-OWN-LAW).
 */
function pageNation(scope: DocumentScope, rules: ContextRules): Division {
  return rules.places.ownLawRegion(ownRegion(scope, rules)) ?? NATIONAL;
}

/** The document's own region as a division. */
function ownRegion(scope: DocumentScope, rules: ContextRules): Division | null {
  return scope.regionCode ? rules.places.division(scope.regionCode) : scope.region ? rules.places.lookup(scope.region) : null;
}

/** The sentences' ends within a paragraph. */
const SENTENCE_END = /[。！？!?]/g;

/** The sentences before the figure's own in its paragraph, nearest first: where each starts and ends. */
function earlierSentences(input: FigureInput): { from: number; to: number }[] {
  const { view } = input;
  const paragraphStart = view.paragraphStart();
  if (paragraphStart >= view.start) return [];
  const before = view.text.slice(paragraphStart, view.start);
  const starts = [paragraphStart, ...[...before.matchAll(SENTENCE_END)].map((m) => paragraphStart + m.index + 1)].filter(
    (p) => p < view.start,
  );
  return starts.map((from, i) => ({ from, to: i + 1 < starts.length ? starts[i + 1]! : view.start })).reverse();
}

/**
 * The division whose bureau the nearest sentence before this one in its paragraph that names a place opens with
 * (…，洛阳市市场监督管理局根据线索…; 南京市质监局联合…): the actor of the case the paragraph tells.
 */
function paragraphBureau(input: FigureInput, scope: DocumentScope, rules: ContextRules): Division | null {
  const { view, doc } = input;
  const home = ownRegion(scope, rules);
  for (const { from, to } of earlierSentences(input)) {
    const tokens = tokensWithin(doc.tokens, from, to);
    const first = placesIn(view.text, from, to, tokens, { places: rules.places, documentRegion: home }).find((p) => !p.qualifiesScheme);
    if (!first) continue;
    if (first.kind !== 'division' || first.division === null) return null;
    return rules.places.bureauAfter.test(view.text.slice(first.end, first.end + BUREAU_REACH)) ? first.division : null;
  }
  return null;
}

/**
 * REGION-PARAGRAPH-PLACE: the place the nearest sentence before this one in its paragraph that names one opens with
 * as its topic (北京的王女士…; 据介绍，虽然晋江制鞋业…): its first clause, or the one after an opening that only sets the
 * time or names a source, led by nothing but clauseTopicLead allows. Null when that sentence names a place in passing
 * only (…在古镇和江门均有工厂, 对某某旅游景点…), a nationwide word or a place abroad.
 */
function paragraphPlace(input: FigureInput, scope: DocumentScope, rules: ContextRules): Division | null {
  const { view, doc } = input;
  const home = ownRegion(scope, rules);
  const index = rules.places;
  for (const { from, to } of earlierSentences(input)) {
    const tokens = tokensWithin(doc.tokens, from, to);
    const found = placesIn(view.text, from, to, tokens, { places: index, documentRegion: home }).filter(
      (p) => !p.qualifiesScheme && !p.multiProvince,
    );
    if (found.length === 0) continue;
    // The sentence's topic clause: its first, or the one after an opening that sets the time (and names no place) or
    // names who speaks (whose places are the speaker's: 某市某协会会长表示，…).
    const firstEnd = clauseEndIn(view.text, from, to);
    const opening = view.text.slice(from, firstEnd).trim();
    const topicStart =
      index.sourceOpening.test(opening) || (index.adverbialOpening.test(opening) && !found.some((p) => p.start < firstEnd))
        ? firstEnd + 1
        : from;
    const inTopic = found.filter((p) => p.start >= topicStart && p.end <= clauseEndIn(view.text, topicStart, to));
    const first = inTopic[0];
    if (!first || !index.clauseTopicLead.test(view.text.slice(topicStart, first.start).trim())) return null;
    // The places named together from the first one on, a place that only locates the next one dropped (福建省福清市).
    const run = [first];
    for (const next of inTopic.slice(1)) {
      if (!PLACE_JOIN.test(view.text.slice(run[run.length - 1]!.end, next.start))) break;
      run.push(next);
    }
    const group = lastGroup(view.text, run, index)!;
    if (group.length !== 1 || (group[0]!.kind !== 'division' && group[0]!.kind !== 'self') || !group[0]!.division) return null;
    const topic = group[0]!.division;
    // One place only: a sentence that names another one beside its topic (温州…，尽管某地…) sets them side by side.
    const chain = new Set(index.ancestry(topic));
    return found.every((p) => p.division !== null && (p.division.code === topic.code || chain.has(p.division.code))) ? topic : null;
  }
  return null;
}

/** A clause's opening word that points back at the first or the last of two things named before it. */
const FORMER_LATTER = /^(?:而|但)?(?:前者|后者)/;

/** REGION-FORMER-LATTER: the division 前者 (the first) or 后者 (the last) of the places named together before the clause points at. */
function formerOrLatter(
  view: SentenceView,
  places: readonly ResolvedPlace[],
  clauseStart: number,
  start: number,
  index: PlaceIndex,
): Division | null {
  const opening = FORMER_LATTER.exec(view.text.slice(clauseStart, start).trim());
  if (!opening) return null;
  const group = lastGroup(
    view.text,
    places.filter((p) => p.end <= clauseStart && p.start >= view.start),
    index,
  );
  if (!group || group.length < 2) return null;
  const place = opening[0].endsWith('前者') ? group[0]! : group[group.length - 1]!;
  return place.kind === 'division' ? place.division : null;
}

/** What opens a clause that picks one item out of a list before it (其中杭州门店…). */
const PICKS_OUT = /^其中/;

/**
 * REGION-AMONG-LISTED: the division a clause between the opening and the figure's clause picks out of the opening's list
 * (其中杭州门店…): it opens with 其中 and then that place, which is one of the list's.
 */
function pickedFromList(
  view: SentenceView,
  places: readonly ResolvedPlace[],
  list: readonly ResolvedPlace[],
  from: number,
  to: number,
  index: PlaceIndex,
): Division | null {
  const codes = new Set(list.map((p) => p.division?.code));
  for (const place of places) {
    if (place.start < from || place.end > to || place.kind !== 'division' || !place.division) continue;
    const lead = view.text.slice(view.clauseStart(place.start), place.start).trim();
    if (PICKS_OUT.test(lead) && index.clauseTopicLead.test(lead) && codes.has(place.division.code)) return place.division;
  }
  return null;
}

/** Characters that end a clause, for sentences the extractor has no view of. */
const CLAUSE_END = /[，,；;：:。！？!?]/;

/** Where the clause starting at `from` ends (before `to`). */
function clauseEndIn(text: string, from: number, to: number): number {
  for (let at = from; at < to; at++) if (CLAUSE_END.test(text[at]!)) return at;
  return to;
}

/** What parts the items of a list of deeds within one sentence. */
const ITEM_BREAK = /[；;]/g;

/**
 * REGION-SEMICOLON-ACTOR: the division whose bureau opens the semicolon item a figure stands in (…；合肥市市场监管局以…为
 * 突破口，共查办案件277件；), when that item is not the sentence's first: each item of such a list is its own body's.
 */
function semicolonItemActor(view: SentenceView, start: number, places: readonly ResolvedPlace[], index: PlaceIndex): Division | null {
  const breaks = [...view.text.slice(view.start, start).matchAll(ITEM_BREAK)];
  const last = breaks[breaks.length - 1];
  if (!last) return null;
  const itemStart = view.start + last.index + 1;
  const first = places.find((p) => p.start >= itemStart);
  if (!first || first.kind !== 'division' || first.division === null || view.text.slice(itemStart, first.start).trim() !== '') return null;
  return index.bureauAfter.test(view.text.slice(first.end, first.end + BUREAU_REACH)) ? first.division : null;
}

/** How far after a place its bureau's name may end (市场监督管理局). */
const BUREAU_REACH = 10;

/** Whether the last places the sentences before this one in its paragraph name together are abroad. */
function paragraphTurnedAbroad(input: FigureInput, scope: DocumentScope, rules: ContextRules): boolean {
  const { view, doc } = input;
  const paragraphStart = view.paragraphStart();
  if (paragraphStart >= view.start) return false;
  const tokens = tokensWithin(doc.tokens, paragraphStart, view.start);
  const home = scope.regionCode ? rules.places.division(scope.regionCode) : null;
  const named = placesIn(view.text, paragraphStart, view.start, tokens, { places: rules.places, documentRegion: home });
  const group = lastGroup(
    view.text,
    named.filter((p) => !p.qualifiesScheme),
    rules.places,
  );
  return group !== null && group.some((p) => p.kind === 'foreign');
}

/**
 * Whether a quantity's sentence makes a general statement about a market or an industry before it
 * (酱香型白酒市场目前以2.5%的产能…, 家具行业一般净利润是…, 消费人群…) and names no company or brand there.
 */
function marketStatement(input: FigureInput, places: PlaceIndex, named: readonly ResolvedPlace[]): boolean {
  if (!QUANTITY_TYPES.has(input.type)) return false;
  const { text, start: from } = input.view;
  const before = text.slice(from, input.start);
  if (places.organisationWords.test(before)) return false;
  // A market a place or a marketplace's kind stands right before (莆田市市场上销售的, 县内集贸市场, 本地市场) is that
  // place's market, not the Chinese market (REGION-NATIONAL-DEFAULT).
  const local = (at: number) =>
    places.localMarket.test(text.slice(Math.max(from, at - 6), at)) ||
    named.some((p) => (p.kind === 'division' || p.kind === 'self') && p.end <= at && at - p.end <= MARKET_PLACE_GAP);
  return [...before.matchAll(places.marketStatements)].some((m) => !local(from + m.index));
}

/** How many characters may stand between a place and the market it names (莆田市的市场). */
const MARKET_PLACE_GAP = 1;

/** What stands between a standard's title and its issuer after it: more titles, 、, 等, a count (《…》《…》4项). */
const TITLES_BEFORE_ISSUER = /^(?:《[^《》]*》|[、和及与等共\s]|[\d一二三四五六七八九十]+(?:项|个|部))*$/;
/** What follows the issuer of local standards (锦州市地方标准, 市级地方标准). */
const LOCAL_STANDARD_AFTER = /^(?:市级|省级|县级)?(?:地方|团体)?标准/;

/** The division named as the issuer right after a standard's title and the titles listed with it (…4项锦州市地方标准). */
function standardIssuerAfter(view: SentenceView, end: number, places: readonly ResolvedPlace[]): Division | null {
  const close = view.text.indexOf('》', end - 1);
  const from = close >= 0 && close < view.clauseEnd(end) + 1 ? close + 1 : end;
  const issuer = places.find(
    (p) =>
      p.start >= from &&
      p.kind === 'division' &&
      p.division !== null &&
      TITLES_BEFORE_ISSUER.test(view.text.slice(from, p.start)) &&
      LOCAL_STANDARD_AFTER.test(view.text.slice(p.end, p.end + 8)),
  );
  return issuer?.division ?? null;
}

/** What may stand between a title or a quoted name given as an example and the count it is an example of (》等, ”、“…”等). */
const EXAMPLE_TO_COUNT = /^(?:\s*[、和及与]?\s*[《“][^《》“”]*[》”])*\s*等[^，,；;。！？《》“”]{0,16}$/;

/**
 * Whether a Chinese place stands inside a title (《…》) that closes before `before` (the start of the figure's clause). A
 * place abroad keeps its weight: a figure after 《欧盟…指令》实施， tells what the foreign rule sets.
 */
function inTitleBefore(text: string, place: ResolvedPlace, before: number): boolean {
  if (place.kind === 'foreign') return false;
  const open = text.lastIndexOf('《', place.start);
  if (open < 0 || text.slice(open + 1, place.start).includes('》')) return false;
  const close = text.indexOf('》', place.end);
  return close >= 0 && close < before;
}

/** Whether a place stands inside a title (《…》) or a quoted name (“…”) that is an example before the count at `start`. */
function insideExampleName(text: string, place: ResolvedPlace, start: number): boolean {
  const open = Math.max(text.lastIndexOf('《', place.start), text.lastIndexOf('“', place.start));
  if (open < 0 || /[》”]/.test(text.slice(open + 1, place.start))) return false;
  const close = text.indexOf(text[open] === '《' ? '》' : '”', place.end);
  return close >= 0 && close < start && EXAMPLE_TO_COUNT.test(text.slice(close + 1, start));
}

/** The level of a province's own standards, after a standard's title and the titles listed with it. */
const PROVINCE_LEVEL = /(?:省级|省)地方标准/;

/**
 * REGION-STD-PROVINCE-LEVEL: the province holding the page's region when a standard's title and the titles listed
 * with it are followed by 省级地方标准 with no issuer named (南昌市…主导制定《…》等省级地方标准28项 → 江西省): a
 * province's standards hold in that province, whichever city drafted them (contract: the region the figure is about).
 */
function provinceLevelStandard(view: SentenceView, end: number, scope: DocumentScope, rules: ContextRules): Division | null {
  const close = view.text.indexOf('》', end - 1);
  const from = close >= 0 && close < view.clauseEnd(end) + 1 ? close + 1 : end;
  const after = view.text.slice(from, view.clauseEnd(end));
  const level = PROVINCE_LEVEL.exec(after);
  if (!level || !TITLES_BEFORE_ISSUER.test(after.slice(0, level.index))) return null;
  const home = ownRegion(scope, rules);
  if (!home || home.code === NATIONAL.code) return null;
  return rules.places.division(`${home.code.slice(0, 2)}0000`);
}

/**
 * After a standard's title: the level that makes it nationwide, also after the 等 that closes the titles given as
 * examples of a count (《…》等国家标准216项, 《…》等3项行业标准).
 */
const NATIONAL_LEVEL_AFTER =
  /^\s*(?:等\s*(?:[\d一二三四五六七八九十百]+\s*[项个部]\s*)?)?(?:国家标准|行业标准|国标|国家(?:强制性|推荐性)标准)/;
/**
 * Before a standard's title, over the titles listed with it: the level that makes it nationwide (国家推荐性标准《…》,
 * 化工行业标准《…》、《…》: REGION-STD-LEVEL-BEFORE).
 */
const NATIONAL_LEVEL_BEFORE = /(?:国家|行业|国家(?:强制性|推荐性)|(?:强制性|推荐性)国家)标准\s*(?:《[^《》]{1,60}》\s*[、和及与]\s*)*$/;

/**
 * Whether a standard is national: its title is followed by 国家标准, 行业标准 or 国标, or preceded by such a level,
 * or its name is the short name such a standard was given (《…》国家标准(下称《标准》) … 该《标准》规定).
 */
function nationalStandard(text: string, span: { start: number; end: number }, name: string): boolean {
  const { start, end } = span;
  if (NATIONAL_LEVEL_AFTER.test(text.slice(end, end + 12))) return true;
  const open = text[start] === '《' ? start : text[start - 1] === '《' ? start - 1 : -1;
  if (open >= 0 && NATIONAL_LEVEL_BEFORE.test(text.slice(Math.max(0, open - 80), open))) return true;
  const shortName = new RegExp(`(?:国家标准|行业标准|国标)[(（](?:以下|下)?简?称[“《]${escapeRegex(name)}[”》]`);
  return shortName.test(text.slice(0, end));
}

/**
 * The divisions that open names of firms, facilities or local industries after the figure in its clause
 * (…3批次不合格，生产厂家是温州某某电器有限公司; …品牌阵营的南安水暖业): with no place before it, the figure is
 * about what those makers made, where they are (contract: a company's figure takes the place named for it).
 */
function namesAfter(input: FigureInput, places: readonly ResolvedPlace[], rules: ContextRules): Division[] {
  const { view, end } = input;
  const clauseEnd = view.clauseEnd(end);
  return places
    .filter((p) => p.start >= end && p.end <= clauseEnd && p.kind === 'division' && p.division !== null && !p.qualifiesScheme)
    .filter((p) => rules.places.nameEnding.test(view.text.slice(p.end, Math.min(clauseEnd, p.end + 12))))
    .map((p) => p.division!);
}

/**
 * The region of the places that qualify what a count counts, right after it in its clause and followed by
 * it (四家国内家具企业, 9家位于延吉的企业; not 5000亿元大关): asked when nothing before the figure names a place,
 * the count is of things of there.
 */
function placesQualifyingCount(input: FigureInput, places: readonly ResolvedPlace[], index: PlaceIndex): Division | null {
  if (input.type !== 'count') return null;
  const { view, end } = input;
  const clauseEnd = view.clauseEnd(end);
  const after = places.filter((p) => p.start >= end && p.end <= clauseEnd && !p.qualifiesScheme);
  const first = after[0];
  if (!first || !index.countQualifierBefore.test(view.text.slice(end, first.start))) return null;
  // The places named together from the first one on (来自延吉、珲春的企业).
  const group = [first];
  for (const next of after.slice(1)) {
    if (!PLACE_JOIN.test(view.text.slice(group[group.length - 1]!.end, next.start))) break;
    group.push(next);
  }
  if (group.some((p) => p.kind === 'foreign' || p.division === null)) return null;
  if (!/[\u4e00-\u9fa5]/.test(view.text.slice(group[group.length - 1]!.end, clauseEnd))) return null;
  return group.length === 1 ? group[0]!.division : index.smallestContaining(group.map((p) => p.division!));
}

/** Whether a place abroad qualifies what a count counts, right after it (3家美国公司, 两款日本产品). */
function countQualifiedAbroad(input: FigureInput, places: readonly ResolvedPlace[], index: PlaceIndex): boolean {
  if (input.type !== 'count') return false;
  const { view, end } = input;
  const clauseEnd = view.clauseEnd(end);
  const first = places.find((p) => p.start >= end && p.end <= clauseEnd && !p.qualifiesScheme);
  return (
    first !== undefined &&
    first.kind === 'foreign' &&
    index.countQualifierBefore.test(view.text.slice(end, first.start)) &&
    /^[\u4e00-\u9fa5]/.test(view.text.slice(first.end, clauseEnd))
  );
}

/**
 * The places a clause names for its actor: the last ones named together, unless words that open what the
 * actor acts on or deals with (与, 对, 向, 假冒: places.json objectBefore) stand between them and an earlier
 * place of the clause (邯郸钢铁…与郑州某公司签订的6000吨合同; 山东省工商部门对…假冒四川名酒的…): then the
 * places before those words. A nationwide word as the actor (国家质检总局对吉林省…) leaves the place acted on.
 */
function actorGroup(text: string, places: readonly ResolvedPlace[], index: PlaceIndex): ResolvedPlace[] | null {
  const group = lastGroup(text, places, index);
  if (!group) return null;
  const first = places.indexOf(group[0]!);
  // A nationwide word the clause is framed by (全省在国家监督抽查中…, 我省企业参加全国…评审) is not its actor:
  // the place named before it is.
  const only = group.length === 1 ? group[0]! : null;
  if (only?.kind === 'national' && index.frameBefore.test(text.slice(Math.max(0, only.start - 2), only.start))) {
    const actor = places.slice(0, first).filter((p) => p.kind === 'division' || p.kind === 'self');
    if (actor.length > 0) return lastGroup(text, actor, index);
  }
  for (let i = first - 1; i >= 0; i--) {
    const actor = places[i]!;
    if (actor.kind !== 'division' && actor.kind !== 'self') continue;
    if (!index.objectBefore.test(text.slice(actor.end, group[0]!.start))) return group;
    return lastGroup(text, places.slice(0, i + 1), index);
  }
  return group;
}

/** A full title and the words that give it a short name right after it: 《…》(以下简称 / （下称 / ，简称. */
const SHORTENED_TITLE = /《[^《》]+》\s*[(（，,]?\s*(?:以下|下文|下)?简?称\s*$/;

/** The span of the full title a short title right after it stands for (《…条例》(以下简称《条例》)), or null. */
function titleShortened(text: string, start: number, sentenceStart: number): { start: number; end: number } | null {
  const open = text[start] === '《' ? start : start - 1;
  const before = text.slice(sentenceStart, open);
  const match = SHORTENED_TITLE.exec(before);
  if (!match) return null;
  const from = sentenceStart + match.index;
  return { start: from, end: from + before.slice(match.index).indexOf('》') + 1 };
}

/**
 * The division named right before the bracket a figure stands in (瓯海区(抽查22批次，合格21批次)): the bracket holds that
 * place's figures. None when the figure is outside any bracket of its sentence or the bracket follows no place.
 */
function placeOpeningBracket(view: SentenceView, start: number, places: readonly ResolvedPlace[]): Division | null {
  const before = view.text.slice(view.start, start);
  const open = Math.max(before.lastIndexOf('('), before.lastIndexOf('（'));
  if (open < 0 || /[)）]/.test(before.slice(open))) return null;
  const at = view.start + open;
  const place = places.find((p) => p.kind === 'division' && p.division !== null && view.text.slice(p.end, at).trim() === '');
  return place?.division ?? null;
}

/** Tags of a verb (not a verbal noun) or a preposition: what follows in the clause is governed by it. */
const GOVERNING_TAG = /^(?:v(?!n)|p)/;

/** Whether a verb or a preposition stands before `pos` in its clause (新增/v 全国…, 在/p 全国…). */
function governedInClause(view: SentenceView, pos: number): boolean {
  const from = view.clauseStart(pos);
  return view.tokens.some((t) => t.start >= from && t.end <= pos && GOVERNING_TAG.test(t.tag));
}

/**
 * The last places named together (joined by 、 和 与 及 or nothing). A place written right before one inside it
 * (福建省福清市, 浙江省台州市黄岩区, 中国上海) only locates that one: the chain names its last, most specific place
 * (contract: the most specific region), not the smallest region holding a list.
 */
function lastGroup(text: string, places: readonly ResolvedPlace[], index: PlaceIndex): ResolvedPlace[] | null {
  if (places.length === 0) return null;
  const group = [places[places.length - 1]!];
  let next = group[0]!;
  for (let i = places.length - 2; i >= 0; i--) {
    const place = places[i]!;
    const between = text.slice(place.end, next.start);
    if (!PLACE_JOIN.test(between)) break;
    const locates =
      between.trim() === '' &&
      place.division !== null &&
      next.division !== null &&
      place.division.code !== next.division.code &&
      index.contains(place.division, next.division);
    if (!locates) group.unshift(place);
    next = place;
  }
  return group;
}

/**
 * REGION-NEAREST-CLAUSE: the region of the places that open the nearest clause naming one between the sentence's
 * opening (`from`) and the figure's clause (`to`), as its topic: nothing but a time word, 在 or a conjunction before
 * them (places.json clauseTopicLead; not 受浦江抛光粉…, 是欧盟、美国…的20倍, 使得一个安徽男孩…). None when that clause names
 * a place abroad, or when a general statement about a market stands after it (…，通常情况下，…市场售价在180元左右).
 */
function nearestClauseTopic(
  view: SentenceView,
  places: readonly ResolvedPlace[],
  span: { from: number; to: number; figure: number },
  index: PlaceIndex,
): Division | null {
  const between = places.filter((p) => p.start >= span.from && p.end <= span.to && !p.multiProvince);
  const last = between[between.length - 1];
  if (!last) return null;
  const clauseStart = view.clauseStart(last.start);
  const inClause = between.filter((p) => p.start >= clauseStart);
  const first = inClause[0]!;
  if (!index.clauseTopicLead.test(view.text.slice(clauseStart, first.start).trim())) return null;
  if (index.marketStatement.test(view.text.slice(view.clauseEnd(last.end), span.figure))) return null;
  // The places named together from the first one on (福建、浙江两省…), a place that locates the next one dropped
  // (内蒙古巴彦淖尔市…: the most specific).
  const run = [first];
  for (const next of inClause.slice(1)) {
    if (!PLACE_JOIN.test(view.text.slice(run[run.length - 1]!.end, next.start))) break;
    run.push(next);
  }
  const group = lastGroup(view.text, run, index)!;
  if (group.some((p) => p.kind === 'foreign' || p.division === null)) return null;
  return group.length === 1 ? group[0]!.division : index.smallestContaining(group.map((p) => p.division!));
}

/** A Han character: a clause without one is a mark, not words. */
const HAN_CHARACTER = /[\u4e00-\u9fff]/;

/** Where the sentence's first clause holding a Han character starts (before `limit`), skipping marks of the markup (【/h/】). */
function firstWordedClause(view: SentenceView, limit: number): number {
  let at = view.start;
  for (;;) {
    const end = view.clauseEnd(at);
    if (HAN_CHARACTER.test(view.text.slice(at, end)) || end + 1 >= limit) return at;
    at = end + 1;
  }
}

/** Most characters between a clause's start and the place that opens it (，其中某市…, ，全市…). */
const NESTED_PLACE_GAP = 3;

/**
 * REGION-NESTED-FRAME: the last clause before the figure's that sets a campaign as the scene (nestedFrameOpening: …抽查中,
 * 在…行动中), names only regions holding the place that opens the clause after it, and is followed by no other place
 * before the figure: that place's division.
 */
function nestedFrameTopic(input: {
  view: SentenceView;
  /** Every place of the sentence, and those that may be a figure's region. */
  places: readonly ResolvedPlace[];
  usable: readonly ResolvedPlace[];
  /** Where the sentence's own words start, and where the figure's clause does. */
  from: number;
  figureClause: number;
  rules: ContextRules;
}): Division | null {
  const { view, places, usable, from, figureClause, rules } = input;
  let found: ResolvedPlace | null = null;
  for (let c = from; c < figureClause;) {
    const end = view.clauseEnd(c);
    // Two marks side by side (地市(区)，) leave an empty clause between them.
    if (end <= c) {
      c = end + 1;
      continue;
    }
    if (rules.places.nestedFrameOpening.test(view.text.slice(c, end).trim())) {
      // The campaign's place may qualify it as a scheme (省级监督抽查): it frames all the same.
      const framing = places.filter((p) => p.start >= c && p.end <= end);
      const next = end + 1;
      const topic = usable.find((p) => p.start >= next && p.start - next <= NESTED_PLACE_GAP && p.start < figureClause);
      const inner = topic?.kind === 'division' ? topic.division : null;
      const holds =
        inner !== null &&
        framing.length > 0 &&
        framing.every(
          (p) =>
            p.kind !== 'foreign' &&
            p.division !== null &&
            p.division.code !== inner.code &&
            (p.kind === 'national' || rules.places.contains(p.division, inner)),
        );
      if (holds) found = topic!;
    }
    c = end + 1;
  }
  if (!found) return null;
  const later = usable.some((p) => p.start >= found.end && p.end <= figureClause);
  return later ? null : found.division;
}
