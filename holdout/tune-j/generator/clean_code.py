"""clean / JavaScript (15), TypeScript (15), shell (15).

Valid, complete files that contain things a naive checker might mistake for
elisions or chatter.  Marked lines are the suspicious-looking ones (for the
manifest note only)."""
from common import K

JS = [
K("src/utils/deepMerge.js",
  "clean; comment 'same as above but for arrays' ({L1}) introduces real code, rest parameters `...sources` ({L2})",
  r'''
const isPlainObject = (value) =>
  value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;

function mergeObjects(target, source) {
  const out = { ...target };
  for (const [key, value] of Object.entries(source)) {
    if (isPlainObject(value) && isPlainObject(out[key])) {
      out[key] = mergeObjects(out[key], value);
    } else if (Array.isArray(value) && Array.isArray(out[key])) {
      out[key] = mergeArrays(out[key], value);
    } else {
      out[key] = value;
    }
  }
  return out;
}

§// same as above but for arrays: merge element-wise, longer array wins
function mergeArrays(target, source) {
  const length = Math.max(target.length, source.length);
  return Array.from({ length }, (_, i) => {
    if (i >= source.length) return target[i];
    if (isPlainObject(target[i]) && isPlainObject(source[i])) return mergeObjects(target[i], source[i]);
    return source[i];
  });
}

§export function deepMerge(target, ...sources) {
  return sources.reduce((acc, src) => (src == null ? acc : mergeObjects(acc, src)), target);
}
'''),

K("src/lib/events.js",
  "clean; empty noop default handler with explanatory comment ({L1}) and an intentionally empty method ({L2}); no final newline",
  r'''
export function noop() {
§  // intentionally empty: used as the default listener so callers never null-check
}

export class Emitter {
  #listeners = new Map();

  on(event, handler = noop) {
    if (!this.#listeners.has(event)) this.#listeners.set(event, new Set());
    this.#listeners.get(event).add(handler);
    return () => this.off(event, handler);
  }

  off(event, handler) {
    this.#listeners.get(event)?.delete(handler);
  }

  emit(event, ...args) {
    for (const handler of this.#listeners.get(event) ?? []) {
      handler(...args);
    }
  }

  /** Subclasses may override; the base emitter has nothing to release. */
  dispose() {
§    // nothing to clean up here
  }
}'''),

K("src/components/Skeleton.jsx",
  "clean; JSX comment about what the parent renders ({L1}) and a `…` inside text ({L2})",
  r'''
import PropTypes from 'prop-types';

export default function Skeleton({ rows = 3, label = 'Loading…' }) {
  return (
    <div className="skeleton" role="status" aria-live="polite">
§      {/* the real rows are rendered by the parent; this only draws the shimmer */}
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="skeleton__row" style={{ width: `${90 - i * 12}%` }} />
      ))}
§      <span className="visually-hidden">{label}</span>
    </div>
  );
}

Skeleton.propTypes = {
  rows: PropTypes.number,
  label: PropTypes.string,
};
'''),

K("src/cli/wrap.mjs",
  "clean; comment 'rest of args are forwarded' ({L1}) on a real rest destructuring and spawn call",
  r'''
#!/usr/bin/env node
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const [command, ...rest] = process.argv.slice(2);

if (!command) {
  console.error('usage: wrap <command> [args...]');
  process.exit(64);
}

const started = performance.now();
§// rest of args are forwarded verbatim to the wrapped command
const child = spawn(command, rest, { stdio: 'inherit', env: { ...process.env, WRAPPED: '1' } });

child.on('exit', (code, signal) => {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.error(`[wrap] ${command} finished in ${seconds}s (${signal ?? code})`);
  process.exit(code ?? 1);
});
'''),

K("src/handlers/index.cjs",
  "clean; comment saying the other handlers follow the same pattern and live in ./handlers ({L}) — they are required below",
  r'''
'use strict';

const health = require('./health.cjs');
const users = require('./users.cjs');
const sessions = require('./sessions.cjs');
const webhooks = require('./webhooks.cjs');

§// health is the reference implementation; the other handlers follow the same
§// pattern (export { method, path, handle }) and live in ./handlers next to it.
const handlers = [health, users, sessions, webhooks];

function register(app) {
  for (const { method, path, handle } of handlers) {
    app[method.toLowerCase()](path, async (req, res, next) => {
      try {
        await handle(req, res);
      } catch (err) {
        next(err);
      }
    });
  }
  return app;
}

module.exports = { register, handlers };
'''),

K("src/api/listUsers.js",
  "clean; `// TODO: add pagination` ({L}) on an otherwise complete handler",
  r'''
import { db } from '../db.js';

const PUBLIC_FIELDS = { id: true, name: true, avatarUrl: true, createdAt: true };

export async function listUsers(req, res) {
  const search = String(req.query.q ?? '').trim();

§  // TODO: add pagination once the admin UI needs more than 200 rows
  const users = await db.user.findMany({
    where: search ? { name: { contains: search, mode: 'insensitive' } } : undefined,
    select: PUBLIC_FIELDS,
    orderBy: { createdAt: 'desc' },
    take: 200,
  });

  res.set('Cache-Control', 'private, max-age=30');
  res.json({ users, count: users.length });
}
'''),

K("src/plugins/analytics.js",
  "clean; function body is a comment starting with '...' that explains why it is intentionally empty ({L})",
  r'''
import { loadScript } from '../lib/loadScript.js';

const SCRIPT_URL = 'https://plausible.io/js/script.js';

/**
 * Legacy hook kept for plugin API compatibility (v1 plugins called setup()).
 */
export function setup() {
§  // ... (intentionally empty: the default export handles it)
}

export default async function analyticsPlugin(app, { domain, enabled = true } = {}) {
  if (!enabled || typeof window === 'undefined') return;
  await loadScript(SCRIPT_URL, { 'data-domain': domain, defer: true });
  app.config.globalProperties.$track = (name, props) => window.plausible?.(name, { props });
}
'''),

K("src/utils/safeJson.cjs",
  "clean; `catch {}` whose body is only `// ignore` ({L}) with a fallback return after it",
  r'''
'use strict';

/**
 * Parse JSON without throwing.
 * @param {string} text
 * @param {*} fallback returned when text is not valid JSON
 */
function safeParse(text, fallback = null) {
  if (typeof text !== 'string' || text === '') return fallback;
  try {
    return JSON.parse(text);
  } catch {
§    // ignore
  }
  return fallback;
}

function safeStringify(value, space) {
  const seen = new WeakSet();
  return JSON.stringify(
    value,
    (key, val) => {
      if (typeof val === 'object' && val !== null) {
        if (seen.has(val)) return '[Circular]';
        seen.add(val);
      }
      return typeof val === 'bigint' ? val.toString() : val;
    },
    space,
  );
}

module.exports = { safeParse, safeStringify };
'''),

K("src/reducers/ui.js",
  "clean; switch default with an explanatory comment ({L})",
  r'''
const initialState = {
  sidebarOpen: true,
  theme: 'system',
  toasts: [],
};

export default function uiReducer(state = initialState, action) {
  switch (action.type) {
    case 'ui/toggleSidebar':
      return { ...state, sidebarOpen: !state.sidebarOpen };
    case 'ui/setTheme':
      return { ...state, theme: action.payload };
    case 'ui/pushToast':
      return { ...state, toasts: [...state.toasts, action.payload] };
    case 'ui/dismissToast':
      return { ...state, toasts: state.toasts.filter((t) => t.id !== action.payload) };
    default:
§      // actions owned by other slices pass through untouched
      return state;
  }
}
'''),

K("src/lib/truncate.mjs",
  "clean; JSDoc with '...' in the example ({L1}) and '…' inside a string literal ({L2})",
  r'''
/**
 * Shorten a string to at most `max` characters, appending an ellipsis.
 *
 * @param {string} text
 * @param {number} max
 * @returns {string}
§ * @example truncate('hello world', 8) // => 'hello w…'  (not '...')
 */
export function truncate(text, max) {
  if (text.length <= max) return text;
§  return `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/**
 * Join values, collapsing the tail: joinLimited(['a', 'b', 'c', 'd'], 2) => 'a, b and 2 more'
 * @param {string[]} items
 * @param {number} limit
 */
export function joinLimited(items, limit = 3) {
  if (items.length <= limit) return items.join(', ');
  const shown = items.slice(0, limit).join(', ');
  return `${shown} and ${items.length - limit} more`;
}
'''),

K("src/components/ErrorBoundary.jsx",
  "clean; lifecycle method with a comment-only body explaining why it is empty ({L})",
  r'''
import { Component } from 'react';

export default class ErrorBoundary extends Component {
  constructor(props) {
    super(props);
    this.state = { error: null };
  }

  static getDerivedStateFromError(error) {
    return { error };
  }

  componentDidCatch() {
§    /* reported by Sentry's React integration already; nothing to do here */
  }

  render() {
    const { error } = this.state;
    const { fallback, children } = this.props;
    if (error) {
      return fallback ? fallback(error, () => this.setState({ error: null })) : <p role="alert">Something went wrong.</p>;
    }
    return children;
  }
}
'''),

K("test/sessions.test.js",
  "clean; comment saying setup is the same as another test file ({L1}) followed by the real setup, and a jest it.todo ({L2})",
  r'''
import request from 'supertest';
import { createApp } from '../src/app.js';
import { resetDatabase, createUser } from './helpers/db.js';

let app;

§// same setup as in users.test.js, duplicated on purpose so each file is self-contained
beforeAll(async () => {
  await resetDatabase();
  await createUser({ email: 'ada@example.com', password: 'correct horse' });
  app = createApp();
});

describe('POST /sessions', () => {
  it('logs in with valid credentials', async () => {
    const res = await request(app)
      .post('/sessions')
      .send({ email: 'ada@example.com', password: 'correct horse' });
    expect(res.status).toBe(201);
    expect(res.headers['set-cookie']).toBeDefined();
  });

  it('rejects a wrong password', async () => {
    const res = await request(app).post('/sessions').send({ email: 'ada@example.com', password: 'nope' });
    expect(res.status).toBe(401);
  });

§  it.todo('locks the account after five failed attempts');
});
'''),

K("src/storage/Storage.mjs",
  "clean; abstract-like base class whose methods throw 'not implemented' and a default no-op close() with a comment ({L})",
  r'''
export class NotImplementedError extends Error {
  constructor(method) {
    super(`${method}() must be implemented by a subclass`);
    this.name = 'NotImplementedError';
  }
}

export class Storage {
  async get(_key) {
    throw new NotImplementedError('get');
  }

  async set(_key, _value, _ttlSeconds) {
    throw new NotImplementedError('set');
  }

  async delete(_key) {
    throw new NotImplementedError('delete');
  }

  async close() {
§    // subclasses that hold connections override this; in-memory stores need nothing
  }
}

export class MemoryStorage extends Storage {
  #data = new Map();

  async get(key) {
    return this.#data.get(key);
  }

  async set(key, value) {
    this.#data.set(key, value);
  }

  async delete(key) {
    return this.#data.delete(key);
  }
}
'''),

K("scripts/postinstall.cjs",
  "clean; console output that reads like assistant chatter ({L}) is the intended postinstall message",
  r'''
#!/usr/bin/env node
'use strict';

if (process.env.CI || process.env.ACME_SILENT) {
  process.exit(0);
}

const lines = [
§  'Thanks for installing acme-ui! Here is how to get started:',
  '',
  '  1. Wrap your app in <AcmeProvider>.',
  '  2. Import components from "acme-ui".',
§  '  3. Let us know what you think: https://github.com/acme/acme-ui/discussions',
  '',
  'Set ACME_SILENT=1 to hide this message.',
];

const width = Math.max(...lines.map((l) => l.length)) + 4;
console.log('╭' + '─'.repeat(width) + '╮');
for (const line of lines) {
  console.log('│  ' + line.padEnd(width - 2) + '│');
}
console.log('╰' + '─'.repeat(width) + '╯');
'''),

K("src/i18n/en.js",
  "clean; translation strings containing '…', 'rest of the output' and 'and so on' ({L}); no final newline",
  r'''
export default {
  common: {
    loading: 'Loading…',
§    loadMore: 'Load more…',
    cancel: 'Cancel',
    save: 'Save changes',
  },
  jobs: {
    running: 'Running {name}…',
§    truncated: 'Showing the first 500 lines. Download the log to see the rest of the output.',
    moreTags: 'and {count} more',
  },
  onboarding: {
    intro: "Sure thing! Let's set up your workspace.",
§    steps: 'Invite your team, connect a repository, and so on.',
  },
};'''),
]

