from common import add

L = "placeholder"

# ---------------------------------------------------------------- comment-only

add(L, "api/orders.js", r'''
import { httpClient } from './httpClient.js';
import { toCamel } from '../utils/case.js';

const PAGE_SIZE = 50;

export async function fetchUsers({ page = 1, search = '' } = {}) {
  const params = new URLSearchParams({ page: String(page), limit: String(PAGE_SIZE) });
  if (search) params.set('q', search);

  const res = await httpClient.get(`/users?${params}`);
  if (!res.ok) {
    throw new Error(`fetchUsers failed: ${res.status}`);
  }
  const body = await res.json();
  return {
    items: body.data.map(toCamel),
    total: body.meta.total,
    hasMore: page * PAGE_SIZE < body.meta.total,
  };
}

export async function fetchOrders({ page = 1, status } = {}) {
  // identical to fetchUsers above, only the endpoint is /orders and `status` replaces `search`
}

export async function fetchOrderSummary() {
  const { items, total } = await fetchOrders({ page: 1, status: 'open' });
  const revenue = items.reduce((sum, o) => sum + o.totalCents, 0);
  return { openCount: total, revenueCents: revenue };
}
''', "emptied body of fetchOrders with a comment pointing at fetchUsers; fetchOrderSummary destructures its result",
    needle="identical to fetchUsers above", kind="comment-only")

add(L, "reducers/cartReducer.js", r'''
export const ADD_ITEM = 'cart/ADD_ITEM';
export const REMOVE_ITEM = 'cart/REMOVE_ITEM';
export const UPDATE_QTY = 'cart/UPDATE_QTY';
export const CLEAR_CART = 'cart/CLEAR_CART';

const initialState = { items: [], couponCode: null };

export default function cartReducer(state = initialState, action) {
  switch (action.type) {
    case ADD_ITEM: {
      const existing = state.items.find((i) => i.sku === action.payload.sku);
      if (existing) {
        return {
          ...state,
          items: state.items.map((i) =>
            i.sku === action.payload.sku ? { ...i, qty: i.qty + action.payload.qty } : i
          ),
        };
      }
      return { ...state, items: [...state.items, action.payload] };
    }
    // REMOVE_ITEM and UPDATE_QTY: same pattern as ADD_ITEM, filter/map on sku
    case CLEAR_CART:
      return initialState;
    default:
      return state;
  }
}

export const addItem = (item) => ({ type: ADD_ITEM, payload: item });
export const removeItem = (sku) => ({ type: REMOVE_ITEM, payload: { sku } });
export const updateQty = (sku, qty) => ({ type: UPDATE_QTY, payload: { sku, qty } });
export const clearCart = () => ({ type: CLEAR_CART });
''', "switch cases REMOVE_ITEM/UPDATE_QTY replaced by a comment; their action creators are still exported",
    needle="REMOVE_ITEM and UPDATE_QTY: same pattern", kind="comment-only")

add(L, "config/webpack.config.cjs", r'''
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');

const isProd = process.env.NODE_ENV === 'production';

module.exports = {
  mode: isProd ? 'production' : 'development',
  entry: './src/index.js',
  output: {
    path: path.resolve(__dirname, 'dist'),
    filename: isProd ? '[name].[contenthash].js' : '[name].js',
    publicPath: '/',
  },
  module: {
    rules: [
      {
        test: /\.jsx?$/,
        exclude: /node_modules/,
        use: 'babel-loader',
      },
      // scss + image/font loaders: keep the ones from your current config
    ],
  },
  resolve: {
    extensions: ['.js', '.jsx'],
    alias: { '@': path.resolve(__dirname, 'src') },
  },
  plugins: [
    new HtmlWebpackPlugin({ template: './public/index.html' }),
    new MiniCssExtractPlugin({ filename: isProd ? '[name].[contenthash].css' : '[name].css' }),
  ],
  devServer: {
    historyApiFallback: true,
    port: 8080,
    proxy: { '/api': 'http://localhost:3000' },
  },
  devtool: isProd ? 'source-map' : 'eval-cheap-module-source-map',
};
''', "comment standing for the missing scss/asset rules at the end of module.rules (MiniCssExtractPlugin.loader never used)",
    needle="scss + image/font loaders", kind="comment-only")

