/**
 * The shapes the context readers share: what the extractor knows of a figure (FigureInput), what its context
 * comes to (FigureContext) and the rules bound to a document (ContextRules). Apart from context.ts, which calls
 * the per-field readers (figure-region.ts, figure-subject.ts, figure-category.ts, …), so that those readers name
 * these types without importing the module that imports them.
 */
import type { Document, FactCategory, FactStatus, FactType } from '../../core/document';
import type { PlaceIndex } from '../metadata/places';
import type { CategoryCue } from '../scope/category';
import type { CategoryWords } from '../scope/category-words';
import type { SampledSectionRules } from '../scope/sampled-section';
import type { SplitPartRules } from './split-part';
import type { RatedThingRules } from './rated-thing';
import type { StandardLimitRules } from '../scope/standard-limit';
import type { SubjectRules } from '../scope/subjects';
import type { ClassCountRules } from './class-count';
import type { TimeRules } from '../scope/time';
import type { TopicRules } from '../scope/topics';
import type { Lexicons } from './lexicons';
import type { SentenceView } from './sentence';

/** What the extractor knows of a figure when it asks for its context. */
export interface FigureInput {
  view: SentenceView;
  doc: Document;
  lexicons: Lexicons;
  type: FactType;
  metric: string;
  unit: string | null;
  /** The figure (number and unit) or the named thing: UTF-16 span in the normalised text. */
  start: number;
  end: number;
  /** The words naming what is measured, before the figure and after it (`2户定点供奥运食品生产加工企业`). */
  phrase?: { preStart: number; preEnd: number; postStart: number; postEnd: number };
  /** The named thing of a brand, standard or policy. */
  name?: string | null;
  /** Where the list a brand was read from begins, when its region is that of the whole list (NamedThing.listFrom). */
  listFrom?: number;
  /** The subject an enumeration gives this figure (`大、中、小型企业…分别为` → 大型企业). */
  listedSubject?: string | null;
  /** The category of the figure this one took its metric from (`…4510起，货值3529万元`). */
  inheritedCategory?: FactCategory | null;
}

export interface FigureContext {
  category: FactCategory;
  status: FactStatus;
  period: string | null;
  region: string | null;
  region_code: string | null;
  subject: string | null;
}

export interface ContextRules {
  time: TimeRules;
  places: PlaceIndex;
  subjects: SubjectRules;
  topics: TopicRules;
  sampledSections: SampledSectionRules;
  splitParts: SplitPartRules;
  classCounts: ClassCountRules;
  ratedThings: RatedThingRules;
  categories: CategoryCue[];
  categoryWords: CategoryWords;
  standardLimits: StandardLimitRules;
  /** Whether the document speaks as a government (全省, 我市): a news page does not. */
  speaksAsGovernment: boolean;
  /** Whether the document is a government's report: one that speaks as a province or city, or a long one of the nation. */
  governmentReport: boolean;
}
