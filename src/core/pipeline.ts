import { createError } from './errors.js';
import { withLayer, type Doc } from './doc.js';
import type { LayerName, Layers } from './layers.js';

/** A pipeline stage: a pure function from a document to the one layer it provides. */
export interface Stage<K extends LayerName = LayerName> {
  readonly provides: K;
  readonly requires: readonly LayerName[];
  run(doc: Doc): Layers[K];
}

export interface Pipeline {
  readonly stages: readonly Stage[];
  run(doc: Doc): Doc;
}

/** Builds a pipeline, checking once that every stage's requirements come before it. */
export function buildPipeline(stages: readonly Stage[]): Pipeline {
  const seen = new Set<LayerName>();
  for (const stage of stages) {
    for (const r of stage.requires) {
      if (!seen.has(r)) throw createError('E_PIPELINE', `stage "${stage.provides}" requires "${r}", which no earlier stage provides`);
    }
    if (seen.has(stage.provides)) throw createError('E_PIPELINE', `layer "${stage.provides}" is provided twice`);
    seen.add(stage.provides);
  }
  return {
    stages,
    run(doc: Doc): Doc {
      let d = doc;
      for (const stage of stages) d = withLayer(d, stage.provides, stage.run(d));
      return d;
    },
  };
}

export function defineStage<K extends LayerName>(stage: Stage<K>): Stage<K> {
  return stage;
}
