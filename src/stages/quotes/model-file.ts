/**
 * model.bin: "AQM1", a little-endian uint32 header length, the header (JSON: everything but the
 * big arrays), then the key and weight arrays back to back, each 4-byte aligned. Loading is one
 * JSON.parse of the small header and a copy per array.
 */
import type { ModelData } from './model.js';

const MAGIC = 'AQM1';
type ArrayName = 'cueKeys' | 'cueW' | 'spanKeys' | 'spanW' | 'miscW';
const ARRAYS: Array<[ArrayName, 'i32' | 'i16']> = [
  ['cueKeys', 'i32'],
  ['cueW', 'i16'],
  ['spanKeys', 'i32'],
  ['spanW', 'i16'],
  ['miscW', 'i16'],
];

const pad4 = (n: number) => (n + 3) & ~3;

export function writeModelFile(d: ModelData): Buffer {
  const rest = { cands: d.cands, threshold: d.threshold, trans: d.trans, left: d.left, right: d.right, vocab: d.vocab, misc: d.misc };
  const lengths = Object.fromEntries(ARRAYS.map(([name]) => [name, d[name].length]));
  const header = Buffer.from(JSON.stringify({ ...rest, lengths }), 'utf8');
  const parts: Buffer[] = [Buffer.from(MAGIC, 'latin1'), Buffer.alloc(4), header, Buffer.alloc(pad4(header.length) - header.length)];
  parts[1].writeUInt32LE(header.length);
  for (const [name] of ARRAYS) {
    const a = d[name];
    const b = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    parts.push(Buffer.from(b), Buffer.alloc(pad4(b.length) - b.length));
  }
  return Buffer.concat(parts);
}

export function readModelFile(buf: Buffer): ModelData {
  if (buf.toString('latin1', 0, 4) !== MAGIC) throw new Error('not a quotes model file');
  const hlen = buf.readUInt32LE(4);
  const header = JSON.parse(buf.toString('utf8', 8, 8 + hlen)) as Omit<ModelData, ArrayName> & { lengths: Record<ArrayName, number> };
  let off = 8 + pad4(hlen);
  const arrays = {} as Record<ArrayName, Int32Array | Int16Array>;
  for (const [name, type] of ARRAYS) {
    const n = header.lengths[name];
    const bytes = n * (type === 'i32' ? 4 : 2);
    if (off + bytes > buf.length) throw new Error('truncated quotes model file');
    // A copy: the file buffer's offset need not be aligned for a typed-array view.
    const copy = new Uint8Array(bytes);
    copy.set(buf.subarray(off, off + bytes));
    arrays[name] = type === 'i32' ? new Int32Array(copy.buffer) : new Int16Array(copy.buffer);
    off += pad4(bytes);
  }
  const { lengths, ...rest } = header;
  void lengths;
  return { ...rest, ...(arrays as Pick<ModelData, ArrayName>) };
}
