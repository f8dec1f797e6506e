/** Averaged perceptron over feature ids × tags, with growable storage and the w − u/c averaging trick. */
import { NTAGS as TAG_COUNT } from '../../src/stages/entities/ner/templates.js';

const NTAGS: number = TAG_COUNT;

export class Perceptron {
  w = new Float32Array(1 << 20);
  private u = new Float64Array(1 << 20);
  /** Number of updates seen so far (the averaging clock). */
  c = 1;

  private ensure(id: number): void {
    const need = (id + 1) * NTAGS;
    if (need <= this.w.length) return;
    let size = this.w.length;
    while (size < need) size *= 2;
    const w = new Float32Array(size);
    w.set(this.w);
    const u = new Float64Array(size);
    u.set(this.u);
    this.w = w;
    this.u = u;
  }

  /** Moves the weights of features ids[from .. to) towards `gold` and away from `pred`. */
  update(ids: ArrayLike<number>, from: number, to: number, gold: number, pred: number): void {
    for (let k = from; k < to; k++) {
      const id = ids[k];
      if (id < 0) continue;
      this.ensure(id);
      const b = id * NTAGS;
      this.w[b + gold] += 1;
      this.u[b + gold] += this.c;
      this.w[b + pred] -= 1;
      this.u[b + pred] -= this.c;
    }
  }

  /** Adds `delta` to tag `tag`'s weights of features ids[from .. to) (structured updates). */
  add(ids: ArrayLike<number>, from: number, to: number, tag: number, delta: number): void {
    for (let k = from; k < to; k++) {
      const id = ids[k];
      if (id < 0) continue;
      this.ensure(id);
      const b = id * NTAGS + tag;
      this.w[b] += delta;
      this.u[b] += delta * this.c;
    }
  }

  tick(): void {
    this.c++;
  }

  /** Averaged weights for the first `features` ids. */
  averaged(features: number): Float32Array {
    const out = new Float32Array(features * NTAGS);
    const n = Math.min(out.length, this.w.length);
    for (let i = 0; i < n; i++) out[i] = this.w[i] - this.u[i] / this.c;
    return out;
  }
}
