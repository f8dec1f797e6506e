import { describe, expect, it } from 'vitest';
import type { Draft } from './attribute.js';
import { claimsNothing, cleanedSource, lonePronoun } from './narration.js';

/** A draft whose cue, content and source are the first occurrences of those strings in `text`. */
function draft(text: string, cue: string, content: string, source: string | null, kind: Draft['kind'] = 'indirect'): Draft {
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  return { kind, cue: at(cue), content: at(content), source: source ? at(source) : null, continued: false, paragraph: 0 };
}

describe('drafts that claim nothing', () => {
  it('drops reported speech on a rare cue word with no source, keeps it on a common one', () => {
    const text = 'He was awarded the Order of the Sun. It was reported the plant had closed.';
    expect(claimsNothing(text, draft(text, 'awarded', 'the Order of the Sun', null))).toBe(true);
    expect(claimsNothing(text, draft(text, 'reported', 'the plant had closed', null))).toBe(false);
  });

  it('drops a question\'s inverted subject as a source', () => {
    const text = 'How does it compare to the styles of other leaders? She does it compare.';
    expect(claimsNothing(text, draft(text, 'compare', 'to the styles of other leaders', 'does it'))).toBe(true);
  });

  it('reads a function word the tagger took for a source as no source', () => {
    const text = 'We met to discuss the harms of the law.';
    expect(cleanedSource(text, draft(text, 'discuss', 'the harms of the law', 'to')).source).toBeNull();
    const named = 'Officials met to discuss the law.';
    expect(cleanedSource(named, draft(named, 'discuss', 'the law', 'Officials')).source).not.toBeNull();
  });

  it('leaves an opening sentence adverb out of a source', () => {
    const text = 'Previously you had mentioned the plan.';
    const d = cleanedSource(text, draft(text, 'mentioned', 'the plan', 'Previously you'));
    expect(text.slice(d.source!.start, d.source!.end)).toBe('you');
    const name = 'Kelly Smith said it.';
    expect(cleanedSource(name, draft(name, 'said', 'it', 'Kelly Smith')).source).toEqual({ start: 0, end: 11 });
  });

  it('reads the subject of "for X to say"', () => {
    const text = 'It is too easy for people to say it.';
    const d = cleanedSource(text, draft(text, 'say', 'it.', 'It is too easy for people to'));
    expect(text.slice(d.source!.start, d.source!.end)).toBe('people');
  });

  it('leaves adverbs at either end out of a source, not a noun in -ly', () => {
    const text = 'Obviously we surely said it. The family said it.';
    const d = cleanedSource(text, draft(text, 'said', 'it', 'Obviously we surely'));
    expect(text.slice(d.source!.start, d.source!.end)).toBe('we');
    const fam = cleanedSource(text, { ...draft(text, 'said', 'it', 'The family') });
    expect(text.slice(fam.source!.start, fam.source!.end)).toBe('The family');
  });

  it('reads "is it safe to conclude" as a question', () => {
    const text = 'So, is it safe to conclude that it is hot?';
    expect(claimsNothing(text, draft(text, 'conclude', 'that it is hot', 'is it safe to'))).toBe(true);
  });

  it('reads an interviewer\'s request opening a sentence as no claim', () => {
    const text = '((WN)) Tell me about your best tournament. She will tell me about it.';
    expect(claimsNothing(text, draft(text, 'Tell', 'your best tournament', 'WN'))).toBe(true);
    const later = { ...draft(text, 'tell', 'it', 'She'), cue: { start: text.indexOf('tell me'), end: text.indexOf('tell me') + 4 } };
    expect(claimsNothing(text, later)).toBe(false);
  });
});

