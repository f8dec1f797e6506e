import { describe, expect, it } from 'vitest';
import { makeDoc, withLayer, type Doc } from '../../core/doc.js';
import type { EntityType, Event, Mention, Quantity, Quote, Timex, TimexType } from '../../core/layers.js';
import { span } from '../../core/span.js';
import { normalizeText } from '../normalize/index.js';
import { segmentText } from '../segment/index.js';
import { events, findEvents } from './index.js';

// Hand-made upstream layers: each annotation names a substring (and which occurrence of it).
type M = [text: string, type: EntityType, entity: string, nth?: number, form?: Mention['form']];
type T = [text: string, type: TimexType, value: string, nth?: number];
type Q = [text: string, role: string | undefined, id: string, partOf?: string];

function at(text: string, needle: string, nth = 0): number {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`fixture: "${needle}" not in text`);
  }
  return i;
}

/** A quote's source phrase and cue, as the quotes stage would give them; the content is the text before the source. */
type S = [source: string, cue: string];

function docOf(raw: string, a: { m?: M[]; t?: T[]; q?: Q[]; s?: S[] } = {}): Doc {
  const text = normalizeText(raw);
  let doc = makeDoc(raw, { id: 'test', lang: 'en', published: '2021-03-04' });
  doc = withLayer(doc, 'normalize', { text });
  doc = withLayer(doc, 'segment', segmentText(text));
  const mentions: Mention[] = (a.m ?? []).map(([s, type, entity, nth, form]) => {
    const i = at(text, s, nth);
    return { ...span(text, i, i + s.length), type, entity, form: form ?? 'name' };
  });
  mentions.sort((x, y) => x.start - y.start);
  const ids = [...new Set(mentions.map((m) => m.entity))];
  doc = withLayer(doc, 'entities', {
    entities: ids.map((id) => {
      const ms = mentions.filter((m) => m.entity === id);
      return { id, type: ms[0].type, name: ms[0].text, mentions: ms.map((m) => span(text, m.start, m.end)) };
    }),
    mentions,
  });
  const times: Timex[] = (a.t ?? []).map(([s, type, value, nth], k) => {
    const i = at(text, s, nth);
    return { id: `t${k + 1}`, span: span(text, i, i + s.length), type, value };
  });
  doc = withLayer(doc, 'times', times);
  doc = withLayer(doc, 'quotes', (a.s ?? []).map(([src, cue], k): Quote => {
    const i = at(text, src);
    const c = at(text, cue, 0);
    return { id: `q${k + 1}`, kind: 'indirect', content: span(text, 0, i), cue: span(text, c, c + cue.length), speaker: { name: src, entity: null, mention: span(text, i, i + src.length) } };
  }));
  const quantities: Quantity[] = (a.q ?? []).map(([s, role, id, partOf]) => {
    const i = at(text, s);
    const q: Quantity = { id, span: span(text, i, i + s.length), value: Number.parseFloat(s.replace(/,/g, '')) || 0, hedge: 'exact', counted: 'people', claimant: { kind: 'outlet', name: null } };
    if (role) q.role = role;
    if (partOf) q.partOf = partOf;
    return q;
  });
  return withLayer(doc, 'quantities', quantities);
}

function only(evs: Event[], type: string): Event {
  const found = evs.filter((e) => e.type === type);
  expect(found, `one ${type} event in ${JSON.stringify(evs.map((e) => e.type))}`).toHaveLength(1);
  return found[0];
}

function checkOffsets(doc: Doc, evs: Event[]): void {
  const text = doc.layers.normalize!.text;
  for (const e of evs) expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
}

describe('event types', () => {
  const cases: [string, string, string][] = [
    ['Rebels attacked the garrison in Tobrin on Monday.', 'attack', 'attacked'],
    ['Gunmen opened fire on a bus near Tobrin on Monday.', 'attack', 'opened fire'],
    ['Soldiers shot dead two farmers near Tobrin on Monday.', 'killing', 'shot dead'],
    ['Three guards were wounded in Tobrin on Monday.', 'wounding', 'wounded'],
    ['Militants took 40 workers hostage in Tobrin on Monday.', 'hostage-taking', 'took'],
    ['Thousands of residents fled Tobrin on Monday.', 'displacement', 'fled'],
    ['Police arrested the mayor of Tobrin on Monday.', 'arrest', 'arrested'],
    ['The army seized the airport in Tobrin on Monday.', 'occupation', 'seized'],
    ['Fighting in Tobrin resumed on Monday.', 'conflict', 'Fighting'],
    ['Parliament in Tobrin recognised the killings as genocide on Monday.', 'recognition', 'recognised'],
    ['Students held a protest in Tobrin on Monday.', 'protest', 'protest'],
    ['Voters in Tobrin went to the polls for a runoff on Monday.', 'election', 'runoff'],
    ['The two leaders held a summit in Tobrin on Monday.', 'meeting', 'summit'],
    ['A freight train derailed near Tobrin on Monday.', 'accident', 'derailed'],
    ['An earthquake shook Tobrin on Monday.', 'disaster', 'earthquake'],
    ['A court in Tobrin convicted the former minister on Monday.', 'trial', 'convicted'],
    ['A judge in Tobrin sentenced the colonel on Monday.', 'sentencing', 'sentenced'],
    ['A ceasefire took effect in Tobrin on Monday.', 'ceasefire', 'ceasefire'],
    ['The parties signed a peace deal in Tobrin on Monday.', 'agreement', 'peace deal'],
  ];
  for (const [sentence, type, trigger] of cases) {
    it(`${type}: ${sentence}`, () => {
      const doc = docOf(sentence, { m: [['Tobrin', 'GPE', 'e1']], t: [['Monday', 'DATE', '2021-03-01']] });
      const evs = findEvents(doc);
      const e = only(evs, type);
      expect(e.trigger.text).toBe(trigger);
      expect(e.time).toBe('2021-03-01');
      checkOffsets(doc, evs);
    });
  }

  it('reads "attack" as a noun after a determiner and as a verb after a modal', () => {
    const noun = findEvents(docOf('The attack on Tobrin began at dawn on Monday.', { m: [['Tobrin', 'GPE', 'e1']], t: [['Monday', 'DATE', '2021-03-01']] }));
    expect(only(noun, 'attack').participants).toEqual([{ entity: 'e1', role: 'patient' }]);
    const future = findEvents(docOf('Rebels will attack Tobrin on Monday.', { m: [['Tobrin', 'GPE', 'e1']], t: [['Monday', 'DATE', '2021-03-01']] }));
    expect(future).toEqual([]);
  });

  it('calls a weapon explosion an attack and a gas explosion an accident', () => {
    const t: T[] = [['Friday', 'DATE', '2021-03-05']];
    const m: M[] = [['Tobrin', 'GPE', 'e1']];
    expect(findEvents(docOf('A bomb explosion hit a market in Tobrin on Friday.', { m, t }))[0].type).toBe('attack');
    expect(findEvents(docOf('A gas explosion hit a market in Tobrin on Friday.', { m, t }))[0].type).toBe('accident');
  });
});

