/**
 * Word-embedding clusters for the learned quote model (models/ner/clusters.tsv: "a.b.c.d",
 * 16 → ×16 → ×8 → ×4 hierarchical k-means of GloVe vectors). A path is packed into one code,
 * 1 + (((a * 16 + b) * 8 + c) * 4 + d), so that every coarser level is a shift of it; 0 is "no
 * cluster" (a word outside the table, or a window edge). The model stores the codes of its own
 * words (model.bin), so the stage never reads clusters.tsv.
 */

/** Word (lower case) → cluster code, or 0. `id` is the word's id in the model's vocabulary when known. */
export type ClusterLookup = (word: string, id: number) => number;

export const NO_CLUSTERS: ClusterLookup = () => 0;

/** "a.b.c.d" → code (0 when the path is malformed). */
export function clusterCode(path: string): number {
  const p = path.split('.').map(Number);
  if (p.length !== 4 || !p.every((x) => Number.isInteger(x) && x >= 0) || p[0] > 15 || p[1] > 15 || p[2] > 7 || p[3] > 3) return 0;
  return 1 + ((p[0] * 16 + p[1]) * 8 + p[2]) * 4 + p[3];
}

/** Bits dropped to reach level 1 (16 clusters), 2 (256), 3 (2,048) and 4 (8,192, the code itself). */
const SHIFT = [0, 9, 5, 2, 0];

/** The cluster at a coarser level, as 1 + its index (0 stays 0). */
export const clusterLevel = (code: number, level: number): number => (code === 0 ? 0 : ((code - 1) >> SHIFT[level]) + 1);

/** Parses "word<TAB>a.b.c.d" lines into word → code. */
export function parseClusters(text: string, keep: (word: string) => boolean = () => true): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const w = line.slice(0, tab);
    if (!keep(w)) continue;
    const code = clusterCode(line.slice(tab + 1).trim());
    if (code) out.set(w, code);
  }
  return out;
}
