import { migration001 } from './001-init.js';
import { migration002 } from './002-quote-cue-type.js';

export interface SqliteMigration {
  version: number;
  name: string;
  statements: string[];
}

/** Every migration in order. Add new ones as NNN-name.ts; never edit one that has shipped. */
export const SQLITE_MIGRATIONS: SqliteMigration[] = [migration001, migration002];
