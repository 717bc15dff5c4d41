from bases import cl

# ------------------------------------------------------------------ .ts

cl("string_utils_rest_unchanged_doc.ts", r'''
/**
 * Replaces the first occurrence of `search` and returns the rest of the string unchanged.
 *
 * @example
 *   replaceFirst('a-b-c', '-', '+') // => 'a+b-c'
 */
export function replaceFirst(input: string, search: string, replacement: string): string {
  const i = input.indexOf(search);
  if (i === -1) return input;
  return input.slice(0, i) + replacement + input.slice(i + search.length);
}

/** Joins path segments with a single `/`; empty segments are skipped. */
export function joinPath(...parts: string[]): string {
  return parts
    .filter((p) => p.length > 0)
    .map((p, i) => (i === 0 ? p.replace(/\/+$/, '') : p.replace(/^\/+|\/+$/g, '')))
    .join('/');
}

/** Same as `joinPath` but always returns an absolute path. */
export function joinAbsolute(...parts: string[]): string {
  const joined = joinPath(...parts);
  return joined.startsWith('/') ? joined : `/${joined}`;
}
''')

cl("format_overloads_declare.ts", r'''
declare module 'legacy-formatter' {
  export function format(value: number, pattern?: string): string;
  export const version: string;
}

declare global {
  interface Window {
    __APP_VERSION__: string;
  }
}

export function toArray(value: string): string[];
export function toArray(value: string[]): string[];
export function toArray(value: string | string[]): string[] {
  return Array.isArray(value) ? value : value.split(',').map((s) => s.trim());
}

export function pick<T extends object, K extends keyof T>(obj: T, ...keys: K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) out[key] = obj[key];
  return out;
}
''')

cl("merge_config_spread_as_is.ts", r'''
export interface RetryOptions {
  retries: number;
  factor: number;
  minTimeoutMs: number;
  maxTimeoutMs: number;
  onRetry?: (attempt: number, err: unknown) => void;
}

const DEFAULTS: RetryOptions = {
  retries: 3,
  factor: 2,
  minTimeoutMs: 200,
  maxTimeoutMs: 5_000,
};

/**
 * Merges user options over the defaults. Unknown keys are ignored; other
 * fields are copied as-is, so callbacks keep their identity.
 */
export function resolveRetryOptions(user: Partial<RetryOptions> = {}): RetryOptions {
  const merged = { ...DEFAULTS, ...user };
  merged.retries = Math.max(0, Math.floor(merged.retries));
  merged.minTimeoutMs = Math.min(merged.minTimeoutMs, merged.maxTimeoutMs);
  return merged;
}

export function backoff(attempt: number, o: RetryOptions): number {
  return Math.min(o.maxTimeoutMs, o.minTimeoutMs * o.factor ** attempt);
}
''')

cl("list_issues_todo_pagination.ts", r'''
import { Octokit } from '@octokit/rest';

export interface IssueSummary {
  number: number;
  title: string;
  labels: string[];
}

// TODO: handle pagination (GitHub caps per_page at 100)
export async function listOpenIssues(octokit: Octokit, owner: string, repo: string): Promise<IssueSummary[]> {
  const { data } = await octokit.rest.issues.listForRepo({ owner, repo, state: 'open', per_page: 100 });
  return data
    .filter((issue) => !issue.pull_request)
    .map((issue) => ({
      number: issue.number,
      title: issue.title,
      labels: issue.labels.map((l) => (typeof l === 'string' ? l : l.name ?? '')),
    }));
}

// FIXME: labels with emoji names are not normalised yet
export function hasLabel(issue: IssueSummary, label: string): boolean {
  return issue.labels.some((l) => l.toLowerCase() === label.toLowerCase());
}
''')

cl("progress_logger_loading_messages.ts", r'''
type Level = 'info' | 'warn' | 'error';

export class ProgressLogger {
  private started = Date.now();

  constructor(private readonly prefix = '[sync]') {}

  log(level: Level, message: string): void {
    const elapsed = ((Date.now() - this.started) / 1000).toFixed(1);
    console[level](`${this.prefix} ${elapsed}s ${message}`);
  }

  start(total: number): void {
    this.log('info', `Loading ${total} records...`);
  }

  retry(attempt: number): void {
    this.log('warn', `Request failed, retrying (attempt ${attempt})…`);
  }

  done(): void {
    this.log('info', 'Done.');
  }
}
''')

