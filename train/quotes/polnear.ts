/**
 * PolNeAR records (training/eval only): loads the shared JSONL and maps the gold offsets, which
 * index the raw text, onto the normalised text our stages analyse.
 */
import fs from 'node:fs';
import { sharedDataPath } from '../../src/core/paths.js';
import { normalizeText } from '../../src/stages/normalize/index.js';

export type Frag = [number, number];

export interface GoldAttribution {
  source: Frag[];
  cue: Frag[];
  content: Frag[];
  kind: 'direct' | 'indirect' | 'mixed';
  cueText: string;
}

export interface PolnearDoc {
  id: string;
  publisher: string;
  published: string;
  /** Normalised text; every gold offset below indexes it. */
  text: string;
  raw: string;
  gold: GoldAttribution[];
}

interface RawRecord {
  id: string;
  publisher: string;
  publication_date: string;
  text: string;
  attributions: Array<{ source: Frag[]; cue: Frag[]; content: Frag[]; quote_type: GoldAttribution['kind']; cue_text: string }>;
}

/**
 * Offset map raw -> normalised. Normalisation only deletes characters (BOM, CR of CRLF, spaces
 * before a line end) or replaces one unit by one unit, so a two-pointer walk recovers it.
 */
export function alignOffsets(raw: string, norm: string): Int32Array {
  const map = new Int32Array(raw.length + 1);
  let j = 0;
  for (let i = 0; i < raw.length; i++) {
    map[i] = j;
    if (j < norm.length && raw[i] === norm[j]) {
      j++;
      continue;
    }
    if (isDeletable(raw, i)) continue;
    j++; // replaced in place
  }
  map[raw.length] = j;
  return map;
}

function isDeletable(raw: string, i: number): boolean {
  const c = raw[i];
  if (i === 0 && c === '\ufeff') return true;
  if (c === '\r') return raw[i + 1] === '\n';
  if (c !== ' ' && c !== '\t' && c !== '\u00a0') return false;
  let k = i;
  while (k < raw.length && (raw[k] === ' ' || raw[k] === '\t' || raw[k] === '\u00a0')) k++;
  return k === raw.length || raw[k] === '\n' || raw[k] === '\r';
}

export function loadPolnear(split: 'train' | 'dev', limit = Infinity): PolnearDoc[] {
  const lines = fs.readFileSync(sharedDataPath('quotes', `polnear-${split}.jsonl`), 'utf8').split('\n');
  const out: PolnearDoc[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    if (out.length >= limit) break;
    const r = JSON.parse(line) as RawRecord;
    const text = normalizeText(r.text);
    const map = text === r.text ? null : alignOffsets(r.text, text);
    const mf = (fs: Frag[]): Frag[] => (map ? fs.map(([s, e]) => [map[s], map[e]] as Frag) : fs);
    out.push({
      id: r.id,
      publisher: r.publisher,
      published: r.publication_date,
      text,
      raw: r.text,
      gold: r.attributions.map((a) => ({
        source: mf(a.source),
        cue: mf(a.cue),
        content: mf(a.content),
        kind: a.quote_type,
        cueText: a.cue_text,
      })),
    });
  }
  return out;
}
