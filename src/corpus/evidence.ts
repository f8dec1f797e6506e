/** Why two mentions in different documents were judged to be the same thing: one line per agreeing cue. */
export interface LinkEvidence {
  /** Which rule fired: same-name, alias, same-body, transliteration, surname, acronym, new; type, time, place, participant. */
  rule: string;
  /** What agreed, in words a reader can check against the documents. */
  detail: string;
}