describe('what is not an event', () => {
  const m: M[] = [['Tobrin', 'GPE', 'e1']];
  it('skips negated and hypothetical triggers', () => {
    expect(findEvents(docOf('Troops did not attack Tobrin.', { m }))).toEqual([]);
    expect(findEvents(docOf('There were no deaths in Tobrin.', { m }))).toEqual([]);
    expect(findEvents(docOf('Officials warned of the threat of war in Tobrin.', { m }))).toEqual([]);
    expect(findEvents(docOf('The militia plans to kill the hostages in Tobrin.', { m }))).toEqual([]);
  });

  it('keeps a hedged but reported event ("may have been killed")', () => {
    const evs = findEvents(docOf('Dozens may have been killed in Tobrin.', { m }));
    expect(only(evs, 'killing').places).toEqual(['e1']);
  });

  it('keeps scheduled civic events in the future', () => {
    const evs = findEvents(docOf('The leaders will meet in Tobrin next week.', { m, t: [['next week', 'DATE', '2021-W10']] }));
    expect(only(evs, 'meeting').time).toBe('2021-W10');
  });

  it('skips a trigger with no time, place, participant or figure', () => {
    expect(findEvents(docOf('Perpetrators of the massacre must face justice.'))).toEqual([]);
  });

  it('skips a trigger inside a short quoted slogan with no figure', () => {
    expect(findEvents(docOf('Marchers in Tobrin chanted “Stop the war!” for an hour.', { m }))).toEqual([]);
  });

  it('skips a trigger word inside an organisation name', () => {
    const evs = findEvents(docOf('The War Crimes Tribunal sits in Tobrin.', { m: [...m, ['War Crimes Tribunal', 'ORG', 'e2']] }));
    expect(evs).toEqual([]);
  });

  it('makes one event of two words of one type ("killed and massacred")', () => {
    const evs = findEvents(docOf('Raiders killed and massacred villagers in Tobrin.', { m }));
    expect(evs.map((e) => e.trigger.text)).toEqual(['killed']);
  });

  it('does not make an attack of the verb an event noun takes ("an earthquake struck X"), whose object is its place', () => {
    const evs = findEvents(docOf('An earthquake struck Tobrin.', { m }));
    expect(evs.map((e) => [e.type, e.places])).toEqual([['disaster', ['e1']]]);
  });

  it('does not repeat an event for a later noun that adds nothing', () => {
    const evs = findEvents(docOf('The Tobrin massacre shocked the region. Survivors of the Tobrin massacre testified.', { m: [['Tobrin', 'GPE', 'e1'], ['Tobrin', 'GPE', 'e1', 1]] }));
    expect(evs).toHaveLength(1);
    expect(evs[0].places).toEqual(['e1']);
  });
});