cl("ambient_globals.d.ts", r'''
// Type declarations for globals injected by the build (see vite.config.ts).
declare const __BUILD_SHA__: string;
declare const __BUILD_TIME__: string;

declare module '*.svg' {
  const src: string;
  export default src;
}

declare module '*.module.css' {
  const classes: { readonly [key: string]: string };
  export default classes;
}

interface ImportMetaEnv {
  readonly VITE_API_URL: string;
  readonly VITE_SENTRY_DSN?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

declare function track(event: string, ...props: Array<Record<string, unknown>>): void;
''')

cl("price_calc_commented_out_code.ts", r'''
export interface LineItem {
  unitPriceCents: number;
  quantity: number;
  taxRate: number;
}

export function lineTotal(item: LineItem): number {
  // Old implementation rounded per unit, which drifted on large quantities:
  // const unit = Math.round(item.unitPriceCents * (1 + item.taxRate));
  // return unit * item.quantity;
  const gross = item.unitPriceCents * item.quantity * (1 + item.taxRate);
  return Math.round(gross);
}

export function orderTotal(items: LineItem[]): number {
  return items.reduce((sum, item) => sum + lineTotal(item), 0);
}

// console.debug('orderTotal', items);
''')

cl("license_header_changelog.ts", r'''
/*
 * Copyright (c) 2024 Acme Corp.
 *
 * Permission is hereby granted, free of charge, to any person obtaining a copy
 * of this software and associated documentation files (the "Software"), to deal
 * in the Software without restriction, subject to the conditions in LICENSE.
 */

// Changelog:
//   2024-03-02  added `strict` option
//   2024-05-19  `parseBool` accepts "on"/"off"

export function parseBool(value: string | undefined, fallback = false): boolean {
  if (value === undefined) return fallback;
  const v = value.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  return fallback;
}
''')

# ------------------------------------------------------------------ .tsx

cl("list_spread_props.tsx", r'''
import type { ComponentPropsWithoutRef, ReactNode } from 'react';

type ListProps<T> = {
  items: T[];
  renderItem: (item: T) => ReactNode;
  pinned?: T[];
} & ComponentPropsWithoutRef<'ul'>;

export function List<T extends { id: string }>({ items, renderItem, pinned = [], ...rest }: ListProps<T>) {
  const all = [...pinned, ...items.filter((i) => !pinned.some((p) => p.id === i.id))];
  return (
    <ul {...rest}>
      {all.map((item) => (
        <li key={item.id}>{renderItem(item)}</li>
      ))}
    </ul>
  );
}
''')

cl("icon_button_jsx_describes.tsx", r'''
import type { ButtonHTMLAttributes, ReactNode } from 'react';

interface IconButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  icon?: ReactNode;
  label: string;
}

export function IconButton({ icon, label, className = '', ...props }: IconButtonProps) {
  return (
    <button type="button" className={`icon-button ${className}`} aria-label={label} {...props}>
      {/* The icon is optional; the label is rendered as-is for screen readers */}
      {icon}
      <span className="sr-only">{label}</span>
    </button>
  );
}
''')

cl("save_status_loading_text.tsx", r'''
import { useEffect, useState } from 'react';

type Status = 'idle' | 'saving' | 'saved' | 'error';

const labels: Record<Status, string> = {
  idle: '',
  saving: 'Saving...',
  saved: 'All changes saved',
  error: 'Could not save. Retrying…',
};

export function SaveStatus({ status }: { status: Status }) {
  const [visible, setVisible] = useState(status !== 'idle');

  useEffect(() => {
    setVisible(status !== 'idle');
    if (status === 'saved') {
      const t = setTimeout(() => setVisible(false), 2000);
      return () => clearTimeout(t);
    }
  }, [status]);

  if (!visible) return null;
  return <p className={`save-status save-status--${status}`}>{labels[status]}</p>;
}
''')

cl("combobox_todo_keyboard.tsx", r'''
import { useState } from 'react';

interface Option {
  value: string;
  label: string;
}

// TODO: add keyboard navigation (arrow keys + Enter)
// TODO(a11y): announce the number of results with aria-live
export function Combobox({ options, onSelect }: { options: Option[]; onSelect: (v: string) => void }) {
  const [query, setQuery] = useState('');
  const matches = options.filter((o) => o.label.toLowerCase().includes(query.toLowerCase()));

  return (
    <div className="combobox">
      <input value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Search…" />
      <ul role="listbox">
        {matches.map((o) => (
          <li key={o.value} role="option" aria-selected={false} onClick={() => onSelect(o.value)}>
            {o.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
''')

