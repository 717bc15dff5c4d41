from common import add

L = "placeholder"

# 1 ---------------------------------------------------------------- class body, comment-only
add(L, "src/api/client.js", "javascript",
    "Claude-style; class body middle: post/put/delete helpers elided but createUser/updateUser call this.post/this.put; comment-only, parses",
    expect="accept", body=r'''import { getToken } from '../auth/session.js';

const DEFAULT_TIMEOUT = 10_000;

export class ApiClient {
  constructor(baseUrl, { timeout = DEFAULT_TIMEOUT } = {}) {
    this.baseUrl = baseUrl.replace(/\/$/, '');
    this.timeout = timeout;
  }

  async #send(method, path, body) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeout);
    try {
      const res = await fetch(`${this.baseUrl}${path}`, {
        method,
        signal: controller.signal,
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${getToken()}`,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!res.ok) {
        throw new Error(`${method} ${path} failed with ${res.status}`);
      }
      return res.status === 204 ? null : res.json();
    } finally {
      clearTimeout(timer);
    }
  }

  get(path) {
    return this.#send('GET', path);
  }

  // ... post(), put() and delete() keep the exact bodies from your current client ...

  createUser(payload) {
    return this.post('/users', payload);
  }

  updateUser(id, patch) {
    return this.put(`/users/${id}`, patch);
  }

  removeUser(id) {
    return this.delete(`/users/${id}`);
  }
}
''')

# 2 ---------------------------------------------------------------- switch arms, comment-only
add(L, "server/routes/orders.cjs", "javascript",
    "ChatGPT-style; switch/case middle: shipped/delivered/refunded arms elided, later code relies on them; comment-only, parses",
    expect="accept", body=r'''const express = require('express');
const { Order } = require('../models');
const notify = require('../lib/notify');

const router = express.Router();

function nextStatus(current, action) {
  switch (action) {
    case 'pay':
      if (current !== 'pending') throw new Error('only pending orders can be paid');
      return 'paid';
    case 'cancel':
      if (current === 'shipped' || current === 'delivered') {
        throw new Error('too late to cancel');
      }
      return 'cancelled';
    // ship / deliver / refund work exactly like the two cases above, just with their own guards
    default:
      throw new Error(`unknown action: ${action}`);
  }
}

router.post('/:id/:action', async (req, res, next) => {
  try {
    const order = await Order.findByPk(req.params.id);
    if (!order) return res.sendStatus(404);

    const status = nextStatus(order.status, req.params.action);
    await order.update({ status });

    if (status === 'shipped') await notify.shipped(order);
    if (status === 'refunded') await notify.refunded(order);

    res.json(order);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
''')

# 3 ---------------------------------------------------------------- JSX children, comment-only
add(L, "src/components/CartSummary.jsx", "javascript",
    "Gemini-style; JSX middle: line-item list rendering elided inside <ul>, items/formatPrice otherwise unused; comment-only JSX comment, parses (babel jsx)",
    expect="accept", body=r'''import React, { useMemo } from 'react';
import PropTypes from 'prop-types';
import { formatPrice } from '../utils/currency';
import './CartSummary.css';

export default function CartSummary({ items, currency, onCheckout }) {
  const total = useMemo(
    () => items.reduce((sum, item) => sum + item.price * item.quantity, 0),
    [items],
  );

  if (items.length === 0) {
    return <p className="cart-summary__empty">Your cart is empty.</p>;
  }

  return (
    <section className="cart-summary">
      <h2>Order summary</h2>
      <ul className="cart-summary__items">
        {/* …map over items here exactly as in your original component… */}
      </ul>
      <div className="cart-summary__total">
        <span>Total</span>
        <strong>{formatPrice(total, currency)}</strong>
      </div>
      <button type="button" onClick={onCheckout}>
        Checkout
      </button>
    </section>
  );
}

CartSummary.propTypes = {
  items: PropTypes.arrayOf(
    PropTypes.shape({
      id: PropTypes.string.isRequired,
      name: PropTypes.string.isRequired,
      price: PropTypes.number.isRequired,
      quantity: PropTypes.number.isRequired,
    }),
  ).isRequired,
  currency: PropTypes.string,
  onCheckout: PropTypes.func.isRequired,
};
''')

