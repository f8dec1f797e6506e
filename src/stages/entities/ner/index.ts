/** The NER tagger's public API: load the committed model once, tag the sentences of one document. */
export { tagSentences, tagIndices } from './tagger.js';
export { loadNerModel, type NerModel } from './model.js';
export { TAGS, type Tag } from './templates.js';
export { parseConll, scoreEntities, toIob2, entitySpans, type ConllDoc, type Score } from './conll.js';
