import type { AscribeRecord } from '../../record/types.js';
import type { Quantity } from '../../core/layers.js';

const HEDGE_WORDS: Record<Quantity['hedge'], string> = {
  exact: '', approx: 'about ', 'at-least': 'at least ', 'at-most': 'up to ', range: '',
};

function clip(s: string, n = 140): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > n ? flat.slice(0, n - 1) + '…' : flat;
}

/** Six significant digits at most: "two-thirds" reads 0.666667, not 0.666666666666667. */
const num = (x: number | undefined) => (x === undefined || Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(6))));

function figure(n: Quantity): string {
  const amount = n.hedge === 'range' ? `${num(n.low)}–${num(n.high)}` : `${HEDGE_WORDS[n.hedge]}${num(n.value)}`;
  // "10000 dollars (USD)", "100 miles (mi)": the counted word reads first, the unit code after it.
  if (n.unit && n.counted) return `${amount} ${n.counted} (${n.unit})`;
  return `${amount}${n.unit ? ' ' + n.unit : ''} ${n.counted}`.trim();
}

/** A human summary: who said what, figures with hedges and claimants, dates, events. */
export function textSummary(r: AscribeRecord): string {
  const out: string[] = [];
  const names = new Map(r.entities.map((e) => [e.id, e.name]));
  const head = [r.doc.title, r.doc.published && `published ${r.doc.published}`, r.doc.source].filter(Boolean).join(' · ');
  out.push(`# ${r.doc.id}${head ? `  (${head})` : ''}`);

  out.push('', `Entities (${r.entities.length})`);
  for (const e of r.entities) {
    const extra = [e.titles?.length ? e.titles.join('; ') : '', e.aliases?.length ? `also ${e.aliases.join(', ')}` : ''].filter(Boolean).join(' · ');
    out.push(`  ${e.id.padEnd(4)} ${e.type.padEnd(6)} ${e.name} ×${e.mentions.length}${extra ? `  (${extra})` : ''}`);
  }

  out.push('', `Quotes (${r.quotes.length})`);
  for (const q of r.quotes) {
    const who = q.speaker ? q.speaker.name : 'unattributed';
    // Direct quotes carry their own quotation marks; reported speech gets none added.
    // A cue of thought or of an act is marked: "believes" and "called for" are not statements.
    const type = q.cueType && q.cueType !== 'speech' ? `, ${q.cueType}` : '';
    out.push(`  ${q.id.padEnd(4)} ${who}${q.cue ? ` — ${q.cue.text}` : ''} [${q.kind}${type}]: ${clip(q.content.text)}`);
  }

  out.push('', `Figures (${r.quantities.length})`);
  for (const n of r.quantities) {
    const by = n.claimant.kind === 'speaker' ? `claimed by ${n.claimant.name}` : `outlet's own voice${n.claimant.name ? ` (${n.claimant.name})` : ''}`;
    out.push(`  ${n.id.padEnd(4)} ${figure(n)}  [${n.hedge}${n.role ? `, ${n.role}` : ''}]  “${n.span.text}” — ${by}`);
  }

  out.push('', `Dates and times (${r.times.length})`);
  for (const t of r.times) out.push(`  ${t.id.padEnd(4)} ${t.span.text} → ${t.value} (${t.type})`);

  out.push('', `Events (${r.events.length})`);
  for (const v of r.events) {
    const parts = [
      v.time && `when ${v.time}`,
      v.places.length && `where ${v.places.map((p) => names.get(p) ?? p).join(', ')}`,
      v.participants.length && `who ${v.participants.map((p) => `${names.get(p.entity) ?? p.entity} (${p.role})`).join(', ')}`,
      v.quantities.length && `figures ${v.quantities.map((id) => { const n = r.quantities.find((q) => q.id === id); return n ? figure(n) : id; }).join(', ')}`,
    ].filter(Boolean);
    out.push(`  ${v.id.padEnd(4)} ${v.type} “${v.trigger.text}”${parts.length ? ' — ' + parts.join('; ') : ''}`);
  }
  return out.join('\n') + '\n';
}