cl("generic_select_overloads.tsx", r'''
import type { ReactElement } from 'react';

type SingleProps<T> = { multiple?: false; value: T; onChange: (v: T) => void };
type MultiProps<T> = { multiple: true; value: T[]; onChange: (v: T[]) => void };

export function Select<T extends string>(props: SingleProps<T> & { options: T[] }): ReactElement;
export function Select<T extends string>(props: MultiProps<T> & { options: T[] }): ReactElement;
export function Select<T extends string>(props: (SingleProps<T> | MultiProps<T>) & { options: T[] }): ReactElement {
  if (props.multiple) {
    const { value, onChange, options } = props;
    return (
      <select multiple value={value} onChange={(e) => onChange(Array.from(e.target.selectedOptions, (o) => o.value as T))}>
        {options.map((o) => <option key={o}>{o}</option>)}
      </select>
    );
  }
  const { value, onChange, options } = props;
  return (
    <select value={value} onChange={(e) => onChange(e.target.value as T)}>
      {options.map((o) => <option key={o}>{o}</option>)}
    </select>
  );
}
''')

cl("data_table_rest_props_forwarded.tsx", r'''
import type { TableHTMLAttributes } from 'react';

interface Column<Row> {
  key: keyof Row & string;
  header: string;
}

interface DataTableProps<Row> extends TableHTMLAttributes<HTMLTableElement> {
  rows: Row[];
  columns: Column<Row>[];
}

export function DataTable<Row extends { id: string | number }>({ rows, columns, ...rest }: DataTableProps<Row>) {
  // Remaining props are forwarded to the <table> element unchanged.
  return (
    <table {...rest}>
      <thead>
        <tr>{columns.map((c) => <th key={c.key}>{c.header}</th>)}</tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            {columns.map((c) => <td key={c.key}>{String(row[c.key])}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
''')

cl("password_fields_same_as_above.tsx", r'''
import { useState } from 'react';

export function PasswordFields({ onValid }: { onValid: (password: string) => void }) {
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const mismatch = confirm.length > 0 && confirm !== password;

  return (
    <fieldset>
      <label>
        Password
        <input type="password" value={password} minLength={12} onChange={(e) => setPassword(e.target.value)} />
      </label>
      {/* Same as above but for the confirmation field; shows an error on mismatch */}
      <label>
        Confirm password
        <input type="password" value={confirm} onChange={(e) => setConfirm(e.target.value)} aria-invalid={mismatch} />
      </label>
      {mismatch && <p role="alert">Passwords do not match</p>}
      <button type="button" disabled={mismatch || password.length < 12} onClick={() => onValid(password)}>
        Continue
      </button>
    </fieldset>
  );
}
''')

# ------------------------------------------------------------------ .js

cl("merge_deep_spread_args.js", r'''
'use strict';

function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Deep-merges any number of objects from left to right.
 * Arrays are replaced, not concatenated.
 * @param {...object} sources
 * @returns {object}
 */
function mergeDeep(...sources) {
  return sources.reduce((acc, src) => {
    for (const [key, value] of Object.entries(src || {})) {
      acc[key] = isPlainObject(value) && isPlainObject(acc[key]) ? mergeDeep(acc[key], value) : value;
    }
    return acc;
  }, {});
}

const uniq = (list) => [...new Set(list)];

module.exports = { mergeDeep, uniq };
''')

cl("cli_help_text_etc.js", r'''
#!/usr/bin/env node
'use strict';

const HELP = `Usage: imgopt [options] <files...>

Options:
  -q, --quality <n>   output quality (default 80)
  -w, --width <px>    resize to this width
  -f, --format <fmt>  webp, avif, jpeg, png, etc.
  -h, --help          show this help

Examples:
  imgopt -q 70 photos/*.jpg
  imgopt -w 1200 -f webp hero.png banner.png ...
`;

const args = process.argv.slice(2);
if (args.length === 0 || args.includes('-h') || args.includes('--help')) {
  process.stdout.write(HELP);
  process.exit(0);
}

console.log('Optimizing %d file(s)...', args.filter((a) => !a.startsWith('-')).length);
''')

cl("batch_processor_remaining_next_batch.js", r'''
const BATCH_SIZE = 100;

/**
 * Processes up to BATCH_SIZE jobs per tick. Remaining items are processed in
 * the next batch, so a large backlog never blocks the event loop for long.
 */
class BatchProcessor {
  constructor(handler) {
    this.handler = handler;
    this.queue = [];
    this.scheduled = false;
  }

  push(...jobs) {
    this.queue.push(...jobs);
    this.schedule();
  }

  schedule() {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  async flush() {
    this.scheduled = false;
    const batch = this.queue.splice(0, BATCH_SIZE);
    await Promise.all(batch.map((job) => this.handler(job)));
    if (this.queue.length > 0) this.schedule();
  }
}

module.exports = BatchProcessor;
''')

