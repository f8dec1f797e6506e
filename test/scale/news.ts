/**
 * Short invented news reports for the queue tests and the scale bench: seeded faker names and
 * places in a few report shapes (a toll, a quote, an official, a date), so that every document
 * differs and the pipeline finds entities, quotes, figures and events in each.
 */
import { faker } from '@faker-js/faker';
import type { InputDoc } from '../../src/io/input.js';

const EVENTS = [
  ['flood', 'were killed when floodwaters swept through'],
  ['fire', 'died in a fire that tore through a market in'],
  ['storm', 'were injured when a storm struck'],
  ['blast', 'were killed in an explosion at a factory in'],
  ['collapse', 'were hurt when a bridge collapsed in'],
] as const;
const ROLES = ['Mayor', 'Police Chief', 'Governor', 'Health Minister', 'Fire Commissioner'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function syntheticNews(n: number, seed = 7, idPrefix = 'news'): InputDoc[] {
  faker.seed(seed);
  const out: InputDoc[] = [];
  for (let i = 0; i < n; i++) {
    const [kind, verb] = EVENTS[i % EVENTS.length];
    const city = faker.location.city();
    const country = faker.location.country();
    const official = faker.person.fullName();
    const surname = official.split(' ').pop()!;
    const role = ROLES[(i * 7) % ROLES.length];
    const toll = faker.number.int({ min: 3, max: 400 });
    const missing = faker.number.int({ min: 1, max: 60 });
    const day = DAYS[i % DAYS.length];
    const month = String(1 + (i % 12)).padStart(2, '0');
    const date = `2024-${month}-${String(1 + (i % 27)).padStart(2, '0')}`;
    const agency = faker.company.name();
    const text =
      `At least ${toll} people ${verb} ${city}, ${country}, on ${day}, officials said. ` +
      `"We are still searching for ${missing} people who are missing," ${role} ${official} told reporters. ` +
      `${surname} said rescue teams from ${agency} had reached the worst-hit districts. ` +
      `Residents said the ${kind} was the worst in decades, and about ${faker.number.int({ min: 100, max: 9000 })} homes were damaged.`;
    out.push({ id: `${idPrefix}-${i}`, title: `${toll} dead in ${city} ${kind}`, published: date, source: faker.company.name(), text });
  }
  return out;
}
