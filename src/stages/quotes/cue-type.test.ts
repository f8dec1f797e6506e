import { describe, expect, it } from 'vitest';
import { cueTypeOf } from './cue-type.js';

describe('cue types', () => {
  it('calls a quotation and verbs of saying speech, in any form', () => {
    expect(cueTypeOf(null, 'direct')).toBe('speech');
    expect(cueTypeOf('called', 'direct')).toBe('speech');
    for (const cue of ['said', 'told', 'according to', 'warned', 'criticised', 'admitted', 'went on to say', 'denies', 'arguing']) expect(cueTypeOf(cue, 'indirect')).toBe('speech');
  });

  it('calls beliefs, hopes and fears thought', () => {
    for (const cue of ['believes', 'feared', 'hoping', 'thought', 'seemed']) expect(cueTypeOf(cue, 'indirect')).toBe('thought');
  });

  it('calls acts and stances other, and names are no belief', () => {
    for (const cue of ['nominated', 'declined', 'withdrew', 'known', 'showed']) expect(cueTypeOf(cue, 'indirect')).toBe('other');
    // A mixed content holds a quotation: someone's words.
    expect(cueTypeOf('nominated', 'mixed')).toBe('speech');
  });
});