cl("session_store_keep_alive.js", r'''
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');

const redisClient = createClient({ url: process.env.REDIS_URL });
redisClient.connect().catch((err) => console.error('redis connect failed', err));

module.exports = session({
  store: new RedisStore({ client: redisClient, prefix: 'sess:' }),
  secret: process.env.SESSION_SECRET,
  name: 'sid',
  // Keep existing sessions alive on reload: rolling refreshes the cookie expiry
  // on every response instead of only when the session changes.
  rolling: true,
  resave: false,
  saveUninitialized: false,
  cookie: {
    httpOnly: true,
    sameSite: 'lax',
    secure: process.env.NODE_ENV === 'production',
    maxAge: 1000 * 60 * 60 * 24 * 7,
  },
});
''')

cl("jsdoc_rest_params_logger.js", r'''
/**
 * Creates a namespaced logger.
 *
 * @param {string} namespace
 * @returns {{ info: (...args: unknown[]) => void, error: (...args: unknown[]) => void }}
 */
function createLogger(namespace) {
  const tag = `[${namespace}]`;
  return {
    /** @param {...unknown} args values to print after the tag */
    info: (...args) => console.log(tag, ...args),
    /** @param {...unknown} args */
    error: (...args) => console.error(tag, ...args),
  };
}

/**
 * @param {...string} names  e.g. 'db', 'http', 'cache', ...
 */
function createLoggers(...names) {
  return Object.fromEntries(names.map((n) => [n, createLogger(n)]));
}

module.exports = { createLogger, createLoggers };
''')

cl("legacy_commented_out_handlers.js", r'''
const express = require('express');
const router = express.Router();

router.get('/status', (req, res) => {
  res.json({ ok: true, uptime: process.uptime() });
});

// Disabled until the v2 clients are gone:
// router.get('/v1/status', (req, res) => {
//   res.send('OK');
// });

router.get('/version', (req, res) => {
  res.json({ version: process.env.APP_VERSION || 'dev' });
});

/*
router.post('/debug/gc', (req, res) => {
  global.gc();
  res.sendStatus(204);
});
*/

module.exports = router;
''')

cl("retry_fetch_log_messages.js", r'''
async function fetchWithRetry(url, options = {}, retries = 3) {
  for (let attempt = 1; attempt <= retries; attempt += 1) {
    try {
      const res = await fetch(url, options);
      if (res.ok) return res;
      console.warn(`HTTP ${res.status} from ${url}; retrying...`);
    } catch (err) {
      console.warn(`Network error (${err.message}); retrying…`);
    }
    await new Promise((r) => setTimeout(r, 250 * 2 ** attempt));
  }
  throw new Error(`Giving up on ${url} after ${retries} attempts`);
}

module.exports = { fetchWithRetry };
''')

cl("index_reexports_as_is.js", r'''
// Public entry point. Submodules are re-exported as-is; anything not listed
// here is internal and may change without notice.
export { createClient } from './client.js';
export { RetryPolicy, defaultRetryPolicy } from './retry.js';
export * from './errors.js';
export * as schema from './schema.js';

export const VERSION = '3.2.0';

export function configure(options = {}) {
  const { timeoutMs = 10000, ...rest } = options;
  return { timeoutMs, ...rest };
}
''', lang="esm")

# ------------------------------------------------------------------ .jsx

cl("button_spread_props.jsx", r'''
import clsx from 'clsx';

export default function Button({ variant = 'primary', size = 'md', className, children, ...props }) {
  return (
    <button
      type="button"
      className={clsx('btn', `btn-${variant}`, `btn-${size}`, className)}
      {...props}
    >
      {children}
    </button>
  );
}

export function ButtonGroup({ buttons }) {
  return (
    <div className="btn-group">
      {buttons.map(({ id, label, ...rest }) => (
        <Button key={id} {...rest}>
          {label}
        </Button>
      ))}
    </div>
  );
}
''')

cl("spinner_loading_text.jsx", r'''
export function Spinner({ label = 'Loading...' }) {
  return (
    <div className="spinner" role="status" aria-live="polite">
      <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
        <circle cx="12" cy="12" r="10" fill="none" strokeWidth="3" />
      </svg>
      <span>{label}</span>
    </div>
  );
}

export function PageLoader() {
  return (
    <div className="page-loader">
      <Spinner label="Fetching your workspace…" />
      <p>This can take a few seconds...</p>
    </div>
  );
}
''')