# 4 ---------------------------------------------------------------- bare ellipsis, breaks
add(L, "lib/cache.mjs", "javascript",
    "local-model style; function body: bare ellipsis line replaces eviction loop; syntax-breaking",
    expect="reject", body=r'''import { EventEmitter } from 'node:events';

export class TtlCache extends EventEmitter {
  constructor({ ttlMs = 60_000, maxEntries = 500 } = {}) {
    super();
    this.ttlMs = ttlMs;
    this.maxEntries = maxEntries;
    this.entries = new Map();
  }

  get(key) {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (hit.expiresAt <= Date.now()) {
      this.entries.delete(key);
      this.emit('expired', key);
      return undefined;
    }
    return hit.value;
  }

  set(key, value) {
    this.entries.set(key, { value, expiresAt: Date.now() + this.ttlMs });
    if (this.entries.size > this.maxEntries) {
      this.evict();
    }
  }

  evict() {
    ...
  }
}
''')

# 5 ---------------------------------------------------------------- end of file, comment-only
add(L, "scripts/build-icons.mjs", "javascript",
    "Cursor-style; end of file: helper functions elided after main() which calls them; comment-only, parses",
    expect="accept", body=r'''#!/usr/bin/env node
import { readdir, readFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = path.join(root, 'assets', 'icons');
const outDir = path.join(root, 'dist', 'icons');

async function main() {
  await mkdir(outDir, { recursive: true });
  const files = (await readdir(srcDir)).filter((f) => f.endsWith('.svg'));

  const icons = [];
  for (const file of files) {
    const raw = await readFile(path.join(srcDir, file), 'utf8');
    const optimised = optimiseSvg(raw);
    icons.push({ name: path.basename(file, '.svg'), svg: optimised });
  }

  await writeSprite(outDir, icons);
  await writeManifest(outDir, icons);
  console.log(`built ${icons.length} icons into ${path.relative(root, outDir)}`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});

// optimiseSvg, writeSprite and writeManifest: paste your existing helpers back in below this line
''')

# 6 ---------------------------------------------------------------- spread marker in object literal, breaks
add(L, "src/store/reducers.js", "javascript",
    "Copilot-chat style; object literal middle: remaining action handlers replaced by a dangling spread marker; syntax-breaking",
    expect="reject", body=r'''import {
  LOGIN_SUCCESS,
  LOGOUT,
  PROFILE_LOADED,
  PREFERENCES_SAVED,
} from './actionTypes';

const initialState = {
  user: null,
  profile: null,
  preferences: { theme: 'light', language: 'en' },
  loading: false,
};

const handlers = {
  [LOGIN_SUCCESS]: (state, action) => ({ ...state, user: action.payload, loading: false }),
  [LOGOUT]: () => initialState,
  ... // PROFILE_LOADED and PREFERENCES_SAVED handlers go here
};

export default function rootReducer(state = initialState, action) {
  const handler = handlers[action.type];
  return handler ? handler(state, action) : state;
}

export { PROFILE_LOADED, PREFERENCES_SAVED };
''')

# 7 ---------------------------------------------------------------- array literal, comment-only
add(L, "webpack.config.cjs", "javascript",
    "ChatGPT-style; array literal: plugins list trimmed to one entry, MiniCssExtractPlugin and DefinePlugin required but never instantiated; comment-only, parses",
    expect="accept", body=r'''const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');

const isProd = process.env.NODE_ENV === 'production';

module.exports = {
  mode: isProd ? 'production' : 'development',
  entry: './src/index.js',
  output: {
    path: path.resolve(__dirname, 'dist'),
    filename: isProd ? '[name].[contenthash].js' : '[name].js',
    clean: true,
  },
  module: {
    rules: [
      {
        test: /\.jsx?$/,
        exclude: /node_modules/,
        use: 'babel-loader',
      },
      {
        test: /\.css$/,
        use: [isProd ? MiniCssExtractPlugin.loader : 'style-loader', 'css-loader'],
      },
    ],
  },
  plugins: [
    new HtmlWebpackPlugin({ template: './public/index.html' }),
    /* the CSS-extract and DefinePlugin entries you already had belong here */
  ],
  devServer: {
    historyApiFallback: true,
    port: 3000,
  },
};
''')