add(L, "components/Dashboard.jsx", r'''
import React, { useEffect, useState } from 'react';
import Sidebar from './Sidebar';
import Header from './Header';
import StatsGrid from './StatsGrid';
import Footer from './Footer';
import { getStats } from '../api/stats';

export default function Dashboard({ user }) {
  const [stats, setStats] = useState(null);
  const [range, setRange] = useState('7d');
  const [error, setError] = useState(null);

  useEffect(() => {
    let cancelled = false;
    getStats(range)
      .then((data) => !cancelled && setStats(data))
      .catch((err) => !cancelled && setError(err.message));
    return () => {
      cancelled = true;
    };
  }, [range]);

  return (
    <div className="dashboard">
      {/* Sidebar + Header markup goes here, same props as you had */}
      <main className="dashboard__content">
        <div className="range-picker">
          {['24h', '7d', '30d'].map((r) => (
            <button key={r} className={r === range ? 'active' : ''} onClick={() => setRange(r)}>
              {r}
            </button>
          ))}
        </div>
        {error && <p className="error">{error}</p>}
        {stats ? <StatsGrid stats={stats} /> : <p>Loading…</p>}
      </main>
      {/* footer unchanged */}
    </div>
  );
}
''', "JSX comments standing for the Sidebar/Header and Footer markup (components imported but never rendered)",
    needle=["Sidebar + Header markup goes here", "footer unchanged"], kind="comment-only")

add(L, "server/gameRoom.js", r'''
import { EventEmitter } from 'node:events';

const TICK_MS = 50;
const MAX_PLAYERS = 8;

export class GameRoom extends EventEmitter {
  constructor(id, { mapName = 'arena', maxPlayers = MAX_PLAYERS } = {}) {
    super();
    this.id = id;
    this.mapName = mapName;
    this.maxPlayers = maxPlayers;
    this.players = new Map();
    this.state = 'waiting';
    this.interval = setInterval(() => this.tick(), TICK_MS);
  }

  join(socket, profile) {
    if (this.players.size >= this.maxPlayers) {
      socket.emit('room:full', { roomId: this.id });
      return false;
    }
    this.players.set(socket.id, { socket, profile, x: 0, y: 0, hp: 100 });
    this.broadcast('player:joined', { id: socket.id, name: profile.name });
    if (this.players.size >= 2 && this.state === 'waiting') {
      this.state = 'countdown';
      this.emit('countdown', this.id);
    }
    return true;
  }

  handleInput(socketId, input) {
    const p = this.players.get(socketId);
    if (!p || this.state !== 'running') return;
    p.x += Math.sign(input.dx) * 4;
    p.y += Math.sign(input.dy) * 4;
  }

  // leave(), broadcast(), tick() and destroy() go here — nothing changed in those
}
''', "comment at the end of the class standing for leave/broadcast/tick/destroy, which the constructor and join() call",
    needle="leave(), broadcast(), tick() and destroy() go here", kind="comment-only")

add(L, "cli/index.mjs", r'''
#!/usr/bin/env node
// imports: commander, chalk, ora, fs/promises (readdir), path and ./upload.js — same list as before

const program = new Command();

program
  .name('shipit')
  .description('Bundle and upload static sites')
  .version('0.4.0');

program
  .command('deploy')
  .argument('<dir>', 'build directory')
  .option('-b, --bucket <name>', 'target bucket', process.env.SHIPIT_BUCKET)
  .option('--dry-run', 'print what would be uploaded')
  .action(async (dir, opts) => {
    const root = path.resolve(dir);
    const spinner = ora(`Scanning ${root}`).start();
    const files = await collect(root);
    spinner.succeed(`${files.length} files`);
    if (opts.dryRun) {
      files.forEach((f) => console.log(chalk.gray('  ' + path.relative(root, f))));
      return;
    }
    await upload(files, { bucket: opts.bucket, root });
    console.log(chalk.green('✔ deployed to ' + opts.bucket));
  });

async function collect(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await collect(full)));
    else out.push(full);
  }
  return out;
}

program.parseAsync(process.argv);
''', "import block replaced by a one-line comment; Command, ora, chalk, path, readdir and upload are used but never imported",
    needle="imports: commander, chalk", kind="comment-only")

add(L, "lib/validators.js", r'''
'use strict';

const validators = {
  required(value) {
    return value !== undefined && value !== null && String(value).trim() !== ''
      ? null
      : 'This field is required';
  },
  minLength(n) {
    return (value) => (String(value ?? '').length >= n ? null : `Must be at least ${n} characters`);
  },
  // email, phone and postalCode left out for brevity — they're the regex ones from before
};

function validateSignup(form) {
  const errors = {};
  const rules = {
    name: [validators.required, validators.minLength(2)],
    email: [validators.required, validators.email],
    phone: [validators.phone],
    zip: [validators.postalCode],
  };
  for (const [field, checks] of Object.entries(rules)) {
    for (const check of checks) {
      const msg = check(form[field]);
      if (msg) {
        errors[field] = msg;
        break;
      }
    }
  }
  return { valid: Object.keys(errors).length === 0, errors };
}

module.exports = { validators, validateSignup };
''', "comment in an object literal standing for the email/phone/postalCode members that validateSignup uses",
    needle="email, phone and postalCode left out for brevity", kind="comment-only")

