/** One table of `npm run eval`: a title, rows of figures, and notes on how they were measured. */
export interface EvalSection {
  title: string;
  rows: Array<Record<string, string | number>>;
  notes?: string[];
}
