import type { Stage } from '../../core/stage';
import { cleanStage } from './clean';
import { extractStage } from './extract';
import { metadataStage } from './metadata';
import { normaliseStage } from './normalise';
import { scopeStage } from './scope';
import { segmentStage } from './segment';
import { sentencesStage } from './sentences';
import { tablesStage } from './tables';

/** The stages in the order they run; checked at start by checkStageOrder. */
export const STAGES: readonly Stage[] = [
  cleanStage,
  normaliseStage,
  metadataStage,
  tablesStage,
  sentencesStage,
  segmentStage,
  scopeStage,
  extractStage,
];