add(L, "routes/auth.cjs", r'''
const express = require('express');
const bcrypt = require('bcryptjs');
const rateLimit = require('express-rate-limit');
const { User } = require('../models');

const router = express.Router();
const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, max: 10 });

router.post('/login', loginLimiter, async (req, res, next) => {
  try {
    const { email, password } = req.body;
    const user = await User.findOne({ where: { email: email.toLowerCase() } });
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
      return res.status(401).json({ error: 'Invalid credentials' });
    }
    req.session.regenerate((err) => {
      if (err) return next(err);
      req.session.userId = user.id;
      res.json({ id: user.id, email: user.email, role: user.role });
    });
  } catch (err) {
    next(err);
  }
});

router.post('/logout', (req, res) => {
  // session destroy + clearCookie — no changes from what you have now
});

router.get('/me', (req, res) => {
  if (!req.session.userId) return res.sendStatus(401);
  res.json({ id: req.session.userId });
});

module.exports = router;
''', "logout route handler body replaced by a comment (the request never gets a response)",
    needle="session destroy + clearCookie", kind="comment-only")

add(L, "workers/importer.js", r'''
import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse';
import split2 from 'split2';
import { insertBatch } from '../db/batch.js';

const BATCH = 500;

export async function importFile(filePath, table) {
  const ext = extname(filePath).toLowerCase();
  let rows;

  if (ext === '.csv') {
    rows = createReadStream(filePath).pipe(parseCsv({ columns: true, trim: true }));
  }
  // .json / .ndjson branches — these stay as they were (split2 + JSON.parse)
  else if (ext === '.tsv') {
    rows = createReadStream(filePath).pipe(parseCsv({ columns: true, delimiter: '\t' }));
  } else {
    throw new Error(`Unsupported file type: ${ext}`);
  }

  let batch = [];
  let total = 0;
  for await (const row of rows) {
    batch.push(row);
    if (batch.length >= BATCH) {
      await insertBatch(table, batch);
      total += batch.length;
      batch = [];
    }
  }
  if (batch.length) {
    await insertBatch(table, batch);
    total += batch.length;
  }
  return total;
}
''', "comment in the middle of an if/else-if chain standing for the .json/.ndjson branches (split2 imported, unused)",
    needle=".json / .ndjson branches", kind="comment-only")

add(L, "hooks/useInfiniteScroll.js", r'''
import { useEffect, useRef, useState, useCallback } from 'react';

export function useInfiniteScroll(loadMore, { rootMargin = '200px', enabled = true } = {}) {
  const sentinelRef = useRef(null);
  const [loading, setLoading] = useState(false);
  const [done, setDone] = useState(false);

  const handleIntersect = useCallback(
    async (entries) => {
      const [entry] = entries;
      if (!entry.isIntersecting || loading || done) return;
      setLoading(true);
      try {
        const more = await loadMore();
        if (!more) setDone(true);
      } finally {
        setLoading(false);
      }
    },
    [loadMore, loading, done]
  );

  useEffect(() => {
    if (!enabled || !sentinelRef.current) return undefined;
    // IntersectionObserver setup — identical to the version in useLazyImage
    return () => observer.disconnect();
  }, [enabled, handleIntersect, rootMargin]);

  return { sentinelRef, loading, done };
}
''', "observer creation inside useEffect replaced by a comment; cleanup still calls observer.disconnect()",
    needle="IntersectionObserver setup", kind="comment-only")

