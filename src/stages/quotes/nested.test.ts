import { describe, expect, it } from 'vitest';
import type { Range } from '../../core/span.js';
import type { Draft } from './attribute.js';
import { extendLists, keepOuterWhole, splitCoordinated } from './nested.js';

/** The range of the n-th occurrence (0-based) of `s` in `text`. */
function at(text: string, s: string, n = 0): Range {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(s, i + 1);
  if (i < 0) throw new Error(`not found: ${s}`);
  return { start: i, end: i + s.length };
}

function draft(text: string, cue: string, content: string, source: string | null, kind: Draft['kind'] = 'indirect'): Draft {
  return { kind, cue: at(text, cue), content: at(text, content), source: source ? at(text, source) : null, continued: false, paragraph: 0 };
}

const slice = (text: string, r: Range) => text.slice(r.start, r.end);

describe('nested cues: keep the outer attribution whole', () => {
  it('joins an outer subordinate clause cut short at the inner source, and drops the inner attribution', () => {
    const text = 'Prosecutors argued that although Lazar confessed, he showed no remorse and probably will return to hacking.';
    const outer = draft(text, 'argued', 'that although Lazar confessed', 'Prosecutors');
    const inner = draft(text, 'showed', 'no remorse and probably will return to hacking', 'he');
    const out = keepOuterWhole(text, [outer, inner]);
    expect(out).toHaveLength(1);
    expect(slice(text, out[0].content)).toBe('that although Lazar confessed, he showed no remorse and probably will return to hacking');
    expect(slice(text, out[0].source!)).toBe('Prosecutors');
  });

  it('extends an outer content that holds the inner cue to the end of the inner content', () => {
    const text = "Supporters say they will back Stein unless Sanders disavows the endorsement he gave Clinton.";
    const outer = draft(text, 'say', 'they will back Stein unless Sanders disavows the', 'Supporters');
    const inner = draft(text, 'disavows', 'the endorsement he gave Clinton', 'Sanders');
    const out = keepOuterWhole(text, [outer, inner]);
    expect(out.map((d) => slice(text, d.content))).toEqual(['they will back Stein unless Sanders disavows the endorsement he gave Clinton']);
  });

  it('leaves two attributions apart when the first content is a whole clause ("While X praised Y, Z said …")', () => {
    const text = 'While he praised the evangelical community for supporting him, he said the race was close.';
    const first = draft(text, 'praised', 'the evangelical community for supporting him', 'he');
    const second = draft(text, 'said', 'the race was close', 'he');
    second.source = at(text, 'he', 1);
    expect(keepOuterWhole(text, [first, second])).toHaveLength(2);
    expect(slice(text, first.content)).toBe('the evangelical community for supporting him');
  });

  it('does not join across a sentence end', () => {
    const text = 'She argued that although it failed. He showed no remorse at all.';
    const outer = draft(text, 'argued', 'that although it failed', 'She');
    const inner = draft(text, 'showed', 'no remorse at all', 'He');
    expect(keepOuterWhole(text, [outer, inner])).toHaveLength(2);
  });
});

describe('coordinated cues inside a content', () => {
  it('ends the first content before "and" and gives the second cue its source', () => {
    const text = 'Strategists said that Clinton has missed a chance and said that turnout will fall.';
    const first = draft(text, 'said', 'that Clinton has missed a chance and said that turnout will fall', 'Strategists');
    const second: Draft = { ...draft(text, 'said', 'that turnout will fall', null), cue: at(text, 'said', 1) };
    splitCoordinated(text, [first, second]);
    expect(slice(text, first.content)).toBe('that Clinton has missed a chance');
    expect(slice(text, second.source!)).toBe('Strategists');
  });

  it('splits only at a strong cue word ("sharp and relentless attacks" stays whole)', () => {
    const text = 'He vowed to rally Republicans with sharp and relentless attacks on Clinton.';
    const first = draft(text, 'vowed', 'to rally Republicans with sharp and relentless attacks on Clinton', 'He');
    const second = draft(text, 'relentless', 'attacks on Clinton', null);
    splitCoordinated(text, [first, second]);
    expect(slice(text, first.content)).toBe('to rally Republicans with sharp and relentless attacks on Clinton');
  });
});

describe('list tails', () => {
  it('takes in the rest of a list the content stopped at', () => {
    const text = 'The bill seeks sanctions over its missile program, human rights violations and support for terrorism. Next.';
    const d = draft(text, 'seeks', 'sanctions over its missile program', 'The bill');
    extendLists(text, [d]);
    expect(slice(text, d.content)).toBe('sanctions over its missile program, human rights violations and support for terrorism');
  });

  it('does not take in a clause with a cue of its own or a long tail', () => {
    const text = 'He backs the plan, and officials said it will pass. She backs the plan, which the council, after a long and heated debate over many weeks, passed.';
    const a = draft(text, 'backs', 'the plan', 'He');
    const b: Draft = { ...draft(text, 'backs', 'the plan', 'She'), cue: at(text, 'backs', 1), content: at(text, 'the plan', 1) };
    extendLists(text, [a, b]);
    expect(slice(text, a.content)).toBe('the plan');
    expect(slice(text, b.content)).toBe('the plan');
  });
});
