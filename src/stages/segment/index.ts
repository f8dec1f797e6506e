import { defineStage } from '../../core/pipeline.js';
import { textOf } from '../../core/doc.js';
import type { SegmentLayer, Sentence, Token } from '../../core/layers.js';
import { findParagraphs } from './paragraphs.js';
import { splitSentences, type SplitOptions } from './sentences.js';
import { tokenize } from './tokenize.js';

export function segmentText(text: string, options: SplitOptions = {}): SegmentLayer {
  const paragraphs = findParagraphs(text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, pi) => {
    const first = tokens.length;
    for (const t of tokenize(text, p.start, p.end)) tokens.push(t);
    splitSentences(text, tokens, first, tokens.length, pi, sentences, options);
  });
  return { paragraphs, sentences, tokens };
}

export const segment = defineStage({
  provides: 'segment',
  requires: ['normalize'],
  run: (doc): SegmentLayer => segmentText(textOf(doc)),
});

export { tokenize } from './tokenize.js';
