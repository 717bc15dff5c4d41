from common import add

L = "clean"

# ------------------------------------------------------------------ JavaScript

add(L, "src/utils/deepMerge.js", r'''
/**
 * Deep-merge plain objects. Arrays are replaced, not concatenated.
 * The rest of the keys (anything that is not a plain object) are copied as-is.
 */
const isPlainObject = (v) => v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;

export function deepMerge(target, ...sources) {
  for (const source of sources) {
    if (!isPlainObject(source)) continue;
    for (const [key, value] of Object.entries(source)) {
      if (isPlainObject(value) && isPlainObject(target[key])) {
        target[key] = deepMerge({ ...target[key] }, value);
      } else {
        // same as Object.assign for primitives, arrays, dates, etc.
        target[key] = value;
      }
    }
  }
  return target;
}

export function withDefaults(defaults, overrides = {}) {
  const { theme, ...rest } = overrides;
  const merged = deepMerge({}, defaults, rest);
  return theme ? { ...merged, theme: { ...merged.theme, ...theme } } : merged;
}

export const pickDefined = (obj) =>
  Object.fromEntries(Object.entries(obj ?? {}).filter(([, v]) => v !== undefined));
''', "comments with \"The rest of the keys\" and \"same as ... etc.\"; ...sources rest parameter and spreads",
    needle=["The rest of the keys", "same as Object.assign"])

add(L, "server/middleware/requestLogger.cjs", r'''
'use strict';

const { randomUUID } = require('crypto');

// Note: the line format is the same as the nginx access log, so the same
// Loki parsers work for both. If you change it, update deploy/loki/pipeline.yaml.
const FORMAT = (r) =>
  `${r.ip} - ${r.user ?? '-'} [${r.time}] "${r.method} ${r.url} HTTP/${r.httpVersion}" ${r.status} ${r.bytes} ${r.ms}ms ${r.id}`;

function requestLogger({ log = console.log, skip = () => false } = {}) {
  return function (req, res, next) {
    if (skip(req)) return next();

    const start = process.hrtime.bigint();
    req.id = req.get('x-request-id') ?? randomUUID();
    res.setHeader('x-request-id', req.id);

    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      log(
        FORMAT({
          ip: req.ip,
          user: req.user?.id,
          time: new Date().toISOString(),
          method: req.method,
          url: req.originalUrl,
          httpVersion: req.httpVersion,
          status: res.statusCode,
          bytes: res.getHeader('content-length') ?? 0,
          ms: ms.toFixed(1),
          id: req.id,
        })
      );
    });

    // TODO: sample 2xx health checks instead of skipping them entirely
    next();
  };
}

module.exports = { requestLogger };
''', "\"Note:\" and \"TODO:\" comments, \"same as\" wording; optional chaining",
    needle=["Note: the line format is the same as", "TODO: sample 2xx"])

add(L, "components/ProductList.jsx", r'''
import { useState } from 'react';
import ProductCard from './ProductCard';

const FIRST_BATCH = 12;

export default function ProductList({ products, onAddToCart, ...listProps }) {
  const [showAll, setShowAll] = useState(false);
  const visible = showAll ? products : products.slice(0, FIRST_BATCH);
  const remaining = products.length - visible.length;

  if (!products?.length) {
    return <p className="empty">No products match these filters.</p>;
  }

  return (
    <section {...listProps} className="product-list">
      <ul>
        {visible.map(({ id, ...product }) => (
          <li key={id}>
            <ProductCard {...product} onAdd={() => onAddToCart?.(id)} />
          </li>
        ))}
      </ul>
      {/* the remaining products are only rendered after "Show more" is clicked */}
      {remaining > 0 && (
        <button type="button" onClick={() => setShowAll(true)}>
          Show {remaining} more
        </button>
      )}
    </section>
  );
}
''', "JSX comment mentioning \"the remaining products\"; ...listProps rest and spread props, optional chaining",
    needle="the remaining products are only rendered")

add(L, "lib/eventBus.mjs", r'''
// Tiny typed-ish event bus used by the game client.
// Handlers registered with once() are removed after the first call; the other ones stay
// until off() is called or the bus is cleared.

export class EventBus {
  #handlers = new Map();

  on(event, handler) {
    if (!this.#handlers.has(event)) this.#handlers.set(event, new Set());
    this.#handlers.get(event).add(handler);
    return () => this.off(event, handler);
  }

  once(event, handler) {
    const wrapper = (...args) => {
      this.off(event, wrapper);
      handler(...args);
    };
    return this.on(event, wrapper);
  }

  off(event, handler) {
    this.#handlers.get(event)?.delete(handler);
  }

  emit(event, ...args) {
    // copy first: a handler may unsubscribe itself (as once() does) while we iterate
    for (const handler of [...(this.#handlers.get(event) ?? [])]) {
      handler(...args);
    }
  }

  clear() {
    this.#handlers.clear();
  }
}

export const bus = new EventBus();
''', "comments mentioning \"the other ones\" and \"as once() does\"; ...args rest/spread, private field, optional chaining",
    needle=["the other ones stay", "as once() does"])