cl("truncate_text_ellipsis.jsx", r'''
import { useState } from 'react';

/**
 * Shows the first `max` characters followed by "…" and a toggle.
 * Text shorter than `max` is rendered unchanged.
 */
export default function TruncateText({ text, max = 160 }) {
  const [expanded, setExpanded] = useState(false);
  if (text.length <= max) return <p>{text}</p>;

  return (
    <p>
      {expanded ? text : `${text.slice(0, max).trimEnd()}…`}{' '}
      <button className="link" onClick={() => setExpanded((e) => !e)}>
        {expanded ? 'Show less' : 'Read more'}
      </button>
    </p>
  );
}
''')

cl("mobile_nav_todo.jsx", r'''
import { useState } from 'react';

// TODO: close the menu when the route changes
// FIXME: focus trap is missing while the drawer is open
export default function MobileNav({ links }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button aria-expanded={open} aria-controls="mobile-nav" onClick={() => setOpen(!open)}>
        Menu
      </button>
      <nav id="mobile-nav" hidden={!open}>
        <ul>
          {links.map((l) => (
            <li key={l.href}>
              <a href={l.href}>{l.label}</a>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
''')

cl("profile_form_omitted_fields_null.jsx", r'''
import { useState } from 'react';

// Omitted fields default to null on the server, so only send what the user touched.
function diff(initial, current) {
  return Object.fromEntries(Object.entries(current).filter(([k, v]) => initial[k] !== v));
}

export default function ProfileForm({ initial, onSave }) {
  const [values, setValues] = useState(initial);
  const set = (key) => (e) => setValues({ ...values, [key]: e.target.value });

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSave(diff(initial, values));
      }}
    >
      <input value={values.name ?? ''} onChange={set('name')} placeholder="Name" />
      <input value={values.company ?? ''} onChange={set('company')} placeholder="Company" />
      <input value={values.website ?? ''} onChange={set('website')} placeholder="https://…" />
      <button type="submit">Save</button>
    </form>
  );
}
''')

cl("infinite_list_next_batch.jsx", r'''
import { useEffect, useRef } from 'react';

export default function InfiniteList({ items, hasMore, loadMore, renderItem }) {
  const sentinel = useRef(null);

  useEffect(() => {
    if (!hasMore) return undefined;
    // When the sentinel scrolls into view, the remaining items are requested
    // as the next batch; already rendered rows are kept as they are.
    const observer = new IntersectionObserver(([entry]) => entry.isIntersecting && loadMore());
    observer.observe(sentinel.current);
    return () => observer.disconnect();
  }, [hasMore, loadMore]);

  return (
    <ul className="infinite-list">
      {items.map((item) => (
        <li key={item.id}>{renderItem(item)}</li>
      ))}
      {hasMore && <li ref={sentinel} aria-hidden="true" className="sentinel" />}
    </ul>
  );
}
''')

cl("card_children_rendered_as_is.jsx", r'''
export default function Card({ title, actions, footer, children }) {
  return (
    <section className="card">
      <header className="card-header">
        <h3>{title}</h3>
        {actions && <div className="card-actions">{actions}</div>}
      </header>
      <div className="card-body">
        {/* children are rendered as-is; wrap them yourself if you need padding */}
        {children}
      </div>
      {footer ? <footer className="card-footer">{footer}</footer> : null}
    </section>
  );
}
''')

# ------------------------------------------------------------------ .mjs / .cjs

cl("vite_config_section_headings.mjs", r'''
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  // --- plugins ---
  plugins: [vue()],

  // --- dev server ---
  server: {
    port: 5174,
    strictPort: true,
  },

  // --- build options ---
  build: {
    target: 'es2020',
    sourcemap: true,
    rollupOptions: {
      output: { manualChunks: { vendor: ['vue', 'vue-router', 'pinia'] } },
    },
  },
});
''')

cl("cli_argv_rest.mjs", r'''
#!/usr/bin/env node
import { spawn } from 'node:child_process';

// Usage: with-env <file> <command> [args...]
const [, , envFile, command, ...args] = process.argv;

if (!envFile || !command) {
  console.error('usage: with-env <file> <command> [args...]');
  process.exit(2);
}

const { parse } = await import('dotenv');
const { readFile } = await import('node:fs/promises');
const vars = parse(await readFile(envFile, 'utf8'));

// Remaining args are passed through unchanged.
const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...vars } });
child.on('exit', (code) => process.exit(code ?? 1));
''')