TS = [
K("src/types/events.ts",
  "clean; comment 'same as above but with a timestamp' ({L}) before a real type built with an intersection",
  r'''
export interface UserCreated {
  type: 'user.created';
  userId: string;
  email: string;
}

export interface UserDeleted {
  type: 'user.deleted';
  userId: string;
  reason?: string;
}

export type DomainEvent = UserCreated | UserDeleted;

§// same as above but with a timestamp and a sequence number, as stored in the outbox
export type StoredEvent<E extends DomainEvent = DomainEvent> = E & {
  occurredAt: string;
  seq: number;
};

export function isUserEvent(e: StoredEvent): e is StoredEvent<UserCreated | UserDeleted> {
  return e.type.startsWith('user.');
}
'''),

K("src/lib/logger.ts",
  "clean; a no-op logger object with empty methods and an explanatory comment ({L})",
  r'''
export interface Logger {
  debug(msg: string, meta?: Record<string, unknown>): void;
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
  error(msg: string, meta?: Record<string, unknown>): void;
}

§// used in tests and when LOG_LEVEL=silent: every method deliberately does nothing
export const noopLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
};

export function consoleLogger(prefix: string): Logger {
  const fmt = (level: string, msg: string, meta?: Record<string, unknown>) =>
    `${new Date().toISOString()} ${level.padEnd(5)} [${prefix}] ${msg}${meta ? ' ' + JSON.stringify(meta) : ''}`;
  return {
    debug: (m, meta) => console.debug(fmt('debug', m, meta)),
    info: (m, meta) => console.info(fmt('info', m, meta)),
    warn: (m, meta) => console.warn(fmt('warn', m, meta)),
    error: (m, meta) => console.error(fmt('error', m, meta)),
  };
}
'''),

K("src/components/Spinner.tsx",
  "clean; JSX comment mentioning 'the rest of the layout' ({L1}) and 'Loading…' text ({L2})",
  r'''
import clsx from 'clsx';

interface SpinnerProps {
  size?: 'sm' | 'md' | 'lg';
  overlay?: boolean;
  label?: string;
}

export function Spinner({ size = 'md', overlay = false, label = 'Loading…' }: SpinnerProps) {
  return (
    <div className={clsx('spinner', `spinner--${size}`, overlay && 'spinner--overlay')} role="status">
§      {/* pointer-events: none on the overlay, so the rest of the layout stays interactive */}
      <svg viewBox="0 0 24 24" aria-hidden="true">
        <circle cx="12" cy="12" r="10" fill="none" strokeWidth="3" />
      </svg>
§      <span className="sr-only">{label}</span>
    </div>
  );
}
'''),

K("src/base/repository.ts",
  "clean; abstract class with abstract members and a default hook whose body is only a comment ({L})",
  r'''
export interface Entity {
  id: string;
}

export abstract class Repository<T extends Entity> {
  protected readonly cache = new Map<string, T>();

  abstract findById(id: string): Promise<T | null>;
  abstract insert(entity: T): Promise<void>;
  abstract update(entity: T): Promise<void>;

  async save(entity: T): Promise<T> {
    if (this.cache.has(entity.id) || (await this.findById(entity.id))) {
      await this.update(entity);
    } else {
      await this.insert(entity);
    }
    this.cache.set(entity.id, entity);
    this.onSaved(entity);
    return entity;
  }

  protected onSaved(_entity: T): void {
§    // hook for subclasses (auditing, cache warm-up); the default does nothing
  }
}
'''),

K("src/utils/withDefaults.ts",
  "clean; comment 'rest of args are forwarded unchanged' ({L}) on a real rest-parameter wrapper",
  r'''
type AnyFn = (...args: any[]) => any;

/**
 * Binds the first argument (an options object) with defaults.
 * withDefaults(fetchJson, { timeout: 5000 })(url, { retries: 2 })
 */
export function withDefaults<O extends object, R extends unknown[], T>(
  fn: (opts: O, ...rest: R) => T,
  defaults: Partial<O>,
) {
  return (opts: Partial<O> = {}, ...rest: R): T => {
§    // rest of args are forwarded unchanged; only the options are merged
    return fn({ ...defaults, ...opts } as O, ...rest);
  };
}

export function once<F extends AnyFn>(fn: F): F {
  let called = false;
  let result: ReturnType<F>;
  return function (this: unknown, ...args: Parameters<F>) {
    if (!called) {
      called = true;
      result = fn.apply(this, args);
    }
    return result;
  } as F;
}
'''),

K("src/api/handlers/index.ts",
  "clean; comment that the other handlers follow the same shape and live in sibling files ({L}) — all imported",
  r'''
import type { IncomingMessage, ServerResponse } from 'node:http';
import { health } from './health';
import { listProjects, getProject } from './projects';
import { createToken, revokeToken } from './tokens';

export type Handler = (req: IncomingMessage, res: ServerResponse, params: Record<string, string>) => Promise<void>;

§// health.ts is the smallest example; the others follow the same shape and live next to it
export const routes: Array<[method: string, pattern: RegExp, handler: Handler]> = [
  ['GET', /^\/health$/, health],
  ['GET', /^\/projects$/, listProjects],
  ['GET', /^\/projects\/(?<id>[\w-]+)$/, getProject],
  ['POST', /^\/tokens$/, createToken],
  ['DELETE', /^\/tokens\/(?<id>[\w-]+)$/, revokeToken],
];

export function match(method: string, url: string) {
  for (const [m, pattern, handler] of routes) {
    const hit = m === method ? pattern.exec(url) : null;
    if (hit) return { handler, params: hit.groups ?? {} };
  }
  return null;
}
'''),

K("src/hooks/useInterval.ts",
  "clean; early return with a comment explaining there is nothing to schedule ({L})",
  r'''
import { useEffect, useLayoutEffect, useRef } from 'react';

export function useInterval(callback: () => void, delay: number | null) {
  const saved = useRef(callback);

  useLayoutEffect(() => {
    saved.current = callback;
  }, [callback]);

  useEffect(() => {
    if (delay === null) {
§      // paused: nothing to schedule, and nothing to clean up
      return;
    }
    const id = setInterval(() => saved.current(), delay);
    return () => clearInterval(id);
  }, [delay]);
}
'''),

K("src/services/featureFlags.ts",
  "clean; switch with a commented default and an exhaustive never-check ({L})",
  r'''
export type Flag = 'newCheckout' | 'betaSearch' | 'darkMode';

export interface FlagContext {
  userId?: string;
  country?: string;
  plan: 'free' | 'pro' | 'enterprise';
}

function bucket(userId: string): number {
  let h = 0;
  for (const ch of userId) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h % 100;
}

export function isEnabled(flag: Flag, ctx: FlagContext): boolean {
  switch (flag) {
    case 'newCheckout':
      return ctx.userId ? bucket(ctx.userId) < 25 : false;
    case 'betaSearch':
      return ctx.plan !== 'free';
    case 'darkMode':
      return true;
    default: {
§      // unknown flags are off; the never-assignment makes new flags a compile error here
      const exhaustive: never = flag;
      return exhaustive;
    }
  }
}
'''),

K("src/index.ts",
  "clean; barrel file whose comment says the rest of the public API is re-exported from ./types ({L}) — and it is",
  r'''
export { Client, type ClientOptions } from './client';
export { ApiError, RateLimitError, isApiError } from './errors';
export { paginate } from './paginate';

§// the rest of the public API (request/response shapes) is re-exported from ./types
export type * from './types';

export const VERSION = '2.3.0';
'''),

K("src/app/not-found.tsx",
  "clean; UI copy that sounds like assistant chatter ({L}) is legitimate page text",
  r'''
import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg py-24 text-center">
      <h1 className="text-3xl font-semibold">Page not found</h1>
§      <p className="mt-4">Sorry, we couldn&apos;t find that page. Here&apos;s what you can try instead:</p>
      <ul className="mt-6 space-y-2">
        <li>
          <Link href="/">Go back to the homepage</Link>
        </li>
        <li>
          <Link href="/search">Search the docs</Link>
        </li>
        <li>
§          <a href="mailto:support@example.com">Let us know if you think this is a bug</a>
        </li>
      </ul>
    </main>
  );
}
'''),

K("src/workers/shutdown.ts",
  "clean; empty SIGPIPE listener with an explanatory comment ({L1}) and `catch {}` with an ignore comment ({L2})",
  r'''
import type { Server } from 'node:http';

type Closeable = { close(): Promise<void> | void };

export function installShutdown(server: Server, resources: Closeable[], timeoutMs = 10_000) {
  let shuttingDown = false;

  const shutdown = async (signal: NodeJS.Signals) => {
    if (shuttingDown) return;
    shuttingDown = true;
    console.info(`received ${signal}, draining`);
    const timer = setTimeout(() => process.exit(1), timeoutMs).unref();
    server.close();
    for (const r of resources) {
      try {
        await r.close();
      } catch {
§        // ignore: best effort, we're exiting anyway
      }
    }
    clearTimeout(timer);
    process.exit(0);
  };

  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
§  process.on('SIGPIPE', () => {}); // log shipper may close stdout first; don't crash on it
}
'''),

K("src/config/defaults.ts",
  "clean; JSDoc/comments containing '...' and 'and so on' ({L})",
  r'''
export interface RetryPolicy {
  /** First delay in ms. */
  baseDelay: number;
  /** Upper bound for any single delay. */
  maxDelay: number;
  attempts: number;
}

/**
§ * Retry delays grow as 100, 200, 400, ... up to maxDelay.
 */
export const defaultRetry: RetryPolicy = {
  baseDelay: 100,
  maxDelay: 10_000,
  attempts: 6,
};

export const defaultTimeouts = {
  connect: 3_000,
  request: 15_000,
  idle: 60_000,
} as const;

§/** Locales we ship translations for: en, de, fr and so on — keep in sync with /locales. */
export const supportedLocales = ['en', 'de', 'fr', 'es', 'it', 'ja'] as const;
export type Locale = (typeof supportedLocales)[number];
'''),

K("src/components/List.tsx",
  "clean; '…and N more' JSX text ({L}); no final newline",
  r'''
import type { ReactNode } from 'react';

interface ListProps<T> {
  items: T[];
  max?: number;
  renderItem: (item: T) => ReactNode;
  getKey: (item: T) => string;
}

export function List<T>({ items, max = 5, renderItem, getKey }: ListProps<T>) {
  const visible = items.slice(0, max);
  const hidden = items.length - visible.length;

  return (
    <ul className="list">
      {visible.map((item) => (
        <li key={getKey(item)}>{renderItem(item)}</li>
      ))}
§      {hidden > 0 && <li className="list__more">…and {hidden} more</li>}
    </ul>
  );
}'''),

K("src/testing/fakes.ts",
  "clean; fake implementations with intentionally empty async methods and comments ({L})",
  r'''
import type { Mailer, Message } from '../mail/types';
import type { Metrics } from '../metrics/types';

export class FakeMailer implements Mailer {
  readonly sent: Message[] = [];

  async send(message: Message): Promise<void> {
    this.sent.push(message);
  }

  async verify(): Promise<void> {
§    // fake transport: nothing leaves the process, so there is nothing to verify
  }
}

export class NullMetrics implements Metrics {
§  increment(): void {}
  gauge(): void {}
  timing(): void {}
  async flush(): Promise<void> {
§    // no-op in tests
  }
}
'''),

K("src/decorators/deprecated.ts",
  "clean; TODO comment ({L1}) and rest/spread forwarding in a method decorator ({L2}); no final newline",
  r'''
const warned = new Set<string>();

§// TODO: remove together with the v2 compatibility layer in v3
export function deprecated(message?: string) {
  return function <This, Args extends unknown[], Return>(
    target: (this: This, ...args: Args) => Return,
    context: ClassMethodDecoratorContext<This, (this: This, ...args: Args) => Return>,
  ) {
    const name = String(context.name);
§    return function (this: This, ...args: Args): Return {
      if (!warned.has(name)) {
        warned.add(name);
        console.warn(`${name}() is deprecated${message ? `: ${message}` : ''}`);
      }
      return target.call(this, ...args);
    };
  };
}'''),
]

