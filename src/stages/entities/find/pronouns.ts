/** Third-person personal pronouns, with the sex they imply. First and second person belong to quote speakers (quotes stage). */
import type { Token } from '../../../core/layers.js';

const SEX: Record<string, 'm' | 'f'> = { he: 'm', him: 'm', his: 'm', himself: 'm', she: 'f', her: 'f', hers: 'f', herself: 'f' };

export interface PronounToken {
  token: number;
  sex: 'm' | 'f';
}

export function findPronouns(tokens: readonly Token[]): PronounToken[] {
  const out: PronounToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].text;
    if (t.length > 7 || t.length < 2) continue;
    const sex = SEX[t.toLowerCase()];
    if (sex) out.push({ token: i, sex });
  }
  return out;
}