describe('time', () => {
  it('takes the nearest calendar timex in the sentence over a vague one', () => {
    const evs = findEvents(docOf('Now officials say troops shelled Tobrin on 3 May 1999.', {
      m: [['Tobrin', 'GPE', 'e1']],
      t: [['Now', 'DATE', 'PRESENT_REF'], ['3 May 1999', 'DATE', '1999-05-03']],
    }));
    expect(only(evs, 'attack').time).toBe('1999-05-03');
  });

  it('ignores durations', () => {
    const evs = findEvents(docOf('Troops shelled Tobrin for three days.', { m: [['Tobrin', 'GPE', 'e1']], t: [['three days', 'DURATION', 'P3D']] }));
    expect(only(evs, 'attack').time).toBeUndefined();
  });

  it('inherits the date of a continued story within the paragraph', () => {
    const raw =
      'On 3 May 1999, militia units killed 80 villagers in Tobrin. Twelve houses were burned and 30 men were abducted. ' +
      'Dozens more were wounded.\n\nIn the capital, 200 students were arrested.';
    const doc = docOf(raw, {
      m: [['Tobrin', 'GPE', 'e1']],
      t: [['3 May 1999', 'DATE', '1999-05-03']],
      q: [['80 villagers', 'killed', 'q1'], ['30 men', 'abducted', 'q2'], ['200 students', 'arrested', 'q3']],
    });
    const evs = findEvents(doc);
    expect(only(evs, 'killing').time).toBe('1999-05-03');
    expect(only(evs, 'hostage-taking')).toMatchObject({ time: '1999-05-03', quantities: ['q2'] });
    expect(only(evs, 'wounding').time).toBe('1999-05-03');
    // A new paragraph starts a new story.
    expect(only(evs, 'arrest').time).toBeUndefined();
    checkOffsets(doc, evs);
  });

  it('carries the place of a continued story within the paragraph, up to another place', () => {
    const raw = 'Militia units killed 80 villagers in Tobrin. Thirty men were abducted. In Velna, 12 houses were burned.\n\nDozens were wounded.';
    const doc = docOf(raw, {
      m: [['Tobrin', 'GPE', 'e1'], ['Velna', 'GPE', 'e2']],
      q: [['80 villagers', 'killed', 'q1'], ['Thirty men', 'abducted', 'q2']],
    });
    const evs = findEvents(doc);
    expect(only(evs, 'killing').places).toEqual(['e1']);
    expect(only(evs, 'hostage-taking').places).toEqual(['e1']);
    expect(evs.filter((e) => e.type === 'wounding').every((e) => e.places.length === 0)).toBe(true);
    checkOffsets(doc, evs);
  });

  it('does not carry an incident date to a later political act or a present-tense sentence', () => {
    const raw = 'In 1994 soldiers killed 90 civilians in Tobrin. Ten states have since recognized the killings as genocide. Families still flee Tobrin.';
    const evs = findEvents(docOf(raw, {
      m: [['Tobrin', 'GPE', 'e1'], ['Tobrin', 'GPE', 'e1', 1]],
      t: [['1994', 'DATE', '1994']],
      q: [['90 civilians', 'killed', 'q1'], ['Ten states', 'recognized', 'q2']],
    }));
    expect(only(evs, 'killing').time).toBe('1994');
    expect(only(evs, 'recognition')).toMatchObject({ quantities: ['q2'] });
    expect(only(evs, 'recognition').time).toBeUndefined();
    expect(only(evs, 'displacement').time).toBeUndefined();
  });

  it('does not inherit across a sentence with a timex of its own', () => {
    const raw = 'In March troops attacked Tobrin. By 2010 the town had been rebuilt. Many were killed in Tobrin.';
    const evs = findEvents(docOf(raw, {
      m: [['Tobrin', 'GPE', 'e1'], ['Tobrin', 'GPE', 'e1', 1]],
      t: [['March', 'DATE', 'XXXX-03'], ['2010', 'DATE', '2010']],
    }));
    expect(only(evs, 'killing').time).toBeUndefined();
  });
});

describe('places', () => {
  it('prefers places after in/at/near/outside, in every coordinated place', () => {
    const evs = findEvents(docOf('Kardan forces shelled villages in Tobrin and Velka on Monday.', {
      m: [['Kardan', 'NORP', 'n1'], ['Tobrin', 'GPE', 'e1'], ['Velka', 'GPE', 'e2']],
      t: [['Monday', 'DATE', '2021-03-01']],
    }));
    expect(only(evs, 'attack').places).toEqual(['e1', 'e2']);
  });

  it('takes a sentence-initial place phrase and looks past a place noun ("the French capital Paris")', () => {
    const m: M[] = [['Tobrin', 'GPE', 'e1']];
    expect(only(findEvents(docOf('In Tobrin, gunmen killed two guards.', { m })), 'killing').places).toEqual(['e1']);
    const evs = findEvents(docOf('The roof of a church in the Velkan capital Tobrin caught fire.', { m }));
    expect(only(evs, 'disaster')).toMatchObject({ places: ['e1'], participants: [] });
  });

  it('does not take the place that describes the subject', () => {
    const evs = findEvents(docOf('Troops stationed in Velka ambushed a convoy fleeing Tobrin on Monday.', {
      m: [['Velka', 'GPE', 'e2'], ['Tobrin', 'GPE', 'e1']],
      t: [['Monday', 'DATE', '2021-03-01']],
    }));
    // Velka describes the troops; the convoy's origin is the nearest place the text gives.
    expect(only(evs, 'attack').places).toEqual(['e1']);
    expect(only(evs, 'displacement').places).toEqual(['e1']);
  });

  it('takes the place a massacre is named after, and the place an occupation acts on', () => {
    const evs = findEvents(docOf('Survivors recalled the Tobrin massacre. In 1993 the army occupied Velka.', {
      m: [['Tobrin', 'GPE', 'e1'], ['Velka', 'GPE', 'e2']],
      t: [['1993', 'DATE', '1993']],
    }));
    expect(only(evs, 'killing').places).toEqual(['e1']);
    expect(only(evs, 'occupation')).toMatchObject({ places: ['e2'], participants: [{ entity: 'e2', role: 'patient' }] });
  });
});

