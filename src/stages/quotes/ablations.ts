/**
 * Switches that turn single rules of the quotes stage off, read once from the environment and only
 * to reproduce the ablation rows of models/quotes/README.md (`QUOTES_NO_SNAP=1 npm run eval -- quotes`).
 * Every rule is on by default; nothing else in the stage reads process state.
 */
const on = (name: string) => process.env[`QUOTES_NO_${name}`] !== '1';

export const RULES = Object.freeze({
  /** Content runs widened to whole quotations; colon intros dropped (learned.ts). */
  snapQuotes: on('SNAP'),
  /** ", citing / saying": the sentence's leading name over the tagger's source (learned.ts). */
  participleOverride: on('PARTICIPLE_OVERRIDE'),
  /** No source for passives, "it seems", a lone determiner (learned.ts). */
  passiveRules: on('PASSIVE_RULES'),
  /** "… and acknowledged", "by saying": the sentence's subject (learned.ts). */
  coordinatedSubject: on('COORDINATED_SUBJECT'),
  /** "were unaware" keeps its subject (learned.ts). */
  copulaAdjectives: on('COPULA'),
  /** "Noting that …, Trump reminded": the subject after the comma (learned.ts). */
  openingParticiples: on('OPENING_PARTICIPLE'),
  /** "Cory James, 22, of Flint, said": the leading name (learned.ts). */
  appositiveName: on('APPOSITIVE_NAME'),
  /** "He told his audience, to applause:" introduces the quote below (attribute.ts). */
  openerObjects: on('OPENER_OBJECTS'),
  /** A short tail sentence after a quotation joins its window (windows.ts). */
  joinTails: on('TAIL_JOIN'),
  /** Indirect content stopped at a list comma takes in the list (nested.ts). */
  extendLists: on('LIST_END'),
  /** "fear that A and said that B": two attributions (nested.ts). */
  splitCoordinated: on('SPLIT_COORDINATED'),
  /** The outer attribution kept whole over a nested cue (nested.ts). */
  outerWhole: on('OUTER_WHOLE'),
  /** A source running over another attribution's cue ends before it (nested.ts). */
  sourceBeforeCue: on('SOURCE_BEFORE_CUE'),
  /** "In a new Fox poll, 45 percent …": the poll is the source (polls.ts). */
  polls: on('POLLS'),
  /** "A, officials said, B" and "A, the ministry said on Tuesday": content around a cue set off by commas (parenthetical.ts). */
  parenthetical: on('PARENTHETICAL'),
  /** "A, the ministry said": the whole clause before the source when the tagger read only part of it (parenthetical.ts). */
  wholeClause: on('WHOLE_CLAUSE'),
  /** "According to X, Y said Z": the whole clause is X's content, Y's attribution stays (nested.ts). */
  accordingClause: on('ACCORDING_CLAUSE'),
  /** An act or stance with no source ("was identified as X", "is known for") is dropped (index.ts). */
  dropSourcelessActs: on('SOURCELESS_ACTS'),
});

/**
 * How far below the cue threshold a strong reporting word may score and still be a cue when a
 * figure follows (tagger.ts); QUOTES_FIGURE_MARGIN overrides it (0 turns the rule off).
 */
export const FIGURE_MARGIN = number(process.env.QUOTES_FIGURE_MARGIN, 3);

/**
 * Cue words heading a gold cue in under 15% of their train occurrences must score this far above the
 * threshold (tagger.ts): F1 the same on both held-out folds, precision +0.9 / +1.6 (models/quotes/README.md
 * round 9). QUOTES_WEAK_CUE_MARGIN=0 turns it off.
 */
export const WEAK_CUE_P = 0.15;
export const WEAK_CUE_MARGIN = number(process.env.QUOTES_WEAK_CUE_MARGIN, 5);

function number(raw: string | undefined, fallback: number): number {
  const n = raw === undefined ? NaN : Number(raw);
  return Number.isFinite(n) ? n : fallback;
}