add(L, "scripts/migrate-config.js", r'''
#!/usr/bin/env node
'use strict';

// Converts config/*.json from the v1 layout to v2.
// I know this looks odd, but we keep writing v1 keys alongside the new ones for one
// release so that old workers (which still read `db_host`, `db_port`, etc.) keep running.

const fs = require('fs');
const path = require('path');

const dir = process.argv[2] || path.join(__dirname, '..', 'config');

for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const full = path.join(dir, file);
  const v1 = JSON.parse(fs.readFileSync(full, 'utf8'));
  if (v1.version === 2) {
    console.log(`${file}: already v2, unchanged`);
    continue;
  }

  const { db_host, db_port, db_name, ...other } = v1;
  const v2 = {
    ...other,
    version: 2,
    database: { host: db_host, port: Number(db_port) || 5432, name: db_name },
    // legacy keys, remove after 3.4 ships
    db_host,
    db_port,
    db_name,
  };

  fs.writeFileSync(full, JSON.stringify(v2, null, 2) + '\n');
  console.log(`${file}: migrated`);
}
''', "maintainer note \"I know this looks odd, but\", \"etc.\", \"unchanged\" in a log message; ...other rest",
    needle=["I know this looks odd, but", "already v2, unchanged"])

add(L, "game/inventory.js", r'''
export const MAX_SLOTS = 24;

export function createInventory(items = []) {
  return { slots: items.slice(0, MAX_SLOTS), gold: 0 };
}

// Sorting keeps equipped items where they are; everything else is sorted by
// rarity, then name. Items that don't move keep their slot index as before.
const RARITY = { legendary: 0, epic: 1, rare: 2, common: 3 };

export function sortInventory(inv) {
  const equipped = inv.slots.filter((it) => it?.equipped);
  const rest = inv.slots
    .filter((it) => it && !it.equipped)
    .sort((a, b) => (RARITY[a.rarity] ?? 9) - (RARITY[b.rarity] ?? 9) || a.name.localeCompare(b.name));
  return { ...inv, slots: [...equipped, ...rest] };
}

export function addItem(inv, item) {
  if (inv.slots.length >= MAX_SLOTS) return { inv, added: false };
  return { inv: { ...inv, slots: [...inv.slots, item] }, added: true };
}

export function removeItem(inv, itemId) {
  const slots = inv.slots.filter((it) => it?.id !== itemId);
  return slots.length === inv.slots.length ? inv : { ...inv, slots };
}
''', "comment with \"everything else\" and \"as before\"; variable named rest, spreads, optional chaining",
    needle="keep their slot index as before", nonl=True)

# ------------------------------------------------------------------ TypeScript

add(L, "src/lib/pick.ts", r'''
/**
 * Returns a copy of `obj` with only the listed keys. The rest of the object is dropped.
 * Same as lodash's pick, but typed and without the path syntax.
 */
export function pick<T extends object, K extends keyof T>(obj: T, ...keys: K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) {
    if (key in obj) out[key] = obj[key];
  }
  return out;
}

/** The opposite of pick(): everything except the listed keys. */
export function omit<T extends object, K extends keyof T>(obj: T, ...keys: K[]): Omit<T, K> {
  const out = { ...obj };
  for (const key of keys) delete out[key];
  return out as Omit<T, K>;
}

export function compact<T>(values: Array<T | null | undefined>): T[] {
  return values.filter((v): v is T => v !== null && v !== undefined);
}
''', "doc comments \"The rest of the object is dropped\" and \"Same as lodash's pick\"; ...keys rest parameters",
    needle=["The rest of the object is dropped", "Same as lodash's pick"])

add(L, "src/api/client.ts", r'''
// You can override the base URL with VITE_API_URL; everything else is derived from it.
const BASE_URL: string = import.meta.env?.VITE_API_URL ?? '/api';

export class ApiError extends Error {
  constructor(
    public readonly status: number,
    public readonly body: unknown,
  ) {
    super(`API request failed with ${status}`);
  }
}

type Json = Record<string, unknown> | unknown[];

export async function apiFetch<T>(path: string, init: RequestInit & { json?: Json } = {}): Promise<T> {
  const { json, headers, ...rest } = init;
  const res = await fetch(`${BASE_URL}${path}`, {
    ...rest,
    headers: {
      Accept: 'application/json',
      ...(json ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    },
    body: json ? JSON.stringify(json) : rest.body,
    credentials: 'include',
  });

  const text = await res.text();
  const data = text ? JSON.parse(text) : null;
  if (!res.ok) throw new ApiError(res.status, data);
  return data as T;
}

export const getMe = () => apiFetch<{ id: string; email: string }>('/me');
export const updateMe = (patch: { displayName?: string }) => apiFetch('/me', { method: 'PATCH', json: patch });
''', "comment addressing the reader (\"You can override ...\", \"everything else\"); rest/spread, optional chaining",
    needle="You can override the base URL")