cl("logger_ellipsis_strings.cjs", r'''
'use strict';

const levels = { debug: 10, info: 20, warn: 30, error: 40 };
const threshold = levels[process.env.LOG_LEVEL || 'info'];

function log(level, msg, meta) {
  if (levels[level] < threshold) return;
  const line = { t: new Date().toISOString(), level, msg, ...meta };
  process.stdout.write(JSON.stringify(line) + '\n');
}

function truncate(str, max = 200) {
  return str.length > max ? `${str.slice(0, max)}... (${str.length - max} more chars)` : str;
}

log('info', 'Starting worker...');
log('debug', 'payload', { body: truncate(JSON.stringify({ example: true })) });

module.exports = { log, truncate };
''')

cl("csv_transform_passthrough.mjs", r'''
import { Transform } from 'node:stream';

/**
 * Uppercases the country column of a CSV stream.
 * Lines that don't have enough columns are passed through unchanged.
 */
export function uppercaseCountry(columnIndex) {
  let buffered = '';
  return new Transform({
    transform(chunk, _enc, cb) {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop();
      const out = lines.map((line) => {
        const cols = line.split(',');
        if (cols.length <= columnIndex) return line;
        cols[columnIndex] = cols[columnIndex].toUpperCase();
        return cols.join(',');
      });
      cb(null, out.length ? out.join('\n') + '\n' : '');
    },
    flush(cb) {
      cb(null, buffered);
    },
  });
}
''')

cl("config_loader_omitted_defaults.cjs", r'''
const fs = require('node:fs');
const path = require('node:path');

const DEFAULTS = Object.freeze({
  port: 8080,
  host: '127.0.0.1',
  logLevel: 'info',
  cacheTtlSeconds: 300,
});

/**
 * Reads config.json next to the app. Omitted keys fall back to DEFAULTS;
 * unknown keys are kept so plugins can read their own settings.
 */
function loadConfig(dir = process.cwd()) {
  const file = path.join(dir, 'config.json');
  if (!fs.existsSync(file)) return { ...DEFAULTS };
  const user = JSON.parse(fs.readFileSync(file, 'utf8'));
  return { ...DEFAULTS, ...user };
}

module.exports = { loadConfig, DEFAULTS };
''')

cl("release_notes_changelog_comment.mjs", r'''
// release-notes.mjs
//
// History:
//   v1.0  initial version, reads conventional commits since the last tag
//   v1.1  groups "feat" and "fix" separately; other types are listed under "Other"
//   v1.2  skips merge commits
import { execFileSync } from 'node:child_process';

const lastTag = execFileSync('git', ['describe', '--tags', '--abbrev=0']).toString().trim();
const log = execFileSync('git', ['log', '--no-merges', '--format=%s', `${lastTag}..HEAD`]).toString();

const groups = { feat: [], fix: [], other: [] };
for (const subject of log.split('\n').filter(Boolean)) {
  const type = subject.split(/[:(]/)[0];
  (groups[type] ?? groups.other).push(subject);
}

console.log(`## Since ${lastTag}\n`);
for (const [name, items] of Object.entries(groups)) {
  if (items.length) console.log(`### ${name}\n${items.map((s) => `- ${s}`).join('\n')}\n`);
}
''')

cl("eslint_flat_config_spread.mjs", r'''
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import react from 'eslint-plugin-react';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { react },
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      ...react.configs.recommended.rules,
      'react/react-in-jsx-scope': 'off',
    },
  },
);
''')

# ------------------------------------------------------------------ .py

cl("storage_protocol_ellipsis.py", r'''
from __future__ import annotations

from typing import Iterator, Protocol, runtime_checkable


@runtime_checkable
class BlobStore(Protocol):
    """Minimal interface implemented by the S3 and filesystem backends."""

    def get(self, key: str) -> bytes: ...

    def put(self, key: str, data: bytes, *, content_type: str | None = None) -> None: ...

    def delete(self, key: str) -> None: ...

    def list(self, prefix: str = "") -> Iterator[str]: ...


class MemoryStore:
    def __init__(self) -> None:
        self._data: dict[str, bytes] = {}

    def get(self, key: str) -> bytes:
        return self._data[key]

    def put(self, key: str, data: bytes, *, content_type: str | None = None) -> None:
        self._data[key] = data

    def delete(self, key: str) -> None:
        self._data.pop(key, None)

    def list(self, prefix: str = "") -> Iterator[str]:
        return (k for k in sorted(self._data) if k.startswith(prefix))
''')

