import { createRequire } from 'node:module';
import type cliProgressModule from 'cli-progress';

// Loaded only when stderr is a terminal: the bar library costs ~90 ms of start-up otherwise.
const require = createRequire(import.meta.url);

export interface Progress {
  tick(ok: boolean): void;
  stop(): void;
}

/** A progress line on stderr when it is a terminal (documents, rate, errors); silent otherwise. */
export function progress(label: string, total?: number): Progress {
  if (!process.stderr.isTTY) return { tick() {}, stop() {} };
  const cliProgress: typeof cliProgressModule = require('cli-progress');
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: total ? `${label} [{bar}] {value}/{total} docs | {rate} docs/s | ETA {eta_formatted} | {errors} errors` : `${label} {value} docs | {rate} docs/s | {errors} errors | {duration_formatted}`,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const start = Date.now();
  let n = 0;
  let errors = 0;
  let started = false;
  return {
    tick(ok) {
      n++;
      if (!ok) errors++;
      const rate = (n / Math.max(0.001, (Date.now() - start) / 1000)).toFixed(1);
      if (!started) {
        bar.start(total ?? 0, 0, { rate, errors });
        started = true;
      }
      if (!total) bar.setTotal(n);
      bar.update(n, { rate, errors });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