add(L, "src/components/Button.tsx", r'''
import type { AnchorHTMLAttributes, ButtonHTMLAttributes, ReactNode } from 'react';

type Common = { variant?: 'primary' | 'secondary' | 'ghost'; icon?: ReactNode };
type AsButton = Common & ButtonHTMLAttributes<HTMLButtonElement> & { href?: undefined };
type AsLink = Common & AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

export type ButtonProps = AsButton | AsLink;

export function Button({ variant = 'primary', icon, children, className, ...rest }: ButtonProps) {
  const classes = ['btn', `btn--${variant}`, className].filter(Boolean).join(' ');
  const content = (
    <>
      {icon && <span className="btn__icon">{icon}</span>}
      {children}
    </>
  );

  if (rest.href !== undefined) {
    // same styling as the <button> branch below, rendered as a real link for SEO
    return (
      <a className={classes} {...(rest as AnchorHTMLAttributes<HTMLAnchorElement>)}>
        {content}
      </a>
    );
  }

  return (
    <button type="button" className={classes} {...(rest as ButtonHTMLAttributes<HTMLButtonElement>)}>
      {content}
    </button>
  );
}
''', "comment \"same styling as the <button> branch below\"; ...rest props spread in JSX",
    needle="same styling as the <button> branch")

add(L, "src/ml/metrics.ts", r'''
export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export function confusion(yTrue: number[], yPred: number[], threshold = 0.5): Confusion {
  const c: Confusion = { tp: 0, fp: 0, tn: 0, fn: 0 };
  yTrue.forEach((t, i) => {
    const p = yPred[i] >= threshold ? 1 : 0;
    if (t === 1 && p === 1) c.tp++;
    else if (t === 0 && p === 1) c.fp++;
    else if (t === 0 && p === 0) c.tn++;
    else c.fn++;
  });
  return c;
}

// Note: precision is defined as 0 when there are no positive predictions, which is
// what scikit-learn does with zero_division=0. The remaining metrics follow from these two.
export const precision = ({ tp, fp }: Confusion) => (tp + fp === 0 ? 0 : tp / (tp + fp));
export const recall = ({ tp, fn }: Confusion) => (tp + fn === 0 ? 0 : tp / (tp + fn));

export function f1(c: Confusion): number {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

// TODO: add ROC-AUC once the eval service sends raw scores instead of labels
export function summary(yTrue: number[], yPred: number[], threshold?: number) {
  const c = confusion(yTrue, yPred, threshold);
  return { ...c, precision: precision(c), recall: recall(c), f1: f1(c) };
}
''', "\"Note:\", \"The remaining metrics\" and \"TODO:\" comments; object spread",
    needle=["Note: precision is defined", "TODO: add ROC-AUC"])

add(L, "src/config/defaults.ts", r'''
export type Provider = 'openai' | 'anthropic' | 'local';

export interface ModelConfig {
  provider: Provider;
  model: string;
  temperature: number;
  maxTokens: number;
  timeoutMs: number;
}

// Baseline for every provider. Other providers fall back to these values unless
// PROVIDER_OVERRIDES below says otherwise.
export const DEFAULTS: Omit<ModelConfig, 'provider' | 'model'> = {
  temperature: 0.2,
  maxTokens: 1024,
  timeoutMs: 30_000,
};

const PROVIDER_OVERRIDES: Partial<Record<Provider, Partial<ModelConfig>>> = {
  local: { timeoutMs: 120_000, maxTokens: 512 },
};

export function resolveConfig(provider: Provider, model: string, overrides: Partial<ModelConfig> = {}): ModelConfig {
  return {
    ...DEFAULTS,
    ...PROVIDER_OVERRIDES[provider],
    ...overrides,
    provider,
    model,
  };
}
''', "comment \"Other providers fall back to these values\"; object spreads",
    needle="Other providers fall back to these values")

add(L, "src/game/state.ts", r'''
export interface Player {
  id: string;
  hp: number;
  x: number;
  y: number;
  score: number;
}

export interface GameState {
  tick: number;
  players: Record<string, Player>;
  phase: 'lobby' | 'playing' | 'ended';
}

export type Action =
  | { type: 'tick' }
  | { type: 'move'; id: string; dx: number; dy: number }
  | { type: 'damage'; id: string; amount: number }
  | { type: 'end' };

export function reduce(state: GameState, action: Action): GameState {
  switch (action.type) {
    case 'tick':
      return { ...state, tick: state.tick + 1 };
    case 'move': {
      const p = state.players[action.id];
      if (!p) return state; // unknown player: state stays unchanged
      return { ...state, players: { ...state.players, [p.id]: { ...p, x: p.x + action.dx, y: p.y + action.dy } } };
    }
    case 'damage': {
      const p = state.players[action.id];
      if (!p) return state;
      const hp = Math.max(0, p.hp - action.amount);
      return { ...state, players: { ...state.players, [p.id]: { ...p, hp } } };
    }
    case 'end':
      // scores, positions etc. are kept as-is so the results screen can show them
      return { ...state, phase: 'ended' };
  }
}
''', "comments with \"stays unchanged\" and \"etc. are kept as-is\"; heavy object spread",
    needle=["state stays unchanged", "etc. are kept as-is"], nonl=True)