describe('participants', () => {
  it('finds the agent before an active verb and the victim after it', () => {
    const evs = findEvents(docOf('The Northern Front executed Mara Velic in Tobrin.', {
      m: [['Northern Front', 'ORG', 'o1'], ['Mara Velic', 'PERSON', 'p1'], ['Tobrin', 'GPE', 'e1']],
    }));
    expect(only(evs, 'killing').participants).toEqual([
      { entity: 'o1', role: 'agent' },
      { entity: 'p1', role: 'victim' },
    ]);
  });

  it('swaps roles in the passive, with "by X" as agent', () => {
    const evs = findEvents(docOf('Mara Velic was abducted by the Northern Front.', {
      m: [['Mara Velic', 'PERSON', 'p1'], ['Northern Front', 'ORG', 'o1']],
    }));
    expect(only(evs, 'hostage-taking').participants).toEqual([
      { entity: 'p1', role: 'victim' },
      { entity: 'o1', role: 'agent' },
    ]);
  });

  it('skips prepositional phrases when looking for the subject, and shares it across "and"', () => {
    const raw = 'The Kardan army, together with units of the Northern Front, ambushed and killed 40 Velic villagers.';
    const evs = findEvents(docOf(raw, {
      m: [['Kardan', 'NORP', 'n1'], ['Northern Front', 'ORG', 'o1'], ['Velic', 'NORP', 'n2']],
      q: [['40 Velic villagers', 'killed', 'q1']],
    }));
    const attack = only(evs, 'attack');
    const killing = only(evs, 'killing');
    expect(attack.participants[0]).toEqual({ entity: 'n1', role: 'agent' });
    expect(killing.participants[0]).toEqual({ entity: 'n1', role: 'agent' });
    expect(killing.participants).toContainEqual({ entity: 'n2', role: 'victim' });
    expect(attack.participants).toContainEqual({ entity: 'n2', role: 'patient' });
    expect(killing.quantities).toEqual(['q1']);
    expect(attack.quantities).toEqual([]);
  });

  it('reads agents of event nouns from "X\'s", a premodifier, and "committed by X"', () => {
    const v: M[] = [['Velka', 'GPE', 'e2']];
    expect(only(findEvents(docOf('Velka’s offensive stalled.', { m: v })), 'attack').participants).toEqual([{ entity: 'e2', role: 'agent' }]);
    const k: M[] = [['Kardan', 'NORP', 'n1']];
    expect(only(findEvents(docOf('A Kardan raid followed.', { m: k })), 'attack').participants).toEqual([{ entity: 'n1', role: 'agent' }]);
    expect(only(findEvents(docOf('The massacre committed by Velka was denied.', { m: v })), 'killing').participants).toEqual([{ entity: 'e2', role: 'agent' }]);
  });

  it('shares the subject across coordinated verb phrases and prefers the name a modifier qualifies', () => {
    const evs = findEvents(docOf('Mara Velic shot Ivo Dran and injured three others.', {
      m: [['Mara Velic', 'PERSON', 'p1'], ['Ivo Dran', 'PERSON', 'p2']],
    }));
    expect(only(evs, 'wounding').participants).toEqual([{ entity: 'p1', role: 'agent' }]);
    const s = findEvents(docOf('A judge sentenced Tobrin man Ivo Dran to life.', { m: [['Tobrin', 'GPE', 'e1'], ['Ivo Dran', 'PERSON', 'p2']] }));
    expect(only(s, 'sentencing').participants).toEqual([{ entity: 'p2', role: 'patient' }]);
  });

  it('makes the subject of "died" or "fled" undergo the event', () => {
    const evs = findEvents(docOf('Ivo Dran died in Tobrin.', { m: [['Ivo Dran', 'PERSON', 'p2'], ['Tobrin', 'GPE', 'e1']] }));
    expect(only(evs, 'killing').participants).toEqual([{ entity: 'p2', role: 'victim' }]);
  });

  it('reads a possessive before an arrest as who was arrested', () => {
    const evs = findEvents(docOf('After Ivo Dran’s arrest, protests spread.', { m: [['Ivo Dran', 'PERSON', 'p2']] }));
    expect(only(evs, 'arrest').participants).toEqual([{ entity: 'p2', role: 'patient' }]);
  });

  it('takes the antecedent of "who" as the subject', () => {
    const evs = findEvents(docOf('Officials named Mara Velic, who kidnapped the envoy.', { m: [['Mara Velic', 'PERSON', 'p1']] }));
    expect(only(evs, 'hostage-taking').participants).toEqual([{ entity: 'p1', role: 'agent' }]);
  });

  it('makes both sides of a war or meeting participants', () => {
    const evs = findEvents(docOf('The war between Velka and Tobrin lasted until 1994.', {
      m: [['Velka', 'GPE', 'e2'], ['Tobrin', 'GPE', 'e1']],
      t: [['1994', 'DATE', '1994']],
    }));
    expect(only(evs, 'conflict')).toMatchObject({
      time: '1994',
      participants: [{ entity: 'e2', role: 'participant' }, { entity: 'e1', role: 'participant' }],
    });
  });

  it('does not take the subject of a speech verb as agent', () => {
    const evs = findEvents(docOf('Mara Velic said that gunmen killed two guards in Tobrin.', {
      m: [['Mara Velic', 'PERSON', 'p1'], ['Tobrin', 'GPE', 'e1']],
    }));
    expect(only(evs, 'killing').participants).toEqual([]);
    expect(only(evs, 'killing').places).toEqual(['e1']);
  });
});

