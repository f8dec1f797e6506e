/**
 * Tags the sentences of one document with IOB2 tags (PER, ORG, LOC, MISC). Pass 1 tags every
 * sentence; pass 2 re-tags with features saying how pass 1 tagged the same word elsewhere in
 * the document, so a name gets one type across the document (and in ALL-CAPS headlines).
 */
import { docContext, historyOf, TAGS } from './features.js';
import { greedyDecode } from './decode.js';
import { Featurizer, type SentenceFeatures } from './featurize.js';
import { loadNerModel, type NerModel } from './model.js';

const featurizers = new WeakMap<NerModel, Featurizer>();

function featurizerOf(model: NerModel): Featurizer {
  let f = featurizers.get(model);
  if (!f) {
    const index = model.index;
    featurizers.set(model, (f = new Featurizer(model.res, function idOf(s) { return index.get(s) ?? -1; })));
  }
  return f;
}

/** Above this many tokens, pass 2 recomputes features instead of keeping them all in memory. */
const KEEP_FEATURES_TOKENS = 50_000;

/** Tag indices (into TAGS) for each sentence of one document. */
export function tagIndices(model: NerModel, sentences: readonly (readonly string[])[]): number[][] {
  const fz = featurizerOf(model);
  const doc = docContext(sentences);
  let tokens = 0;
  for (const s of sentences) tokens += s.length;
  const keep = tokens <= KEEP_FEATURES_TOKENS;
  const kept: SentenceFeatures[] = [];
  let tags = sentences.map(function pass1(words) {
    const f = fz.sentence(words, doc);
    if (keep) kept.push(f);
    const out: number[] = [];
    greedyDecode(fz, f, model.passes[0], out);
    return out;
  });
  if (model.passes.length > 1) {
    const history = historyOf(sentences, tags);
    tags = sentences.map(function pass2(words, i) {
      const f = keep ? kept[i] : fz.sentence(words, doc);
      const out: number[] = [];
      greedyDecode(fz, fz.withHistory(f, history), model.passes[1], out);
      return out;
    });
  }
  return tags;
}

/** IOB2 tags for each sentence of one document; all 'O' when no model is available. */
export function tagSentences(sentences: string[][]): string[][] {
  const model = loadNerModel();
  if (!model) return sentences.map((s) => s.map(() => 'O'));
  return tagIndices(model, sentences).map((s) => s.map((t) => TAGS[t]));
}