# 8 ---------------------------------------------------------------- import block, comment-only
add(L, "src/utils/validators.js", "javascript",
    "Codeium-style; import block: sibling validator imports elided, isPhone/isPostcode used below without import; comment-only, parses",
    expect="accept", body=r'''import { isEmail } from './email';
// + the phone / postcode / vat imports, untouched

const RULES = {
  email: isEmail,
  phone: isPhone,
  postcode: isPostcode,
  vatNumber: isVatNumber,
};

export function validateField(name, value) {
  const rule = RULES[name];
  if (!rule) return { valid: true };
  const valid = rule(String(value ?? '').trim());
  return valid ? { valid } : { valid, message: `Invalid ${name}` };
}

export function validateForm(values) {
  const errors = {};
  for (const [name, value] of Object.entries(values)) {
    const result = validateField(name, value);
    if (!result.valid) errors[name] = result.message;
  }
  return errors;
}
''')

# 9 ---------------------------------------------------------------- JSX {...}, breaks
add(L, "src/pages/Settings.jsx", "javascript",
    "Claude-style short marker; JSX middle: empty {...} expression stands in for the notification/privacy sections; syntax-breaking",
    expect="reject", body=r'''import { useState } from 'react';
import ProfileSection from '../components/settings/ProfileSection';
import NotificationSection from '../components/settings/NotificationSection';
import PrivacySection from '../components/settings/PrivacySection';
import { saveSettings } from '../api/settings';

export default function Settings({ user }) {
  const [draft, setDraft] = useState(user.settings);
  const [saving, setSaving] = useState(false);

  async function handleSubmit(event) {
    event.preventDefault();
    setSaving(true);
    try {
      await saveSettings(user.id, draft);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="settings" onSubmit={handleSubmit}>
      <ProfileSection value={draft.profile} onChange={(profile) => setDraft({ ...draft, profile })} />
      {...}
      <button type="submit" disabled={saving}>
        {saving ? 'Saving…' : 'Save changes'}
      </button>
    </form>
  );
}
''')

# 10 --------------------------------------------------------------- function body, comment-only
add(L, "electron/main.cjs", "javascript",
    "Gemini-style; function body middle: BrowserWindow construction elided, win used afterwards; comment-only, parses",
    expect="accept", body=r'''const { app, BrowserWindow, ipcMain, shell } = require('electron');
const path = require('node:path');

const isDev = !app.isPackaged;

function createWindow() {
  // (window creation with the preload + webPreferences block — no changes from yours)

  win.once('ready-to-show', () => win.show());

  win.webContents.setWindowOpenHandler(({ url }) => {
    shell.openExternal(url);
    return { action: 'deny' };
  });

  if (isDev) {
    win.loadURL('http://localhost:5173');
    win.webContents.openDevTools({ mode: 'detach' });
  } else {
    win.loadFile(path.join(__dirname, '..', 'dist', 'index.html'));
  }

  return win;
}

ipcMain.handle('app:version', () => app.getVersion());

app.whenReady().then(() => {
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
''')

# 11 --------------------------------------------------------------- angle-bracket prose, breaks
add(L, "src/services/payment.js", "javascript",
    "Aider/local-model style; function body: angle-bracket instruction line instead of the validation block; syntax-breaking",
    expect="reject", body=r'''import Stripe from 'stripe';
import { logger } from '../logger.js';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY, { apiVersion: '2023-10-16' });

function assertAmount(amount) {
  if (!Number.isInteger(amount) || amount <= 0) {
    throw new RangeError('amount must be a positive integer (in cents)');
  }
}

export async function charge(customerId, amount, currency = 'eur') {
  assertAmount(amount);
  const intent = await stripe.paymentIntents.create({
    customer: customerId,
    amount,
    currency,
    confirm: true,
    automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
  });
  logger.info({ intent: intent.id }, 'charged customer');
  return intent;
}

export async function refund(paymentIntentId, amount) {
  <put the same amount/ownership checks from charge() here>
  const result = await stripe.refunds.create({
    payment_intent: paymentIntentId,
    amount,
  });
  logger.info({ refund: result.id }, 'refund created');
  return result;
}
''')