describe('figures', () => {
  it('links figures by role, subsets following their total, and casualties to the attack when nothing killed', () => {
    const raw =
      'Gunmen killed 52 people, including 11 children, and wounded 30 in Tobrin on Friday. ' +
      'On Sunday a car bomb in Velka left 9 dead.';
    const doc = docOf(raw, {
      m: [['Tobrin', 'GPE', 'e1'], ['Velka', 'GPE', 'e2']],
      t: [['Friday', 'DATE', '2021-03-05'], ['Sunday', 'DATE', '2021-03-07']],
      q: [['52 people', 'killed', 'q1'], ['11 children', undefined, 'q2', 'q1'], ['30', 'wounded', 'q3'], ['9 dead', 'killed', 'q4']],
    });
    const evs = findEvents(doc);
    expect(only(evs, 'killing').quantities).toEqual(['q1', 'q2']);
    expect(only(evs, 'wounding').quantities).toEqual(['q3']);
    expect(only(evs, 'attack')).toMatchObject({ quantities: ['q4'], places: ['e2'], time: '2021-03-07' });
    checkOffsets(doc, evs);
  });

  it('numbers events v1, v2, … in text order', () => {
    const evs = findEvents(docOf('Troops attacked Tobrin. Rebels fled Tobrin. Police arrested Mara Velic.', {
      m: [['Tobrin', 'GPE', 'e1'], ['Tobrin', 'GPE', 'e1', 1], ['Mara Velic', 'PERSON', 'p1']],
    }));
    expect(evs.map((e) => [e.id, e.type])).toEqual([['v1', 'attack'], ['v2', 'displacement'], ['v3', 'arrest']]);
    for (let i = 1; i < evs.length; i++) expect(evs[i].trigger.start).toBeGreaterThan(evs[i - 1].trigger.start);
  });
});

describe('robustness', () => {
  it('keeps offsets exact around emoji and combining marks', () => {
    const raw = '🔥🔥 Cafe\u0301 owners 👩‍👩‍👧 say troops attacked Tobrin 🇺🇦 on Monday, and 5 were killed.';
    const doc = docOf(raw, { m: [['Tobrin', 'GPE', 'e1']], t: [['Monday', 'DATE', '2021-03-01']], q: [['5', 'killed', 'q1']] });
    const evs = findEvents(doc);
    expect(evs.length).toBeGreaterThanOrEqual(2);
    checkOffsets(doc, evs);
  });

  it('stays fast and sane on a 200,000-character line with no punctuation', () => {
    const words = 'troops attacked the town and killed people in Tobrin while others fled the war ';
    let raw = '';
    while (raw.length < 200_000) raw += words;
    const doc = docOf(raw, { m: [['Tobrin', 'GPE', 'e1']] });
    const t0 = performance.now();
    const evs = findEvents(doc);
    const ms = performance.now() - t0;
    expect(evs.length).toBeGreaterThan(0);
    checkOffsets(doc, evs);
    expect(ms).toBeLessThan(2000);
  });

  it('returns nothing for empty or trigger-free text, and runs as a stage', () => {
    expect(findEvents(docOf(''))).toEqual([]);
    expect(findEvents(docOf('The weather was mild and the markets were calm.'))).toEqual([]);
    expect(events.provides).toBe('events');
    expect(events.run(docOf('Police arrested Mara Velic.', { m: [['Mara Velic', 'PERSON', 'p1']] }))).toHaveLength(1);
  });
});