add(L, "ml/trainClient.mjs", r'''
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';

const API = process.env.TRAINER_API ?? 'http://localhost:8500';
const CHUNK_BYTES = 8 * 1024 * 1024;

async function api(path, init = {}) {
  const res = await fetch(`${API}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...(init.headers ?? {}) },
  });
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path} -> ${res.status}`);
  return res.json();
}

export async function uploadDataset(filePath) {
  /* chunked upload: same approach as in my previous answer (CHUNK_BYTES slices, PUT per part) */
}

export async function startRun({ datasetId, model = 'resnet18', epochs = 10, lr = 3e-4 }) {
  return api('/runs', {
    method: 'POST',
    body: JSON.stringify({ dataset_id: datasetId, model, epochs, lr }),
  });
}

export async function waitForRun(runId, { pollMs = 5000 } = {}) {
  for (;;) {
    const run = await api(`/runs/${runId}`);
    if (['succeeded', 'failed', 'cancelled'].includes(run.status)) return run;
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  const { datasetId } = await uploadDataset(file);
  const run = await startRun({ datasetId });
  console.log(`started ${run.id} for ${basename(file)}`);
  console.log(await waitForRun(run.id));
}
''', "uploadDataset body replaced by a block comment referring to a previous answer; caller destructures datasetId",
    needle="chunked upload: same approach as in my previous answer", kind="comment-only")

add(L, "scripts/seed.cjs", r'''
const { faker } = require('@faker-js/faker');
const { PrismaClient } = require('@prisma/client');

const prisma = new PrismaClient();
faker.seed(42);

async function seedUsers(count = 25) {
  const users = [];
  for (let i = 0; i < count; i++) {
    users.push(
      await prisma.user.create({
        data: {
          email: faker.internet.email().toLowerCase(),
          name: faker.person.fullName(),
          avatarUrl: faker.image.avatar(),
        },
      })
    );
  }
  return users;
}

async function main() {
  await prisma.review.deleteMany();
  await prisma.product.deleteMany();
  await prisma.user.deleteMany();

  const users = await seedUsers();
  const products = await seedProducts(40);
  await seedReviews(users, products);
  console.log(`seeded ${users.length} users, ${products.length} products`);
}

// seedProducts() and seedReviews() follow the same shape as seedUsers — skipped to save space

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
''', "module-level comment standing for seedProducts/seedReviews, which main() calls",
    needle="seedProducts() and seedReviews() follow the same shape", kind="comment-only")

# ------------------------------------------------------------- syntax-breaking

add(L, "store/index.js", r'''
import { configureStore, combineReducers } from '@reduxjs/toolkit';
import { persistStore, persistReducer, FLUSH, REHYDRATE, PAUSE, PERSIST, PURGE, REGISTER } from 'redux-persist';
import storage from 'redux-persist/lib/storage';
import cart from '../reducers/cartReducer';
import auth from '../features/auth/authSlice';
import ui from '../features/ui/uiSlice';

const rootReducer = combineReducers({ cart, auth, ui });

const persistConfig = {
  key: 'root',
  version: 2,
  storage,
  whitelist: ['cart', 'auth'],
};

export function makeStore(preloadedState) {
  const store = configureStore({
    reducer: persistReducer(persistConfig, rootReducer),
    preloadedState,
    middleware: (getDefault) =>
      getDefault({
        serializableCheck: {
          ignoredActions: [FLUSH, REHYDRATE, PAUSE, PERSIST, PURGE, REGISTER],
        },
      }),
    devTools: process.env.NODE_ENV !== 'production',
  });

  if (import.meta.hot) {
    ...
  }

  return store;
}

export const store = makeStore();
export const persistor = persistStore(store);
''', "bare `...` as the whole body of the hot-reload block",
    needle="    ...", kind="syntax-breaking")

add(L, "utils/http.js", r'''
import { getToken, refreshToken } from '../auth/tokens.js';

const BASE_URL = import.meta.env?.VITE_API_URL ?? '/api';

const baseHeaders = {
  Accept: 'application/json',
  'X-Client': 'web/3.2',
};

export async function request(path, { method = 'GET', body, signal } = {}) {
  const headers = {
    ...baseHeaders,
    'Content-Type': body ? 'application/json' : undefined,
    Authorization: // ...
  };

  let res = await fetch(`${BASE_URL}${path}`, {
    method,
    headers,
    body: body ? JSON.stringify(body) : undefined,
    signal,
  });

  if (res.status === 401) {
    await refreshToken();
    headers.Authorization = `Bearer ${getToken()}`;
    res = await fetch(`${BASE_URL}${path}`, { method, headers, body: body && JSON.stringify(body), signal });
  }

  if (!res.ok) {
    const text = await res.text();
    throw Object.assign(new Error(`HTTP ${res.status}`), { status: res.status, body: text });
  }
  return res.status === 204 ? null : res.json();
}

export const get = (p, o) => request(p, { ...o, method: 'GET' });
export const post = (p, body, o) => request(p, { ...o, method: 'POST', body });
''', "`Authorization: // ...` — property value required but only a comment follows",
    needle="Authorization: // ...", kind="syntax-breaking")