SH = [
K("scripts/lib/common.sh",
  "clean; stub functions whose body is `:` or `true` ({L}), redefined further down when DEBUG=1",
  r'''
#!/usr/bin/env bash
# Sourced by the other scripts; defines logging helpers.

RED=$'\033[31m'
YELLOW=$'\033[33m'
RESET=$'\033[0m'

log_info() { printf '%s\n' "$*"; }
log_warn() { printf '%s%s%s\n' "$YELLOW" "$*" "$RESET" >&2; }
log_error() { printf '%s%s%s\n' "$RED" "$*" "$RESET" >&2; }

# debug output is off unless DEBUG=1; the stubs keep call sites unconditional
§log_debug() { :; }
§trace_cmd() { true; }

if [[ "${DEBUG:-0}" == "1" ]]; then
  log_debug() { printf '[debug] %s\n' "$*" >&2; }
  trace_cmd() { set -x; }
fi

die() {
  log_error "$*"
  exit 1
}
'''),

K("scripts/with-lock.sh",
  "clean; `: # no-op` branch ({L1}) and an empty `*) ;;` case arm ({L2})",
  r'''
#!/usr/bin/env bash
# usage: with-lock.sh <lockname> <command...>
set -euo pipefail

name=${1:?lock name required}
shift

LOCK_DIR=${LOCK_DIR:-/var/lock}
lock="$LOCK_DIR/$name.lock"
wait_mode=${LOCK_WAIT:-fail}

exec 9>"$lock"

if flock -n 9; then
§  : # got the lock straight away, nothing else to do
else
  case "$wait_mode" in
    wait) flock 9 ;;
    fail)
      echo "$name is already running" >&2
      exit 75
      ;;
§    *) ;;
  esac
fi

"$@"
'''),

K("bin/onboard",
  "clean; heredoc text that reads like assistant chatter ({L}) is the script's intended welcome message",
  r'''
#!/usr/bin/env bash
set -euo pipefail

name=$(git config user.name || echo "there")

cat <<EOF
§Welcome, $name! Here's what this script will do:

  1. install the toolchain with mise
  2. create your .env from .env.example
  3. start the local databases

§If anything breaks, let us know in #dev-help and paste the rest of the output.
EOF

read -r -p "Continue? [Y/n] " answer
[[ "$answer" =~ ^[Nn] ]] && exit 0

mise install
[[ -f .env ]] || cp .env.example .env
docker compose up -d postgres redis
echo "All set. Happy hacking!"
'''),

K("scripts/tail-build.sh",
  "clean; echo text that mentions 'the rest of the output' ({L})",
  r'''
#!/usr/bin/env bash
set -uo pipefail

LOG=${LOG:-build.log}
LINES=${LINES:-40}

make -j"$(nproc)" all >"$LOG" 2>&1
rc=$?

if ((rc != 0)); then
  echo "build failed (exit $rc); last $LINES lines:"
  tail -n "$LINES" "$LOG"
§  echo "…see the rest of the output in $LOG"
fi

exit "$rc"
'''),

K("scripts/vendor-sync.sh",
  "clean; comment '# unchanged from upstream' ({L}) above a complete copied function",
  r'''
#!/usr/bin/env bash
set -euo pipefail

UPSTREAM=https://github.com/example/shlib
REF=${REF:-v1.4.0}
DEST=vendor/shlib

§# unchanged from upstream (shlib/lib/semver.sh @ v1.4.0), kept here so the
# release script works without a network connection
semver_gt() {
  local IFS=.
  local -a a=($1) b=($2)
  local i
  for i in 0 1 2; do
    ((10#${a[i]:-0} > 10#${b[i]:-0})) && return 0
    ((10#${a[i]:-0} < 10#${b[i]:-0})) && return 1
  done
  return 1
}

current=$(cat "$DEST/VERSION" 2>/dev/null || echo 0.0.0)
if semver_gt "${REF#v}" "$current"; then
  rm -rf "$DEST"
  git clone --quiet --depth 1 --branch "$REF" "$UPSTREAM" "$DEST"
  rm -rf "$DEST/.git"
  echo "${REF#v}" > "$DEST/VERSION"
  echo "vendored shlib $REF"
else
  echo "shlib $current is up to date"
fi
'''),

K("docker/entrypoint-default.sh",
  "clean (POSIX sh); empty `*) ;;` arm ({L}) in a standard entrypoint",
  r'''
#!/bin/sh
set -e

# If the first argument looks like a flag, assume the user wants to run the
# server with extra options: `docker run image --port 9000`.
case "$1" in
  -*) set -- server "$@" ;;
§  *) ;;
esac

if [ "$1" = "server" ]; then
  shift
  set -- /usr/local/bin/app serve --config /etc/app/config.toml "$@"
fi

if [ "$(id -u)" = "0" ] && [ -n "$APP_UID" ]; then
  chown -R "$APP_UID" /var/lib/app
fi

exec "$@"
'''),

K("scripts/hooks/post-merge",
  "clean (POSIX sh); `then :` with a comment ({L}) as a deliberate no-op branch",
  r'''
#!/bin/sh
# Re-install dependencies when the lockfile changed in a merge/pull.
changed=$(git diff-tree -r --name-only --no-commit-id ORIG_HEAD HEAD)

has_changed() {
  echo "$changed" | grep -q -- "$1"
}

if [ -n "$SKIP_POST_MERGE" ]; then
§  : # explicitly disabled, e.g. during rebases driven by tooling
elif has_changed "pnpm-lock.yaml"; then
  echo "pnpm-lock.yaml changed, running pnpm install"
  pnpm install --frozen-lockfile
fi

if has_changed "prisma/schema.prisma"; then
  echo "prisma schema changed, regenerating client"
  pnpm prisma generate
fi
'''),

K("scripts/retry.sh",
  "clean; comment saying the rest of the args are forwarded ({L}) to a real \"$@\" invocation",
  r'''
#!/usr/bin/env bash
# usage: retry.sh [-n attempts] [-d delay] -- command [args...]
set -uo pipefail

attempts=5
delay=2

while getopts 'n:d:' opt; do
  case "$opt" in
    n) attempts=$OPTARG ;;
    d) delay=$OPTARG ;;
    *) echo "usage: $0 [-n attempts] [-d delay] -- command" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[[ "${1:-}" == "--" ]] && shift

§# the rest of the args are forwarded to the command untouched
for ((i = 1; i <= attempts; i++)); do
  "$@" && exit 0
  rc=$?
  echo "attempt $i/$attempts failed with $rc" >&2
  ((i < attempts)) && sleep $((delay * i))
done
exit "$rc"
'''),

K("scripts/env.sh",
  "clean; comments addressed to the reader of the file ({L}); no final newline",
  r'''
#!/usr/bin/env bash
# Shared defaults for the local tooling; source this file.

§# You can override this with APP_ENV=staging before sourcing.
: "${APP_ENV:=development}"

§# Point this at your own cluster if you don't use the shared one.
: "${KUBE_CONTEXT:=dev-shared}"

: "${API_PORT:=8080}"
: "${WEB_PORT:=5173}"

export APP_ENV KUBE_CONTEXT API_PORT WEB_PORT'''),

K("ci/skip-if-docs-only.sh",
  "clean; message text saying the rest of the pipeline is skipped ({L})",
  r'''
#!/usr/bin/env bash
set -euo pipefail

base=${CI_MERGE_REQUEST_DIFF_BASE_SHA:-origin/main}
mapfile -t changed < <(git diff --name-only "$base"...HEAD)

for f in "${changed[@]}"; do
  case "$f" in
    docs/*|*.md|.github/ISSUE_TEMPLATE/*) ;;
    *)
      echo "code changes detected ($f), running the full pipeline"
      exit 0
      ;;
  esac
done

§echo "Nothing to do: only documentation changed, the rest of the pipeline is skipped."
echo "SKIP_PIPELINE=true" >> "${GITHUB_ENV:-/dev/null}"
'''),

K("scripts/print-help.sh",
  "clean; usage heredoc with '...' and 'and so on' ({L})",
  r'''
#!/usr/bin/env bash
set -euo pipefail

prog=$(basename "$0")

cat <<USAGE
§usage: $prog [options] <file>...

Convert one or more Markdown files to HTML.

options:
  -o DIR      write output to DIR (default: ./out)
  -t NAME     template to use: default, slides, print
  -w          watch the inputs and rebuild on change
  -h          show this help

§Files are processed in order (chapter-01.md, chapter-02.md, and so on).
USAGE
'''),

K("install.sh",
  "clean; installer messages that sound like chatter ({L})",
  r'''
#!/bin/sh
# curl -fsSL https://get.example.dev | sh
set -eu

REPO=example/tool
INSTALL_DIR=${INSTALL_DIR:-$HOME/.local/bin}

os=$(uname -s | tr '[:upper:]' '[:lower:]')
arch=$(uname -m)
case "$arch" in
  x86_64|amd64) arch=amd64 ;;
  aarch64|arm64) arch=arm64 ;;
  *) echo "unsupported architecture: $arch" >&2; exit 1 ;;
esac

url="https://github.com/$REPO/releases/latest/download/tool_${os}_${arch}.tar.gz"
mkdir -p "$INSTALL_DIR"
curl -fsSL "$url" | tar -xz -C "$INSTALL_DIR" tool

§echo "Thanks for trying tool! Next steps:"
echo "  1. make sure $INSTALL_DIR is on your PATH"
echo "  2. run 'tool init' inside a project"
§echo "If anything goes wrong, open an issue and paste the rest of the output above."
'''),

K("scripts/cleanup-tmp.sh",
  "clean (POSIX sh); case arm that is intentionally left blank with `;;` ({L1}) and `trap '' HUP` ({L2})",
  r'''
#!/bin/sh
set -eu

TMP_ROOT=${TMP_ROOT:-/tmp}
MAX_AGE_MIN=${MAX_AGE_MIN:-1440}

§trap '' HUP

for dir in "$TMP_ROOT"/build-* "$TMP_ROOT"/pytest-of-*; do
  [ -e "$dir" ] || continue
  case "$dir" in
    *.keep)
§      # intentionally left blank: *.keep directories are never removed
      ;;
    *)
      if [ -n "$(find "$dir" -maxdepth 0 -mmin +"$MAX_AGE_MIN")" ]; then
        rm -rf "$dir"
      fi
      ;;
  esac
done
'''),

K("scripts/ci/annotate.sh",
  "clean; function whose body is `return 0` with a comment explaining it is a no-op outside GitHub ({L})",
  r'''
#!/usr/bin/env bash
# Emit CI annotations in whatever format the current CI understands.

annotate() {
  local level=$1 file=$2 line=$3 msg=$4
  if [[ -n "${GITHUB_ACTIONS:-}" ]]; then
    echo "::${level} file=${file},line=${line}::${msg}"
  elif [[ -n "${GITLAB_CI:-}" ]]; then
    echo "${file}:${line}: ${level}: ${msg}"
  fi
}

group_start() {
  if [[ -n "${GITHUB_ACTIONS:-}" ]]; then
    echo "::group::$1"
    return 0
  fi
§  return 0 # GitHub-only feature; elsewhere this is a no-op
}

group_end() {
  [[ -n "${GITHUB_ACTIONS:-}" ]] && echo "::endgroup::"
  return 0
}
'''),

K("bin/mkrelease",
  "clean; comment 'same as above but for the arm64 build' ({L}) followed by the real command; no final newline",
  r'''
#!/usr/bin/env bash
set -euo pipefail

VERSION=${1:?usage: mkrelease <version>}
OUT=dist/$VERSION
mkdir -p "$OUT"

GOOS=linux GOARCH=amd64 CGO_ENABLED=0 \
  go build -trimpath -ldflags "-s -w -X main.version=$VERSION" -o "$OUT/app-linux-amd64" ./cmd/app

§# same as above but for the arm64 build
GOOS=linux GOARCH=arm64 CGO_ENABLED=0 \
  go build -trimpath -ldflags "-s -w -X main.version=$VERSION" -o "$OUT/app-linux-arm64" ./cmd/app

(cd "$OUT" && sha256sum app-* > SHA256SUMS)
echo "release $VERSION ready in $OUT"'''),
]

FILES = JS + TS + SH