describe('review of Wikinews output (session 6)', () => {
  const m: M[] = [['Tobrin', 'GPE', 'e1'], ['Mara Velic', 'PERSON', 'p1']];
  const t: M[] = [['Tobrin', 'GPE', 'e1']];
  it('does not make violence of words, lawsuits, medicine or technical terms', () => {
    expect(findEvents(docOf('In Tobrin, Mara Velic attacked the inquiry as a witch hunt.', { m }))).toEqual([]);
    expect(findEvents(docOf('Mara Velic attacked the new policy in a speech in Tobrin.', { m }))).toEqual([]);
    expect(findEvents(docOf('A campaign to combat the cholera outbreak in Tobrin began.', { m: t })).map((e) => e.type)).toEqual(['disaster']);
    expect(findEvents(docOf('Mara Velic lost a custody battle in Tobrin.', { m }))).toEqual([]);
    expect(findEvents(docOf('A clinical trial in Tobrin tested the drug.', { m: t }))).toEqual([]);
    // Violence against people and places stays.
    expect(only(findEvents(docOf('Gunmen attacked the police station in Tobrin.', { m: t })), 'attack').places).toEqual(['e1']);
  });

  it('takes no battle with an illness or a fire for a conflict', () => {
    expect(findEvents(docOf('Mara Velic died in Tobrin after a long battle with lung cancer.', { m })).map((e) => e.type)).toEqual(['killing']);
    expect(findEvents(docOf('Crews in Tobrin battled the blaze for hours.', { m: t })).map((e) => e.type)).toEqual(['disaster']);
    expect(only(findEvents(docOf('Rebels fought the army in Tobrin.', { m: t })), 'conflict').places).toEqual(['e1']);
  });

  it('takes no counterfactual, camera capture or met need for an event', () => {
    expect(findEvents(docOf('Mara Velic said she would have died in Tobrin without help.', { m }))).toEqual([]);
    expect(only(findEvents(docOf('Mara Velic may have been killed in Tobrin.', { m })), 'killing').places).toEqual(['e1']);
    expect(findEvents(docOf('In Tobrin, CCTV captured Mara Velic entering the bank.', { m }))).toEqual([]);
    expect(findEvents(docOf('Mara Velic said the plan in Tobrin meets their needs.', { m }))).toEqual([]);
    expect(only(findEvents(docOf('Mara Velic met the mayor in Tobrin.', { m })), 'meeting').places).toEqual(['e1']);
  });

  it('takes no cardiac arrest for an arrest', () => {
    expect(findEvents(docOf('Mara Velic suffered a cardiac arrest in Tobrin.', { m })).map((e) => e.type)).toEqual([]);
  });

  it('looks past a people\'s adjective in an apposition for the subject', () => {
    const evs = findEvents(docOf('Mara Velic, a Tobrinian tennis player, was arrested on Friday.', {
      m: [['Mara Velic', 'PERSON', 'p1'], ['Tobrinian', 'NORP', 'n1']], t: [['Friday', 'DATE', '2021-03-05']],
    }));
    expect(only(evs, 'arrest').participants).toContainEqual({ entity: 'p1', role: 'patient' });
    expect(only(evs, 'arrest').participants).not.toContainEqual({ entity: 'n1', role: 'patient' });
  });

  it('reads a passive past an adverb such as "once" or "later"', () => {
    const evs = findEvents(docOf('Mara Velic was once jailed in Tobrin.', { m }));
    expect(only(evs, 'sentencing').participants).toEqual([{ entity: 'p1', role: 'patient' }]);
  });

  it('does not make the possessor of a relative the victim, nor a source a participant', () => {
    const evs = findEvents(docOf("Mara Velic's mother died in Tobrin.", { m }));
    expect(only(evs, 'killing').participants).not.toContainEqual({ entity: 'p1', role: 'victim' });
    const src = findEvents(docOf('According to Tobrin Radio, Mara Velic died in hospital.', { m: [['Tobrin Radio', 'ORG', 'o1'], ['Mara Velic', 'PERSON', 'p1']] }));
    expect(only(src, 'killing').participants).toEqual([{ entity: 'p1', role: 'victim' }]);
    const said = findEvents(docOf('Mara Velic died in hospital, Tobrin Radio reported.', { m: [['Tobrin Radio', 'ORG', 'o1'], ['Mara Velic', 'PERSON', 'p1']] }));
    expect(only(said, 'killing').participants).toEqual([{ entity: 'p1', role: 'victim' }]);
  });

  it('does not make a name inside another cue\'s source phrase a participant', () => {
    const raw = 'Velkan forces killed 12 people in Tobrin on Tuesday, the Kessel health ministry said.';
    const m: M[] = [['Velkan', 'NORP', 'n1'], ['Tobrin', 'GPE', 'e1'], ['Kessel', 'NORP', 'n2']];
    expect(only(findEvents(docOf(raw, { m, s: [['the Kessel health ministry', 'said']] })), 'killing').participants).toEqual([{ entity: 'n1', role: 'agent' }]);
    // Without the quotes layer's source the adjective stands in the clause as a bystander.
    expect(only(findEvents(docOf(raw, { m })), 'killing').participants).toContainEqual({ entity: 'n2', role: 'participant' });
  });

  it('gives what follows the next trigger to that trigger: "killed 12 people during a raid on X"', () => {
    const evs = findEvents(docOf('Velkan forces killed 12 people during a raid on the Tobrin refugee camp.', { m: [['Velkan forces', 'ORG', 'o1'], ['Tobrin', 'GPE', 'e1']], q: [['12', 'killed', 'n1']] }));
    expect(only(evs, 'killing').participants).toEqual([{ entity: 'o1', role: 'agent' }]);
    // The raid's target is where it happened, and the killing in the same sentence takes that place.
    expect(only(evs, 'attack')).toMatchObject({ places: ['e1'], participants: [{ entity: 'e1', role: 'patient' }] });
    expect(only(evs, 'killing').places).toEqual(['e1']);
    // Past an adjunct ("in a strike"), "on X" is the adjunct noun's, not the verb's victim.
    const adj = findEvents(docOf('12 people were killed in a strike on a Tobrin apartment block.', { m: [['Tobrin', 'GPE', 'e1']], q: [['12', 'killed', 'n1']] }));
    expect(only(adj, 'killing').participants).toEqual([]);
  });

  it('takes the subject of a clause opened by "after" / "before" for the verb\'s agent', () => {
    const evs = findEvents(docOf('The war began after Kessel-led militants attacked southern Tobrin.', { m: [['Kessel-led militants', 'ORG', 'o1'], ['Tobrin', 'GPE', 'e1']] }));
    expect(only(evs, 'attack').participants).toContainEqual({ entity: 'o1', role: 'agent' });
  });

  it('dates only the event a date modifies in a phrase that frames nothing: "jailed over the 1995 massacre"', () => {
    const evs = findEvents(docOf('Former commander jailed for life over 1995 massacre in Tobrin.', { m: [['Tobrin', 'GPE', 'e1']], t: [['1995', 'DATE', '1995']] }));
    expect(evs.find((e) => e.trigger.text === 'massacre')?.time).toBe('1995');
    expect(evs.find((e) => e.trigger.text === 'jailed')?.time).toBeUndefined();
  });

  it('leaves a place after the next event noun and its "of" phrase to that event', () => {
    const evs = findEvents(docOf('A tribunal sentenced him for his role in the killing of 8,000 men in Tobrin.', { m: [['Tobrin', 'GPE', 'e1']], q: [['8,000', 'killed', 'n1']] }));
    expect(evs.find((e) => e.type === 'sentencing')?.places ?? []).toEqual([]);
    expect(only(evs, 'killing').places).toEqual(['e1']);
    const own = findEvents(docOf('He was sentenced for her murder to life in prison by a court in Tobrin.', { m: [['Tobrin', 'GPE', 'e1']] }));
    expect(own.find((e) => e.type === 'sentencing')?.places).toEqual(['e1']);
  });

  it('does not make the home town of an unnamed person a participant', () => {
    const evs = findEvents(docOf('Police arrested a 36-year-old Tobrin man on suspicion of theft in Kessel.', { m: [...t, ['Kessel', 'GPE', 'e2']] }));
    expect(only(evs, 'arrest')).toMatchObject({ participants: [], places: ['e2'] });
    // The tagger may take a town for an organisation.
    const org = findEvents(docOf('Police arrested a Tobrin man on Monday.', { m: [['Tobrin', 'ORG', 'o1']], t: [['Monday', 'DATE', '2021-03-01']] }));
    expect(only(org, 'arrest').participants).toEqual([]);
    const named = findEvents(docOf('Police arrested Tobrin man Mara Velic on suspicion of theft.', { m }));
    expect(only(named, 'arrest').participants).toEqual([{ entity: 'p1', role: 'patient' }]);
  });
});

