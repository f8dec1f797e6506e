import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The package root, from both src/ (tsx) and dist/ (built): both sit one level below it. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Path of a committed model artefact under models/. */
export function modelPath(...parts: string[]): string {
  return path.join(PACKAGE_ROOT, 'models', ...parts);
}

/** The shared data folder beside the checkout (training and eval only, never at run time). */
export function sharedDataPath(...parts: string[]): string {
  return path.join(process.env.ASCRIBE_SHARED ?? path.join(PACKAGE_ROOT, '..', 'shared'), 'data', ...parts);
}