# 12 --------------------------------------------------------------- switch in CLI, comment-only
add(L, "cli/index.mjs", "javascript",
    "ChatGPT-style long sentence; switch/case middle: build/lint/test commands elided though usage text advertises them; comment-only, parses",
    expect="accept", body=r'''#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { runDev } from './commands/dev.mjs';

const USAGE = `Usage: tool <command> [options]

Commands:
  dev     start the dev server
  build   produce a production bundle
  lint    run the linters
  test    run the unit tests
`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string', short: 'p' },
    watch: { type: 'boolean', short: 'w' },
    help: { type: 'boolean', short: 'h' },
  },
});

const [command] = positionals;

if (values.help || !command) {
  process.stdout.write(USAGE);
  process.exit(command ? 0 : 1);
}

switch (command) {
  case 'dev':
    await runDev({ port: Number(values.port ?? 3000) });
    break;
  // I've left out the build, lint and test branches since they don't change — keep yours as they are.
  default:
    console.error(`Unknown command: ${command}\n`);
    process.stdout.write(USAGE);
    process.exit(1);
}
''')

# 13 --------------------------------------------------------------- effect body, comment-only
add(L, "src/components/Modal.jsx", "javascript",
    "Copilot-style; function body in useEffect: keydown/focus-trap listener elided, effect is empty but deps list onClose; comment-only, parses (babel jsx)",
    expect="accept", body=r'''import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';

export default function Modal({ isOpen, title, onClose, children }) {
  const dialogRef = useRef(null);

  useEffect(() => {
    if (!isOpen) return undefined;
    // listener registration + cleanup: identical to the last revision
  }, [isOpen, onClose]);

  if (!isOpen) return null;

  return createPortal(
    <div className="modal-backdrop" onClick={onClose}>
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby="modal-title"
        className="modal"
        onClick={(e) => e.stopPropagation()}
      >
        <header className="modal__header">
          <h2 id="modal-title">{title}</h2>
          <button type="button" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </header>
        <div className="modal__body">{children}</div>
      </div>
    </div>,
    document.body,
  );
}
''')

# 14 --------------------------------------------------------------- bracketed text, breaks
add(L, "lib/logger.cjs", "javascript",
    "Claude-style bracket marker; function body: bracketed note replaces formatLine implementation; syntax-breaking",
    expect="reject", body=r''''use strict';

const util = require('node:util');

const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50 };

function formatLine(level, msg, fields) {
  [formatting logic carried over from the old logger]
}

function createLogger({ level = 'info', stream = process.stdout, base = {} } = {}) {
  const threshold = LEVELS[level];
  const logger = {};

  for (const name of Object.keys(LEVELS)) {
    logger[name] = (msg, fields = {}) => {
      if (LEVELS[name] < threshold) return;
      stream.write(formatLine(name, util.format(msg), { ...base, ...fields }) + '\n');
    };
  }

  logger.child = (extra) => createLogger({ level, stream, base: { ...base, ...extra } });
  return logger;
}

module.exports = { createLogger, LEVELS };
''')

# 15 --------------------------------------------------------------- array of routes, comment-only
add(L, "src/router.js", "javascript",
    "Cursor-style; array literal end: admin routes elided though guard and nav refer to them; comment-only, parses",
    expect="accept", body=r'''import { createRouter, createWebHistory } from 'vue-router';
import { useAuthStore } from './stores/auth';
import HomeView from './views/HomeView.vue';

const routes = [
  { path: '/', name: 'home', component: HomeView },
  { path: '/login', name: 'login', component: () => import('./views/LoginView.vue') },
  {
    path: '/projects/:id',
    name: 'project',
    component: () => import('./views/ProjectView.vue'),
    props: true,
  },
  // /admin, /admin/users and /admin/billing — same lazy-import shape as the ones above
];

const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes,
});

router.beforeEach((to) => {
  const auth = useAuthStore();
  if (to.name?.startsWith('admin') && !auth.isAdmin) {
    return { name: 'login', query: { redirect: to.fullPath } };
  }
  return true;
});

export const adminNav = ['admin-users', 'admin-billing'];
export default router;
''')

