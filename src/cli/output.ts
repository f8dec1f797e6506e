import type { Writable } from 'node:stream';

/**
 * Writes to a stream respecting back-pressure, so nothing is lost when stdout is a pipe
 * (calling process.exit() after a large write truncates it; we never do).
 */
export function writer(stream: Writable = process.stdout): (chunk: string) => Promise<void> {
  let broken = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    // A closed pipe (`| head`) is the reader's choice, not our error.
    if (e.code === 'EPIPE') broken = true;
  });
  return (chunk: string) =>
    new Promise<void>((resolve) => {
      if (broken || chunk === '') return resolve();
      if (stream.write(chunk)) resolve();
      else stream.once('drain', resolve);
    });
}

/** One line on stderr for the user: `ascribe: CODE message`. */
export function warn(code: string, message: string): void {
  process.stderr.write(`ascribe: ${code}: ${message}\n`);
}
