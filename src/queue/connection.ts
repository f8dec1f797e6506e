import type { RedisOptions } from 'ioredis';
import { createError } from '../core/errors.js';

export interface QueueLocation {
  connection: RedisOptions;
  /** BullMQ key prefix: one Redis can hold several independent ascribe queues. */
  prefix: string;
  /** The URL with any password hidden, for messages. */
  display: string;
}

export const DEFAULT_PREFIX = 'ascribe';
const PREFIX = /^[A-Za-z0-9_.-]{1,64}$/;

/**
 * `redis://[user:pass@]host:port[/db][?prefix=name]` (or rediss:// for TLS). `prefix` is
 * ours: it keeps test runs and separate deployments on one Redis apart.
 */
export function parseQueueUrl(location: string): QueueLocation {
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    throw createError('E_USAGE', `--queue must be a redis:// URL, not "${location}"`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw createError('E_USAGE', `--queue must be a redis:// URL, not "${location}"`);
  const prefix = url.searchParams.get('prefix') ?? DEFAULT_PREFIX;
  if (!PREFIX.test(prefix)) throw createError('E_USAGE', `queue prefix must be letters, digits, "_", "." or "-", not "${prefix}"`);
  const db = Number(url.pathname.replace(/^\//, '') || 0);
  if (!Number.isInteger(db) || db < 0) throw createError('E_USAGE', `bad Redis database number in ${location}`);
  const connection: RedisOptions = {
    host: url.hostname || '127.0.0.1',
    port: Number(url.port || 6379),
    db,
    ...(url.username && { username: decodeURIComponent(url.username) }),
    ...(url.password && { password: decodeURIComponent(url.password) }),
    ...(url.protocol === 'rediss:' && { tls: {} }),
  };
  const display = new URL(url.href);
  if (display.password) display.password = '***';
  return { connection, prefix, display: display.href };
}

/**
 * Closes a BullMQ queue once its connection is ready: closing it mid-handshake leaves BullMQ's own
 * start-up commands to reject unhandled ("Connection is closed"), e.g. when `enqueue` finds every
 * document already stored and sends nothing.
 */
export async function closeQueue(queue: { waitUntilReady(): Promise<unknown>; close(): Promise<void> }): Promise<void> {
  await queue.waitUntilReady().catch(() => {});
  await queue.close();
}
