/**
 * The ledger chart: each source's figures over time, as inline SVG. x = the report's date,
 * y = the figure (a range as a vertical bar from low to high), one colour per role. Points are
 * never joined across sources: the chart shows disagreement, it does not draw a trend.
 */
import type { Ledger } from '../corpus/ledger.js';

const NS = 'http://www.w3.org/2000/svg';
const COLORS = ['#c0392b', '#2471a3', '#7d3c98', '#b9770e', '#1e8449', '#5d6d7e', '#a04000', '#117a65'];

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, text?: string): SVGElementTagNameMap[K] {
  const n = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
  if (text !== undefined) n.textContent = text;
  return n;
}

const day = (s: string) => Date.parse(s.slice(0, 10)) / 86_400_000;

export function ledgerChart(l: Ledger, width = 720, height = 300): SVGSVGElement | null {
  const pts: Array<{ x: number; lo: number; hi: number; v: number; role: string; label: string }> = [];
  for (const s of l.sources) {
    if (!s.published || Number.isNaN(day(s.published))) continue;
    for (const f of s.figures) {
      pts.push({ x: day(s.published), lo: f.low ?? f.value, hi: f.high ?? f.value, v: f.value, role: f.role, label: `${s.outlet ?? s.doc} (${s.published}): ${f.role} ${f.text} — ${f.claimant}` });
    }
  }
  if (pts.length === 0) return null;
  const roles = [...new Set(pts.map((p) => p.role))];
  const pad = { l: 56, r: 16, t: 16, b: 40 };
  let x0 = Math.min(...pts.map((p) => p.x));
  let x1 = Math.max(...pts.map((p) => p.x));
  if (x1 - x0 < 2) (x0 -= 1, x1 += 1);
  const yMax = Math.max(1, ...pts.map((p) => p.hi)) * 1.1;
  const X = (x: number) => pad.l + ((x - x0) / (x1 - x0)) * (width - pad.l - pad.r);
  const Y = (y: number) => height - pad.b - (y / yMax) * (height - pad.t - pad.b);
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, class: 'chart', role: 'img', 'aria-label': 'figures reported by each source over time' });
  root.appendChild(svg('line', { x1: pad.l, y1: Y(0), x2: width - pad.r, y2: Y(0), class: 'axis' }));
  root.appendChild(svg('line', { x1: pad.l, y1: pad.t, x2: pad.l, y2: Y(0), class: 'axis' }));
  for (let k = 0; k <= 4; k++) {
    const v = (yMax / 1.1) * (k / 4);
    root.appendChild(svg('text', { x: pad.l - 6, y: Y(v) + 4, class: 'tick', 'text-anchor': 'end' }, Math.round(v).toLocaleString('en-US')));
  }
  const dates = [...new Set(pts.map((p) => p.x))];
  for (const d of dates) {
    root.appendChild(svg('text', { x: X(d), y: height - pad.b + 16, class: 'tick', 'text-anchor': 'middle' }, new Date(d * 86_400_000).toISOString().slice(0, 10)));
  }
  // Figures from one date spread sideways a little so none hides another.
  const seen = new Map<number, number>();
  for (const p of pts) {
    const k = seen.get(p.x) ?? 0;
    seen.set(p.x, k + 1);
    const cx = X(p.x) + (k % 2 ? 1 : -1) * Math.ceil(k / 2) * 7;
    const color = COLORS[roles.indexOf(p.role) % COLORS.length];
    const g = svg('g', { class: 'point' });
    if (p.hi > p.lo) g.appendChild(svg('line', { x1: cx, x2: cx, y1: Y(p.lo), y2: Y(p.hi), stroke: color, 'stroke-width': 3 }));
    g.appendChild(svg('circle', { cx, cy: Y(p.v), r: 5, fill: color }));
    g.appendChild(svg('title', {}, p.label));
    root.appendChild(g);
  }
  roles.forEach((r, i) => {
    root.appendChild(svg('rect', { x: pad.l + 10 + i * 110, y: height - 14, width: 10, height: 10, fill: COLORS[i % COLORS.length] }));
    root.appendChild(svg('text', { x: pad.l + 24 + i * 110, y: height - 5, class: 'tick' }, r));
  });
  return root;
}
