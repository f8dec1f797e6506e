/** CoNLL column files (one token per line, blank line between sentences, -DOCSTART- between documents), IOB conversion and conlleval scoring. */

export interface ConllSentence {
  /** The input lines, unchanged. */
  lines: string[];
  words: string[];
  /** Last column, when the file has one beyond the token (gold tags). */
  gold: string[];
}

export interface ConllDoc {
  sentences: ConllSentence[];
}

/** Splits a CoNLL file into documents of sentences; the token is the first column. */
export function parseConll(text: string, goldColumn = true): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let doc: ConllDoc = { sentences: [] };
  let sent: ConllSentence = { lines: [], words: [], gold: [] };
  const endSentence = () => {
    if (sent.words.length > 0) doc.sentences.push(sent);
    sent = { lines: [], words: [], gold: [] };
  };
  const endDoc = () => {
    endSentence();
    if (doc.sentences.length > 0) docs.push(doc);
    doc = { sentences: [] };
  };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      endSentence();
      continue;
    }
    const cols = line.trim().split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      endDoc();
      continue;
    }
    sent.lines.push(line);
    sent.words.push(cols[0]);
    sent.gold.push(goldColumn && cols.length > 1 ? cols[cols.length - 1] : 'O');
  }
  endDoc();
  return docs;
}

/** IOB1 (I- opens an entity unless it continues one of the same type) → IOB2 (B- opens every entity). */
export function toIob2(tags: readonly string[]): string[] {
  const out: string[] = [];
  let prevType = '';
  for (const t of tags) {
    if (t === 'O' || t.length < 3) {
      out.push('O');
      prevType = '';
      continue;
    }
    const type = t.slice(2);
    out.push(t[0] === 'B' || type !== prevType ? `B-${type}` : `I-${type}`);
    prevType = type;
  }
  return out;
}

export interface EntitySpan {
  start: number;
  end: number;
  type: string;
}

/** Entities of an IOB1/IOB2 tag sequence as token ranges (an I- without a B- opens an entity, as conlleval does). */
export function entitySpans(tags: readonly string[]): EntitySpan[] {
  const spans: EntitySpan[] = [];
  let cur: EntitySpan | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? tags[i] : 'O';
    const type = t === 'O' || t.length < 3 ? '' : t.slice(2);
    const continues = cur !== null && type === cur.type && t[0] === 'I';
    if (!continues && cur) {
      cur.end = i;
      spans.push(cur);
      cur = null;
    }
    if (type && !continues) cur = { start: i, end: i + 1, type };
  }
  return spans;
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

/** conlleval: an entity counts only when start, end and type all match. Per type and overall ('ALL'). */
export function scoreEntities(gold: readonly (readonly string[])[], pred: readonly (readonly string[])[]): Map<string, Score> {
  const counts = new Map<string, { g: number; p: number; c: number }>();
  const bump = (type: string, key: 'g' | 'p' | 'c') => {
    for (const k of [type, 'ALL']) {
      let e = counts.get(k);
      if (!e) counts.set(k, (e = { g: 0, p: 0, c: 0 }));
      e[key]++;
    }
  };
  for (let s = 0; s < gold.length; s++) {
    const g = entitySpans(gold[s]);
    const p = entitySpans(pred[s]);
    const gk = new Set(g.map((e) => `${e.start}:${e.end}:${e.type}`));
    for (const e of g) bump(e.type, 'g');
    for (const e of p) {
      bump(e.type, 'p');
      if (gk.has(`${e.start}:${e.end}:${e.type}`)) bump(e.type, 'c');
    }
  }
  const out = new Map<string, Score>();
  if (!counts.has('ALL')) counts.set('ALL', { g: 0, p: 0, c: 0 });
  for (const [k, { g, p, c }] of counts) {
    const precision = p ? c / p : 0;
    const recall = g ? c / g : 0;
    out.set(k, { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, gold: g, predicted: p, correct: c });
  }
  return out;
}

/** Wikigold documents held out of training for evaluation: every 4th one. */
export function isWikigoldHeldOut(docIndex: number): boolean {
  return docIndex % 4 === 3;
}