cl("notifier_abstract_methods.py", r'''
from abc import ABC, abstractmethod


class Notifier(ABC):
    """Base class for notification channels."""

    @abstractmethod
    def send(self, recipient: str, subject: str, body: str) -> None:
        ...

    @abstractmethod
    def healthy(self) -> bool:
        """Return True if the channel can currently deliver messages."""
        ...

    def send_many(self, recipients: list[str], subject: str, body: str) -> int:
        sent = 0
        for r in recipients:
            self.send(r, subject, body)
            sent += 1
        return sent


class ConsoleNotifier(Notifier):
    def send(self, recipient: str, subject: str, body: str) -> None:
        print(f"to={recipient} subject={subject!r}\n{body}")

    def healthy(self) -> bool:
        return True
''')

cl("parse_overloads_typing.py", r'''
from typing import overload


@overload
def parse_size(value: str) -> int: ...
@overload
def parse_size(value: None) -> None: ...
def parse_size(value: str | None) -> int | None:
    """Parse '10K', '5M', '2G' or a plain byte count."""
    if value is None:
        return None
    units = {"K": 1024, "M": 1024**2, "G": 1024**3}
    value = value.strip().upper()
    if value[-1:] in units:
        return int(float(value[:-1]) * units[value[-1]])
    return int(value)


@overload
def first(items: list[str]) -> str: ...
@overload
def first(items: list[str], default: str) -> str: ...
def first(items: list[str], default: str | None = None) -> str:
    if items:
        return items[0]
    if default is None:
        raise IndexError("empty list and no default")
    return default
''')

cl("geometry_stub_style.py", r'''
"""Type stubs for the compiled _geometry extension (kept as .py so tools can import it)."""
from typing import Sequence

class Point:
    x: float
    y: float
    def __init__(self, x: float, y: float) -> None: ...
    def distance_to(self, other: "Point") -> float: ...

class Polygon:
    def __init__(self, points: Sequence[Point]) -> None: ...
    @property
    def area(self) -> float: ...
    def contains(self, p: Point) -> bool: ...

def convex_hull(points: Sequence[Point]) -> Polygon: ...
def simplify(poly: Polygon, tolerance: float = ...) -> Polygon: ...
''')

cl("text_helpers_rest_unchanged_doc.py", r'''
def strip_prefix(s: str, prefix: str) -> str:
    """Remove *prefix* if present and return the rest of the string unchanged."""
    return s[len(prefix):] if s.startswith(prefix) else s


def wrap_words(text: str, width: int = 72) -> list[str]:
    """Greedy word wrap.

    Words longer than *width* are kept as-is on their own line; the remaining
    words continue on the next line.
    """
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines


def ellipsize(s: str, max_len: int) -> str:
    """Same as truncation, but marks the cut with '...'."""
    return s if len(s) <= max_len else s[: max_len - 3] + "..."
''')

cl("numpy_ellipsis_indexing.py", r'''
import numpy as np


def to_grayscale(images: np.ndarray) -> np.ndarray:
    """Convert an (..., H, W, 3) RGB batch to (..., H, W) luminance."""
    weights = np.array([0.299, 0.587, 0.114], dtype=images.dtype)
    return images[..., :3] @ weights


def first_channel(volume: np.ndarray) -> np.ndarray:
    return volume[..., 0]


def normalise(batch: np.ndarray) -> np.ndarray:
    mean = batch.mean(axis=(-2, -1), keepdims=True)
    std = batch.std(axis=(-2, -1), keepdims=True) + 1e-8
    out = (batch - mean) / std
    out[..., 0, 0] = 0.0  # pin the corner pixel, see issue #212
    return out


SENTINEL = ...
''')

cl("migrate_todo_comments.py", r'''
import logging
import sqlite3

log = logging.getLogger(__name__)


def migrate(conn: sqlite3.Connection) -> None:
    # TODO: wrap each step in a savepoint so a failure can be resumed
    # TODO(perf): batch the backfill for tables over 1M rows
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version < 1:
        conn.execute("CREATE TABLE IF NOT EXISTS tags (id INTEGER PRIMARY KEY, name TEXT UNIQUE)")
        conn.execute("PRAGMA user_version = 1")
    if version < 2:
        conn.execute("ALTER TABLE tags ADD COLUMN color TEXT")
        # XXX: existing rows keep NULL color; the UI falls back to grey
        conn.execute("PRAGMA user_version = 2")
    conn.commit()
    log.info("schema at version %s", conn.execute("PRAGMA user_version").fetchone()[0])
''')