add(L, "components/Modal.jsx", r'''
import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import './Modal.css';

export default function Modal({ open, title, onClose, children }) {
  const dialogRef = useRef(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e) => {
      if (e.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    dialogRef.current?.focus();
    return () => document.removeEventListener('keydown', onKey);
  }, [open, onClose]);

  if (!open) return null;

  return createPortal(
    <div className="modal-backdrop" onClick={onClose}>
      <div
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby="modal-title"
        tabIndex={-1}
        ref={dialogRef}
        onClick={(e) => e.stopPropagation()}
      >
        <existing JSX>
        <div className="modal__body">{children}</div>
      </div>
    </div>,
    document.body
  );
}
''', "`<existing JSX>` marker standing for the modal header (opens an unclosed <existing> element)",
    needle="<existing JSX>", kind="syntax-breaking")

add(L, "api/client.mjs", r'''
import pRetry, { AbortError } from 'p-retry';

const DEFAULTS = { retries: 3, minTimeout: 250, factor: 2 };

export function createClient({ baseUrl, apiKey, timeoutMs = 10_000 }) {
  async function call(method, path, payload) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const res = await fetch(new URL(path, baseUrl), {
        method,
        headers: { 'x-api-key': apiKey, 'content-type': 'application/json' },
        body: payload ? JSON.stringify(payload) : undefined,
        signal: controller.signal,
      });
      if (res.status >= 500) throw new Error(`upstream ${res.status}`);
      if (!res.ok) throw new AbortError(`client error ${res.status}`);
      return await res.json();
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    get: (path) => pRetry(() => call('GET', path), DEFAULTS),
    post: (path, body) => pRetry(() => call('POST', path, body), /* … */, DEFAULTS),
    put: (path, body) => pRetry(() => call('PUT', path, body), DEFAULTS),
    del: (path) => pRetry(() => call('DELETE', path), DEFAULTS),
  };
}
''', "`/* … */` used as an argument between two commas (empty argument slot)",
    needle="/* … */", kind="syntax-breaking")

add(L, "routes/index.cjs", r'''
const { Router } = require('express');
const requireAuth = require('../middleware/requireAuth');
const users = require('./users');
const projects = require('./projects');
const billing = require('./billing');
const webhooks = require('./webhooks');

const api = Router();

api.get('/health', (req, res) => res.json({ ok: true, uptime: process.uptime() }));

api.use('/webhooks', webhooks);

api.use(requireAuth);
api.use('/users', users);
api.use('/projects', projects);
[... as before ...]

api.use((err, req, res, next) => {
  const status = err.status || 500;
  if (status >= 500) req.log?.error(err);
  res.status(status).json({ error: err.expose ? err.message : 'Internal Server Error' });
});

module.exports = api;
''', "`[... as before ...]` marker standing for the remaining router mounts (billing required but never mounted)",
    needle="[... as before ...]", kind="syntax-breaking")

add(L, "game/physics.js", r'''
export const GRAVITY = 9.81;
export const LAYERS = [
  'ground',
  'player',
  'enemy',
  …
];

// bit i of COLLISION_MASK[j] says whether layer j collides with layer i
const COLLISION_MASK = [0b11110, 0b10101, 0b00011, 0b00011, 0b00010];

export function collides(a, b) {
  return a.x < b.x + b.w && a.x + a.w > b.x && a.y < b.y + b.h && a.y + a.h > b.y;
}

function canCollide(l1, l2) {
  const i = LAYERS.indexOf(l1);
  const j = LAYERS.indexOf(l2);
  return ((COLLISION_MASK[i] >> j) & 1) === 1;
}

function resolve(body, other) {
  if (other.layer === 'pickup') {
    other.collected = true;
    return;
  }
  const overlapY = body.y + body.h - other.y;
  if (overlapY > 0 && body.vy > 0) {
    body.y -= overlapY;
    body.vy = 0;
    body.grounded = true;
  }
}

export function step(world, dt) {
  for (const body of world.bodies) {
    if (body.static) continue;
    body.vy += GRAVITY * dt;
    body.x += body.vx * dt;
    body.y += body.vy * dt;

    for (const other of world.bodies) {
      if (other === body || !canCollide(body.layer, other.layer)) continue;
      if (collides(body, other)) resolve(body, other);
    }
  }
}
''', "unicode ellipsis `…` as an array element standing for the remaining layers (mask has 5 entries, 'pickup' used later)",
    needle="  …", kind="syntax-breaking")