# 16 --------------------------------------------------------------- unicode ellipsis line, breaks
add(L, "workers/queue-consumer.mjs", "javascript",
    "local-model style; loop body: unicode-ellipsis prose line instead of message handling; syntax-breaking",
    expect="reject", body=r'''import { connect } from 'amqplib';
import { processInvoice } from './handlers/invoice.mjs';

const QUEUE = process.env.QUEUE_NAME ?? 'invoices';

async function* messages(channel) {
  const buffer = [];
  let wake;
  await channel.consume(QUEUE, (msg) => {
    buffer.push(msg);
    wake?.();
  });
  while (true) {
    if (buffer.length === 0) await new Promise((r) => (wake = r));
    yield buffer.shift();
  }
}

const conn = await connect(process.env.AMQP_URL);
const channel = await conn.createChannel();
await channel.assertQueue(QUEUE, { durable: true });
channel.prefetch(10);

for await (const msg of messages(channel)) {
  try {
    … parse the payload and call processInvoice like before …
    channel.ack(msg);
  } catch (err) {
    console.error('failed to process message', err);
    channel.nack(msg, false, false);
  }
}
''')

# 17 --------------------------------------------------------------- middleware setup, comment-only
add(L, "src/index.js", "javascript",
    "ChatGPT-style block comment; middle of bootstrap: json/cors/session middleware elided, req.session used later; comment-only, parses",
    expect="accept", body=r'''const express = require('express');
const cors = require('cors');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');
const apiRouter = require('./routes/api');

const app = express();
const redis = createClient({ url: process.env.REDIS_URL });
redis.connect().catch(console.error);

/*
 * body parsing, CORS and the Redis-backed session setup were fine in your
 * version, so I haven't repeated them here.
 */

app.get('/health', (req, res) => res.json({ ok: true }));

app.use('/api', (req, res, next) => {
  if (!req.session.userId) return res.status(401).json({ error: 'not signed in' });
  next();
});
app.use('/api', apiRouter);

const port = Number(process.env.PORT) || 8080;
app.listen(port, () => {
  console.log(`listening on :${port}`);
});
''')

# 18 --------------------------------------------------------------- task elided, comment-only
add(L, "gulpfile.cjs", "javascript",
    "Codeium-style; between task definitions: images task elided but used in series(); comment-only, parses",
    expect="accept", body=r'''const { src, dest, series, parallel, watch } = require('gulp');
const del = require('del');
const sass = require('gulp-sass')(require('sass'));
const postcss = require('gulp-postcss');
const autoprefixer = require('autoprefixer');
const terser = require('gulp-terser');
const imagemin = require('gulp-imagemin');

const paths = {
  styles: 'src/scss/**/*.scss',
  scripts: 'src/js/**/*.js',
  images: 'src/img/**/*',
  out: 'dist',
};

function clean() {
  return del([paths.out]);
}

function styles() {
  return src(paths.styles)
    .pipe(sass({ outputStyle: 'compressed' }).on('error', sass.logError))
    .pipe(postcss([autoprefixer()]))
    .pipe(dest(`${paths.out}/css`));
}

function scripts() {
  return src(paths.scripts).pipe(terser()).pipe(dest(`${paths.out}/js`));
}

// images(): no edits needed, reuse what's in your gulpfile today

function watchFiles() {
  watch(paths.styles, styles);
  watch(paths.scripts, scripts);
  watch(paths.images, images);
}

exports.clean = clean;
exports.watch = watchFiles;
exports.default = series(clean, parallel(styles, scripts, images));
''')
