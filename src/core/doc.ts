import { createError } from './errors.js';
import type { LayerName, Layers } from './layers.js';

export interface DocMeta {
  id: string;
  title?: string;
  /** Publication date, YYYY-MM-DD: relative dates are resolved against it. */
  published?: string;
  source?: string;
  url?: string;
  lang: string;
}

/** A document as it moves through the pipeline: its input, and the layers stages have added. */
export interface Doc {
  readonly meta: DocMeta;
  /** The text as read, before normalisation. */
  readonly raw: string;
  readonly layers: Readonly<Partial<Layers>>;
}

export function makeDoc(raw: string, meta: DocMeta): Doc {
  return { meta, raw, layers: {} };
}

/** A new document with one more layer; the old one is left untouched. */
export function withLayer<K extends LayerName>(doc: Doc, name: K, layer: Layers[K]): Doc {
  return { ...doc, layers: { ...doc.layers, [name]: layer } };
}

/** A layer a stage requires; the pipeline guarantees it is there, so a miss is a programming error. */
export function need<K extends LayerName>(doc: Doc, name: K): Layers[K] {
  const layer = doc.layers[name];
  if (layer === undefined) throw createError('E_PIPELINE', `layer "${name}" requested before it was computed`);
  return layer as Layers[K];
}

/** The normalised text every offset indexes. */
export function textOf(doc: Doc): string {
  return need(doc, 'normalize').text;
}