describe('review of Wikinews output (session 7)', () => {
  const tobrin: M = ['Tobrin', 'GPE', 'g1'];
  it('does not date an event by a year that modifies another noun', () => {
    const t: T[] = [['2030', 'DATE', '2030']];
    const census = findEvents(docOf('The Tobrin Council voted to add a question to the 2030 census.', { m: [['Tobrin Council', 'ORG', 'o1']], t }));
    expect(only(census, 'election').time).toBeUndefined();
    // The year of an event noun, or of an occasion it happened at, stays.
    const election = findEvents(docOf('Mara Velic won the 2030 Tobrin presidential election.', { m: [tobrin, ['Mara Velic', 'PERSON', 'p1']], t }));
    expect(only(election, 'election').time).toBe('2030');
    const convention = findEvents(docOf('Mara Velic received 400 votes at the 2030 party convention.', { m: [['Mara Velic', 'PERSON', 'p1']], t }));
    expect(only(convention, 'election').time).toBe('2030');
    // An adjective of time modifies its noun too ("two current officers").
    const current = findEvents(docOf('The Tobrin council voted to hold two current ministers in contempt.', { m: [tobrin], t: [['current', 'DATE', 'PRESENT_REF']] }));
    expect(only(current, 'election').time).toBeUndefined();
  });

  it('finds the place of "in the Russian-controlled city of X" and gives it to the deaths of the same sentence', () => {
    const evs = findEvents(docOf('At least 27 people were killed on Sunday when shells hit a market in the rebel-held city of Tobrin.', {
      m: [tobrin], t: [['Sunday', 'DATE', '2021-03-07']],
    }));
    expect(only(evs, 'killing').places).toEqual(['g1']);
    expect(only(evs, 'attack').places).toEqual(['g1']);
  });

  it('takes no place from a relative clause about someone else', () => {
    const kessel: M = ['Kessel', 'GPE', 'g2'];
    const evs = findEvents(docOf('Mara Velic, who spoke to reporters in Kessel, said two soldiers were wounded near Tobrin.', { m: [['Mara Velic', 'PERSON', 'p1'], kessel, tobrin] }));
    expect(only(evs, 'wounding').places).toEqual(['g1']);
    const none = findEvents(docOf('Mara Velic, who spoke to reporters in Kessel, said soldiers were wounded on Monday.', {
      m: [['Mara Velic', 'PERSON', 'p1'], kessel], t: [['Monday', 'DATE', '2021-03-01']],
    }));
    expect(only(none, 'wounding').places).toEqual([]);
  });

  it('takes who disputes a figure for no participant', () => {
    const evs = findEvents(docOf('Tobrin says it has killed 300 fighters, a figure the Kessel Front disputes.', { m: [['Tobrin', 'GPE', 'g1'], ['Kessel Front', 'ORG', 'o1']] }));
    for (const e of evs) expect(e.participants.map((p) => p.entity)).not.toContain('o1');
  });

  it('reads a verb form in -s inside a noun phrase as a plural noun, not an event', () => {
    const targets = findEvents(docOf('The army struck 30 Hezbollah targets near Tobrin.', { m: [tobrin, ['Hezbollah', 'ORG', 'o1']] }));
    expect(targets.map((e) => e.trigger.text)).toEqual(['struck']);
    const verb = findEvents(docOf('Hezbollah targets Tobrin with rockets.', { m: [tobrin, ['Hezbollah', 'ORG', 'o1']] }));
    expect(verb.map((e) => e.trigger.text)).toEqual(['targets']);
  });

  it('does not date an event by a time in a relative clause about something else', () => {
    const t: T[] = [['1977', 'DATE', '1977']];
    const built = findEvents(docOf('Inspectors examined the crash of the plane near Tobrin, which was built in 1977.', { m: [tobrin], t }));
    expect(only(built, 'accident').time).toBeUndefined();
    // A relative clause about the event itself dates it.
    const about = findEvents(docOf('The collision, which killed two riders in 1977, closed the road to Tobrin.', { m: [tobrin], t }));
    expect(only(about, 'accident').time).toBe('1977');
    // … and only it: the main clause after it happened at another time.
    const war = findEvents(docOf('The war, which began in 1977, has killed 300 people in Tobrin.', { m: [tobrin], t }));
    expect(war.find((e) => e.type === 'killing')?.time).toBeUndefined();
    expect(war.find((e) => e.type === 'conflict')?.time).toBe('1977');
  });

  it('takes a place in a place apposition for the place, not a victim or an agent', () => {
    const fire = findEvents(docOf('The roof of the cathedral in Tobrinian capital Tobrin caught fire yesterday.', {
      m: [['Tobrinian', 'NORP', 'n1'], ['Tobrin', 'GPE', 'g1', 1]], t: [['yesterday', 'DATE', '2021-03-03']],
    }));
    expect(only(fire, 'disaster')).toMatchObject({ places: ['g1'], participants: [] });
    const agent = findEvents(docOf('On Monday in the Kessel capital city Tobrin, Mara Velic set himself on fire.', {
      m: [['Kessel', 'GPE', 'g2'], tobrin, ['Mara Velic', 'PERSON', 'p1']], t: [['Monday', 'DATE', '2021-03-01']],
    }));
    expect(only(agent, 'attack').participants).toEqual([{ entity: 'p1', role: 'agent' }]);
    // A place that is itself the subject of a fire is where it burned.
    const town = findEvents(docOf('Tobrin caught fire on Monday.', { m: [tobrin], t: [['Monday', 'DATE', '2021-03-01']] }));
    expect(only(town, 'disaster')).toMatchObject({ places: ['g1'], participants: [] });
  });

  it('makes a place no victim of a collision or a storm, but keeps the nationality of victims', () => {
    const m: M[] = [['Wellhouse Lane', 'GPE', 'g1'], ['Kessel', 'GPE', 'g2']];
    const crash = findEvents(docOf('Police were called to a serious collision on Wellhouse Lane on Monday.', { m: [m[0]], t: [['Monday', 'DATE', '2021-03-01']] }));
    expect(only(crash, 'accident')).toMatchObject({ places: ['g1'], participants: [] });
    const soldiers = findEvents(docOf('Six Kessel soldiers were killed on Monday.', { m: [m[1]], t: [['Monday', 'DATE', '2021-03-01']] }));
    expect(only(soldiers, 'killing').participants).toContainEqual({ entity: 'g2', role: 'victim' });
  });

  it('reads "X, Y attacked" without "and" as one subject, "X, Y and Z" as a list', () => {
    const m: M[] = [['Tobrin Radio', 'ORG', 'o1'], ['Mara Velic', 'PERSON', 'p1'], ['Kessel', 'GPE', 'g2']];
    const one = findEvents(docOf('Tobrin Radio, Mara Velic attacked the guards in Kessel.', { m }));
    expect(only(one, 'attack').participants).toContainEqual({ entity: 'p1', role: 'agent' });
    expect(only(one, 'attack').participants).not.toContainEqual({ entity: 'o1', role: 'agent' });
    const list = findEvents(docOf('Tobrin Radio, Mara Velic and Ivo Dran attacked the guards in Kessel.', { m: [...m, ['Ivo Dran', 'PERSON', 'p2']] }));
    expect(only(list, 'attack').participants.filter((p) => p.role === 'agent').map((p) => p.entity).sort()).toEqual(['o1', 'p1', 'p2']);
  });

  it('gives a named past event mentioned once neither the story\'s date and place nor a date outside its clause', () => {
    const m: M[] = [tobrin, ['Mara Velic', 'PERSON', 'p1'], ['Hurricane Zora', 'EVENT', 'v1']];
    const evs = findEvents(docOf('Mara Velic died in Tobrin on Monday. She had rescued animals from Hurricane Zora.', {
      m, t: [['Monday', 'DATE', '2021-03-01']],
    }));
    // With no time, place or participant of its own, the storm is no event of the record.
    expect(evs.map((e) => e.type)).toEqual(['killing']);
    const dated = findEvents(docOf('In 2030, Mara Velic recalled that Hurricane Zora struck Tobrin.', {
      m: [['Mara Velic', 'PERSON', 'p1'], ['Hurricane Zora', 'EVENT', 'v1'], ['Tobrin', 'GPE', 'g1']], t: [['2030', 'DATE', '2030']],
    }));
    expect(only(dated, 'disaster').time).toBeUndefined();
  });

  it('drops a he/she participant whose entity is named as of the other sex', () => {
    const m: M[] = [['Ivo Dran', 'PERSON', 'p1'], ['Mara Dran', 'PERSON', 'p2'], ['Kessel', 'GPE', 'g2'], ['he', 'PERSON', 'p2', 0, 'pronoun']];
    const evs = findEvents(docOf('Ivo Dran was a drummer; his daughter Mara Dran said he died in Kessel.', { m }));
    expect(only(evs, 'killing').participants).toEqual([]);
    const same = findEvents(docOf('Ivo Dran was a drummer; his son Mara Dran said he died in Kessel.', { m }));
    expect(only(same, 'killing').participants).toEqual([{ entity: 'p2', role: 'victim' }]);
  });

  it('takes no event noun that classifies equipment or a use for an event', () => {
    const m: M[] = [tobrin];
    expect(findEvents(docOf('The Tobrin device could serve military assault or logistics purposes.', { m }))).toEqual([]);
    expect(findEvents(docOf('Tobrin bought assault rifles.', { m }))).toEqual([]);
    expect(only(findEvents(docOf('The assault on Tobrin began.', { m })), 'attack').participants).toEqual([{ entity: 'g1', role: 'patient' }]);
  });

  it('takes no place from what a vote was on, nor from past a comma', () => {
    const kessel: M = ['Kessel', 'GPE', 'g2'];
    const lorn: M = ['Lorn', 'GPE', 'g3'];
    const vote = findEvents(docOf('Yesterday, the Parliament of Tobrin voted on a resolution to expel Kessel troops from the country.', {
      m: [['Parliament of Tobrin', 'ORG', 'o1'], kessel], t: [['Yesterday', 'DATE', '2021-03-03']],
    }));
    expect(only(vote, 'election').places).toEqual([]);
    const after = findEvents(docOf('Following the vote, a Kessel spokesperson criticised it.', { m: [kessel] }));
    expect(after.filter((e) => e.places.includes('g2'))).toEqual([]);
    // "in the capital, Lorn" names the place; "the last hurricane to reach Lorn" reached it.
    const capital = findEvents(docOf('Two bombings took place in the capital, Lorn, last month.', { m: [lorn] }));
    expect(only(capital, 'attack').places).toEqual(['g3']);
    const reach = findEvents(docOf('The last hurricane to reach Lorn made landfall there.', { m: [lorn] }));
    expect(only(reach, 'disaster').places).toEqual(['g3']);
  });
});