describe('the terms of speaking', () => {
  it('takes "asked not to be named" and "requested anonymity" for no claim', () => {
    const t1 = 'A ministry official, who asked not to be named, said the figures were false.';
    expect(claimsNothing(t1, draft(t1, 'asked', 'not to be named', 'who'))).toBe(true);
    const t2 = 'The official requested anonymity to discuss internal deliberations.';
    expect(claimsNothing(t2, draft(t2, 'requested', 'anonymity to discuss internal deliberations', 'The official'))).toBe(true);
    expect(claimsNothing(t1, draft(t1, 'said', 'the figures were false', 'A ministry official'))).toBe(false);
  });
});

describe('lone pronouns', () => {
  it('drops a content that is a lone pronoun, not one that holds a pronoun', () => {
    const t = 'He was nominated to the Supreme Court in 1975.';
    expect(lonePronoun(t, draft(t, 'nominated', 'He', null))).toBe(true);
    expect(lonePronoun(t, draft(t, 'nominated', 'to the Supreme Court in 1975', null))).toBe(false);
  });
});

describe('a fall, not a refusal', () => {
  it('takes "declined 40%" for no claim, "declined to comment" for one', () => {
    const t = 'The population has declined 40% since 1987.';
    expect(claimsNothing(t, draft(t, 'declined', '40% since 1987', 'The population'))).toBe(true);
    const u = 'The minister declined to comment on the figures.';
    expect(claimsNothing(u, draft(u, 'declined', 'to comment on the figures', 'The minister'))).toBe(false);
  });
});

describe('fillers', () => {
  it('takes "you know," for no report', () => {
    const t = 'We need, you know, laws that protect people.';
    expect(claimsNothing(t, draft(t, 'know', 'laws that protect people', 'you'))).toBe(true);
    const u = 'You know that the law protects people.';
    expect(claimsNothing(u, draft(u, 'know', 'that the law protects people', 'You'))).toBe(false);
  });
});

describe('titles', () => {
  it('takes a title-case quotation after "film", "book", "titled" for a name, not a quotation', () => {
    const t = 'The film "Gone with the Wind" was shown at the festival.';
    expect(claimsNothing(t, draft(t, 'shown', '"Gone with the Wind"', null, 'direct'))).toBe(true);
    const u = 'The minister said "We Will Win" at the rally.';
    expect(claimsNothing(u, draft(u, 'said', '"We Will Win"', 'The minister', 'direct'))).toBe(false);
  });
});

describe('armed acts', () => {
  it('takes "attacked the town" for an act, "attacked the plan" for words', () => {
    const t = 'The rebel forces attacked the town at dawn and fired at a convoy of trucks.';
    expect(claimsNothing(t, draft(t, 'attacked', 'the town', 'The rebel forces'))).toBe(true);
    expect(claimsNothing(t, draft(t, 'fired', 'at a convoy of trucks', 'The rebel forces'))).toBe(true);
    const u = 'Militants fired at the convoy. The senator attacked the plan as reckless.';
    expect(claimsNothing(u, draft(u, 'fired', 'at the convoy', 'Militants'))).toBe(true);
    expect(claimsNothing(u, draft(u, 'attacked', 'the plan as reckless', 'The senator'))).toBe(false);
    const w = 'Critics attacked the decision to close two schools.';
    expect(claimsNothing(w, draft(w, 'attacked', 'the decision to close two schools', 'Critics'))).toBe(false);
  });
});

describe('requests for comment', () => {
  it('takes "did not respond to a request for comment" for no claim, keeps what was said in reply', () => {
    const t = 'The army did not respond to a request for comment.';
    expect(claimsNothing(t, draft(t, 'respond', 'a request for comment', 'The army'))).toBe(true);
    const u = 'The army replied to a request for comment that no civilians had been hit.';
    expect(claimsNothing(u, draft(u, 'replied', 'that no civilians had been hit', 'The army'))).toBe(false);
    const w = 'The army responded to a request for comment by denying the strike.';
    expect(claimsNothing(w, draft(w, 'responded', 'to a request for comment by denying the strike', 'The army'))).toBe(false);
  });
});
