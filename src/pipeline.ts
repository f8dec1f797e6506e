import { buildPipeline, type Stage } from './core/pipeline.js';
import { normalize } from './stages/normalize/index.js';
import { segment } from './stages/segment/index.js';
import { entities } from './stages/entities/index.js';
import { times } from './stages/times/index.js';
import { quotes } from './stages/quotes/index.js';
import { quantities } from './stages/quantities/index.js';
import { events } from './stages/events/index.js';

/**
 * The stages in the order they run. Quotes come before quantities because a figure's
 * claimant is the speaker of the quote it sits in.
 */
export const STAGES: readonly Stage[] = [normalize, segment, entities, times, quotes, quantities, events];

export const pipeline = buildPipeline(STAGES);
