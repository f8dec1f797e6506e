/** How a store says what the user should know but that does not stop it: one line each. */
export type Warn = (line: string) => void;

export const warnOnStderr: Warn = (line) => process.stderr.write(`ascribe: warning: ${line}\n`);

/** Why something failed, on one line (a driver's message, else its code). */
export function reason(e: unknown): string {
  const err = e as { message?: string; code?: string };
  return String(err?.message || err?.code || e).replace(/\s+/g, ' ').trim();
}
