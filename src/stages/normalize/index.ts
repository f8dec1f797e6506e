import { defineStage } from '../../core/pipeline.js';
import type { NormalizeLayer } from '../../core/layers.js';

/**
 * The analysed text: no BOM, LF line ends, no control characters, no trailing spaces before
 * a line end. Nothing else changes: quotes, dashes, emoji and combining marks stay as written,
 * so what a user sees in the output is what the outlet published.
 */
export function normalizeText(raw: string): string {
  let t = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  t = t.replace(/\r\n?/g, '\n');
  // C0/C1 controls other than tab and newline, and lone surrogates, become spaces (same length).
  t = t.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, ' ');
  t = t.replace(/[\u2028\u2029]/g, '\n');
  t = t.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  t = t.replace(/[ \t\u00a0]+$/gm, '');
  return t;
}

export const normalize = defineStage({
  provides: 'normalize',
  requires: [],
  run: (doc): NormalizeLayer => ({ text: normalizeText(doc.raw) }),
});