cl("download_progress_messages.py", r'''
import sys
import urllib.request


def download(url: str, dest: str) -> None:
    print(f"Downloading {url}...", flush=True)

    def hook(blocks: int, block_size: int, total: int) -> None:
        if total > 0:
            pct = min(100, blocks * block_size * 100 // total)
            sys.stdout.write(f"\r  {pct:3d}%")
            sys.stdout.flush()

    urllib.request.urlretrieve(url, dest, reporthook=hook)
    print("\nVerifying checksum…")
    print("Done.")


if __name__ == "__main__":
    download(sys.argv[1], sys.argv[2])
''')

# ------------------------------------------------------------------ .sh

cl("install_echo_progress.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

PREFIX="${PREFIX:-/usr/local}"
VERSION="1.4.2"

echo "Installing mytool ${VERSION} into ${PREFIX}..."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "Downloading..."
curl -fsSL -o "$tmp/mytool.tar.gz" "https://downloads.example.com/mytool/${VERSION}/mytool-linux-amd64.tar.gz"

echo "Extracting…"
tar -xzf "$tmp/mytool.tar.gz" -C "$tmp"
install -m 0755 "$tmp/mytool" "$PREFIX/bin/mytool"

echo "Done. Run 'mytool --help' to get started."
''')

cl("wrapper_args_passthrough.sh", r'''
#!/usr/bin/env bash
# Thin wrapper around docker compose for the dev stack.
set -euo pipefail

cd "$(dirname "$0")/.."

if [[ "${1:-}" == "--prod" ]]; then
  shift
  files=(-f compose.yml -f compose.prod.yml)
else
  files=(-f compose.yml)
fi

# Remaining args are passed through unchanged to docker compose.
exec docker compose "${files[@]}" "$@"
''')

cl("usage_heredoc_etc.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: backup.sh [-d DIR] [-k DAYS] TARGET...

Targets are names from /etc/backup.d (postgres, uploads, grafana, etc.).

Options:
  -d DIR    write archives to DIR (default /var/backups)
  -k DAYS   keep archives for DAYS days (default 14)
  -h        show this help
EOF
}

DIR=/var/backups
KEEP=14
while getopts ":d:k:h" opt; do
  case "$opt" in
    d) DIR="$OPTARG" ;;
    k) KEEP="$OPTARG" ;;
    h) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
echo "backing up $* to $DIR (keeping $KEEP days)"
''')

cl("rotate_logs_todo.sh", r'''
#!/bin/sh
set -eu

LOG_DIR="${LOG_DIR:-/var/log/myapp}"
MAX_AGE_DAYS=30

# TODO: switch to logrotate once the hosts are on the new image
# FIXME: compressing while the app still writes to the file loses lines

for f in "$LOG_DIR"/*.log; do
  [ -e "$f" ] || continue
  mv "$f" "$f.$(date +%Y%m%d)"
  gzip "$f.$(date +%Y%m%d)"
done

find "$LOG_DIR" -name '*.gz' -mtime +"$MAX_AGE_DAYS" -delete
kill -HUP "$(cat /run/myapp.pid)" 2>/dev/null || true
''')

cl("build_commented_out_steps.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

npm ci
npm run build

# Old asset pipeline, kept for reference until the CDN migration is verified:
# ./scripts/fingerprint-assets.sh dist/
# aws s3 sync dist/ s3://legacy-assets --cache-control max-age=31536000

# npm run test:e2e   # disabled: flaky on CI runners without GPU

tar -czf build.tar.gz -C dist .
sha256sum build.tar.gz > build.tar.gz.sha256
''')

cl("license_header_script.sh", r'''
#!/usr/bin/env bash
#
# Copyright 2023-2024 The Example Authors.
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS.

set -euo pipefail

for f in "$@"; do
  if ! grep -q "Licensed under the Apache License" "$f"; then
    echo "missing license header: $f" >&2
    exit 1
  fi
done
''')

cl("normalize_case_default_as_is.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

normalize_arch() {
  case "$1" in
    x86_64 | amd64) echo amd64 ;;
    aarch64 | arm64) echo arm64 ;;
    armv7l) echo armv7 ;;
    # anything else is printed as-is
    *) echo "$1" ;;
  esac
}

normalize_os() {
  local os
  os="$(echo "$1" | tr '[:upper:]' '[:lower:]')"
  echo "${os%%_*}"
}

echo "$(normalize_os "$(uname -s)")-$(normalize_arch "$(uname -m)")"
''')
