/** One catalogue of error codes; every user-facing error is one line built from here. */
export const errors = {
  E_NOT_FOUND: 'no such file or directory: %s',
  E_UNREADABLE: 'cannot read %s: %s',
  E_EMPTY: 'empty document: %s',
  E_BINARY: 'binary content, not text: %s',
  E_ENCODING: 'invalid UTF-8 in %s',
  E_UNSUPPORTED: 'unsupported file type %s (expected .txt, .html, .htm, .jsonl or a directory)',
  E_JSONL: 'malformed JSONL line %s: %s',
  E_FIELD: 'bad field in %s: %s',
  E_DATE: 'invalid date %s (expected YYYY-MM-DD)',
  E_FORMAT: 'unknown format %s (expected one of %s)',
  E_USAGE: '%s',
  E_TOO_LARGE: 'document too large: %s (%s characters; limit %s)',
  E_HTML: 'no article text found in HTML: %s',
  E_PIPELINE: 'pipeline misconfigured: %s',
  E_MODEL: 'model file missing or unreadable: %s (reinstall the package or run %s)',
  E_INTERNAL: 'internal error while analysing %s: %s',
} as const;

export type ErrorCode = keyof typeof errors;

export class AscribeError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, ...args: (string | number)[]) {
    let i = 0;
    const message = errors[code].replace(/%s/g, () => oneLine(String(args[i++] ?? '')));
    super(message);
    this.code = code;
    this.name = 'AscribeError';
  }
}

export function createError(code: ErrorCode, ...args: (string | number)[]): AscribeError {
  return new AscribeError(code, ...args);
}

/** Any thrown value as an AscribeError, so nothing reaches the user as a stack trace. */
export function asAscribeError(err: unknown, where: string): AscribeError {
  if (err instanceof AscribeError) return err;
  const msg = err instanceof Error ? err.message : String(err);
  return new AscribeError('E_INTERNAL', where, msg);
}

function oneLine(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? flat.slice(0, 197) + '...' : flat;
}
