from common import add

L = "placeholder"
J = "JavaScript"


def c(path, body, mark, where, nl=True):
    add(L, path, J, body, f"comment-only elision '{mark.strip()}' ({where}) at line {{0}}; syntax stays valid", [mark], nl, kind="comment")


def m(path, body, mark, what, nl=True):
    add(L, path, J, body, f"syntax-breaking elision marker {what} at line {{0}}", [mark], nl, kind="marker")


# 1 express router, middle
c("server/routes/orders.js", r'''
'use strict';

const express = require('express');
const { requireAuth } = require('../middleware/auth');
const Order = require('../models/order');

const router = express.Router();

router.use(requireAuth);

router.get('/', async (req, res, next) => {
  try {
    const orders = await Order.find({ customerId: req.user.id })
      .sort({ createdAt: -1 })
      .limit(Number(req.query.limit) || 50);
    res.json(orders);
  } catch (err) {
    next(err);
  }
});

// ... existing handlers

router.delete('/:id', async (req, res, next) => {
  try {
    const deleted = await Order.findOneAndDelete({
      _id: req.params.id,
      customerId: req.user.id,
    });
    if (!deleted) return res.status(404).json({ error: 'Order not found' });
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

module.exports = router;
''', "// ... existing handlers", "middle of the router, between GET and DELETE")

# 2 express app, end
c("server/app.js", r'''
const express = require('express');
const helmet = require('helmet');
const morgan = require('morgan');
const cors = require('cors');

const healthRouter = require('./routes/health');
const authRouter = require('./routes/auth');

const app = express();

app.disable('x-powered-by');
app.use(helmet());
app.use(cors({ origin: process.env.CORS_ORIGIN?.split(',') ?? '*' }));
app.use(express.json({ limit: '1mb' }));
app.use(morgan(process.env.NODE_ENV === 'production' ? 'combined' : 'dev'));

app.use('/health', healthRouter);
app.use('/auth', authRouter);
// other routes stay as they were

module.exports = app;
''', "// other routes stay as they were", "after the mounted routers, before the export")

# 3 webpack config, plugins array
c("webpack.config.js", r'''
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
    clean: true,
  },
  module: {
    rules: [
      {
        test: /\.jsx?$/,
        exclude: /node_modules/,
        use: 'babel-loader',
      },
      /* same as in the previous version */
    ],
  },
  plugins: [
    new HtmlWebpackPlugin({ template: './public/index.html' }),
    isProd && new MiniCssExtractPlugin(),
  ].filter(Boolean),
  devServer: {
    port: 3000,
    historyApiFallback: true,
  },
};
''', "/* same as in the previous version */", "inside module.rules after the first rule")

# 4 retry util, emptied body
c("lib/retry.js", r'''
/**
 * Retry an async operation with exponential backoff.
 *
 * @param {() => Promise<any>} fn        operation to run
 * @param {object} [opts]
 * @param {number} [opts.retries=3]      how many times to retry
 * @param {number} [opts.baseDelay=200]  first delay in ms
 * @param {(err: Error) => boolean} [opts.shouldRetry]
 */
async function retry(fn, opts = {}) {
  // TODO: rest of implementation
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function jitter(ms) {
  return Math.round(ms * (0.5 + Math.random()));
}

module.exports = { retry, sleep, jitter };
''', "// TODO: rest of implementation", "the whole body of retry() emptied")

# 5 express server middleware
c("src/server.js", r'''
import express from 'express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import { rateLimit } from 'express-rate-limit';
import { router as apiRouter } from './api/index.js';
import { logger } from './logger.js';

const app = express();
const port = Number(process.env.PORT ?? 8080);

app.set('trust proxy', 1);
app.use(compression());
app.use(cookieParser(process.env.COOKIE_SECRET));
// keep the remaining middleware unchanged

app.use(
  '/api',
  rateLimit({ windowMs: 60_000, limit: 120, standardHeaders: 'draft-7' }),
  apiRouter,
);

app.use((err, req, res, _next) => {
  logger.error({ err, path: req.path }, 'unhandled error');
  res.status(err.status ?? 500).json({ error: 'Internal Server Error' });
});

app.listen(port, () => {
  logger.info(`listening on :${port}`);
});
''', "// keep the remaining middleware unchanged", "middle of the middleware chain")

# 6 redux root reducer
c("src/store/rootReducer.js", r'''
import { combineReducers } from 'redux';
import { SESSION_EXPIRED } from './session/actionTypes';

import sessionReducer from './session/reducer';
import cartReducer from './cart/reducer';
import catalogReducer from './catalog/reducer';

const appReducer = combineReducers({
  session: sessionReducer,
  cart: cartReducer,
  catalog: catalogReducer,
  // ...rest of the reducers
});

export default function rootReducer(state, action) {
  if (action.type === SESSION_EXPIRED) {
    // drop everything except UI preferences
    const { preferences } = state ?? {};
    return appReducer({ preferences }, action);
  }
  return appReducer(state, action);
}
''', "// ...rest of the reducers", "inside the combineReducers object")

# 7 action creators
c("src/store/cart/actions.js", r'''
import {
  CART_ITEM_ADDED,
  CART_ITEM_REMOVED,
  CART_QUANTITY_CHANGED,
  CART_CLEARED,
  CART_COUPON_APPLIED,
} from './actionTypes';

export const addItem = (product, quantity = 1) => ({
  type: CART_ITEM_ADDED,
  payload: { productId: product.id, price: product.price, quantity },
});

export const removeItem = (productId) => ({
  type: CART_ITEM_REMOVED,
  payload: { productId },
});

// (the other action creators are the same)

export const applyCoupon = (code) => async (dispatch, getState, { api }) => {
  const { cart } = getState();
  const discount = await api.coupons.validate(code, cart.items);
  dispatch({ type: CART_COUPON_APPLIED, payload: { code, discount } });
};
''', "// (the other action creators are the same)", "between removeItem and applyCoupon")

# 8 validation util, emptied body
c("src/utils/validateSignup.js", r'''
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const MIN_PASSWORD_LENGTH = 12;

/**
 * Validates the sign-up form values.
 * Returns an object keyed by field name; empty when everything is valid.
 */
export function validateSignup(values) {
  // Your existing validation logic goes here
}

export function isEmail(value) {
  return EMAIL_RE.test(String(value).trim());
}

export function passwordStrength(password) {
  let score = 0;
  if (password.length >= MIN_PASSWORD_LENGTH) score += 1;
  if (/[A-Z]/.test(password) && /[a-z]/.test(password)) score += 1;
  if (/\d/.test(password)) score += 1;
  if (/[^A-Za-z0-9]/.test(password)) score += 1;
  return score;
}
''', "// Your existing validation logic goes here", "the whole body of validateSignup() emptied")

# 9 React component jsx, middle
c("web/src/components/ProfileCard.jsx", r'''
import { useState } from 'react';
import PropTypes from 'prop-types';
import Avatar from './Avatar';
import styles from './ProfileCard.module.css';

export default function ProfileCard({ user, onFollow }) {
  const [following, setFollowing] = useState(user.isFollowed);

  const handleFollow = async () => {
    setFollowing((prev) => !prev);
    try {
      await onFollow(user.id, !following);
    } catch {
      setFollowing((prev) => !prev);
    }
  };

  // ... (unchanged)

  return (
    <article className={styles.card}>
      <Avatar src={user.avatarUrl} alt={user.name} size={64} />
      <h3 className={styles.name}>{user.name}</h3>
      <p className={styles.bio}>{user.bio}</p>
      <button type="button" onClick={handleFollow} aria-pressed={following}>
        {following ? 'Following' : 'Follow'}
      </button>
    </article>
  );
}

ProfileCard.propTypes = {
  user: PropTypes.object.isRequired,
  onFollow: PropTypes.func.isRequired,
};
''', "// ... (unchanged)", "between the handler and the JSX return")

# 10 table columns jsx
c("web/src/pages/invoices/columns.jsx", r'''
import { formatCurrency, formatDate } from '../../lib/format';
import StatusBadge from '../../components/StatusBadge';

export const invoiceColumns = [
  {
    key: 'number',
    title: 'Invoice #',
    sortable: true,
    render: (row) => <a href={`/invoices/${row.id}`}>{row.number}</a>,
  },
  {
    key: 'customer',
    title: 'Customer',
    sortable: true,
  },
  {
    key: 'issuedAt',
    title: 'Issued',
    render: (row) => formatDate(row.issuedAt),
  },
  /* ... remaining columns omitted for brevity ... */
  {
    key: 'status',
    title: 'Status',
    render: (row) => <StatusBadge status={row.status} />,
  },
];

export const totalsColumn = {
  key: 'total',
  title: 'Total',
  align: 'right',
  render: (row) => formatCurrency(row.total, row.currency),
};
''', "/* ... remaining columns omitted for brevity ... */", "inside the columns array")

# 11 api client
c("web/src/api/client.js", r'''
const BASE_URL = import.meta.env.VITE_API_URL ?? '/api';

async function request(method, path, body) {
  const res = await fetch(`${BASE_URL}${path}`, {
    method,
    credentials: 'include',
    headers: body ? { 'Content-Type': 'application/json' } : undefined,
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) {
    const text = await res.text();
    throw new Error(`${method} ${path} failed: ${res.status} ${text}`);
  }
  return res.status === 204 ? null : res.json();
}

export const api = {
  get: (path) => request('GET', path),
  post: (path, body) => request('POST', path, body),
  // same pattern for PUT and DELETE
};

export default api;
''', "// same pattern for PUT and DELETE", "inside the exported api object, at its end")

# 12 jest test, end
c("test/slugify.test.js", r'''
const { slugify } = require('../src/slugify');

describe('slugify', () => {
  it('lowercases and joins words with dashes', () => {
    expect(slugify('Hello World')).toBe('hello-world');
  });

  it('strips diacritics', () => {
    expect(slugify('Crème Brûlée')).toBe('creme-brulee');
  });

  it('collapses repeated separators', () => {
    expect(slugify('a  --  b')).toBe('a-b');
  });

  it('trims leading and trailing dashes', () => {
    expect(slugify('  -- draft --  ')).toBe('draft');
  });

  // add the rest of your test cases here
});
''', "// add the rest of your test cases here", "at the end of the describe block")

# 13 cache class, emptied method
c("lib/lru-cache.js", r'''
'use strict';

class LRUCache {
  constructor(maxEntries = 500) {
    this.maxEntries = maxEntries;
    this.map = new Map();
  }

  get(key) {
    if (!this.map.has(key)) return undefined;
    const value = this.map.get(key);
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  set(key, value) {
    // implementation left as before
  }

  has(key) {
    return this.map.has(key);
  }

  clear() {
    this.map.clear();
  }

  get size() {
    return this.map.size;
  }
}

module.exports = LRUCache;
''', "// implementation left as before", "the whole body of set() emptied")

# 14 eslint flat config, end of rules
c("eslint.config.mjs", r'''
import js from '@eslint/js';
import globals from 'globals';
import importPlugin from 'eslint-plugin-import';

export default [
  js.configs.recommended,
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    plugins: { import: importPlugin },
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'prefer-const': 'error',
      'import/order': ['warn', { 'newlines-between': 'always' }],
      // etc.
    },
  },
  {
    ignores: ['dist/', 'coverage/'],
  },
];
''', "// etc.", "at the end of the rules object")

# 15 vite config, end of file, no final newline
c("vite.config.mjs", r'''
import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath, URL } from 'node:url';

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '');

  return {
    plugins: [react()],
    resolve: {
      alias: {
        '@': fileURLToPath(new URL('./src', import.meta.url)),
      },
    },
    server: {
      port: 5173,
      proxy: {
        '/api': {
          target: env.API_PROXY_TARGET || 'http://localhost:8080',
          changeOrigin: true,
        },
      },
    },
  };
});

// everything below this line is unchanged from your original file
''', "// everything below this line is unchanged from your original file", "at the end of the file", nl=False)

# ---- syntax-breaking markers (5) ----

# 16 bare ... in object literal
m("config/default.js", r'''
module.exports = {
  app: {
    name: 'inventory-service',
    port: parseInt(process.env.PORT, 10) || 3000,
  },
  database: {
    host: process.env.DB_HOST || 'localhost',
    port: 5432,
    name: 'inventory',
    pool: { min: 2, max: 10 },
  },
  ...
  logging: {
    level: process.env.LOG_LEVEL || 'info',
    pretty: process.env.NODE_ENV !== 'production',
  },
  features: {
    reservations: true,
    barcodeScanning: false,
  },
};
''', "  ...", "bare '...' line inside an object literal")

# 17 unicode ellipsis in function body
m("scripts/build-sitemap.mjs", r'''
#!/usr/bin/env node
import { writeFile } from 'node:fs/promises';
import { globby } from 'globby';

const SITE_URL = process.env.SITE_URL ?? 'https://example.com';

async function collectRoutes() {
  const pages = await globby(['src/pages/**/*.{md,mdx,jsx}']);
  return pages
    .map((file) => file.replace(/^src\/pages/, '').replace(/\.(mdx?|jsx)$/, ''))
    .map((route) => route.replace(/\/index$/, '/'));
}

async function main() {
  const routes = await collectRoutes();
  …
  await writeFile('dist/sitemap.xml', xml, 'utf8');
  console.log(`sitemap: ${routes.length} urls`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
''', "  …", "bare '…' (U+2026) line in the body of main()")

# 18 <existing code>
m("src/queue/worker.js", r'''
const { Worker } = require('bullmq');
const IORedis = require('ioredis');
const { sendEmail } = require('../mail');
const log = require('../log');

const connection = new IORedis(process.env.REDIS_URL, {
  maxRetriesPerRequest: null,
});

const worker = new Worker(
  'emails',
  async (job) => {
    log.info({ id: job.id, name: job.name }, 'processing job');
    <existing code>
    return { delivered: true };
  },
  { connection, concurrency: 5 },
);

worker.on('failed', (job, err) => {
  log.error({ id: job?.id, err }, 'job failed');
});

process.on('SIGTERM', async () => {
  await worker.close();
  await connection.quit();
  process.exit(0);
});
''', "<existing code>", "'<existing code>' inside the job processor")

# 19 [rest of file]
m("lib/semver-range.js", r'''
'use strict';

const PARTS = ['major', 'minor', 'patch'];

function parse(version) {
  const match = /^v?(\d+)\.(\d+)\.(\d+)(?:-([\w.]+))?$/.exec(version.trim());
  if (!match) throw new TypeError(`Invalid version: ${version}`);
  const [, major, minor, patch, pre] = match;
  return { major: +major, minor: +minor, patch: +patch, pre: pre ?? null };
}

function compare(a, b) {
  const va = parse(a);
  const vb = parse(b);
  for (const part of PARTS) {
    if (va[part] !== vb[part]) return va[part] < vb[part] ? -1 : 1;
  }
  if (va.pre === vb.pre) return 0;
  if (va.pre === null) return 1;
  if (vb.pre === null) return -1;
  return va.pre < vb.pre ? -1 : 1;
}

[rest of file]
''', "[rest of file]", "'[rest of file]' replacing the end of the module")

# 20 {...}
m("src/plugins/analytics.js", r'''
import { onCLS, onINP, onLCP } from 'web-vitals';

const ENDPOINT = '/_vitals';

function send(metric) {
  const body = JSON.stringify({
    name: metric.name,
    value: Math.round(metric.value),
    rating: metric.rating,
    page: location.pathname,
  });
  if (navigator.sendBeacon) {
    navigator.sendBeacon(ENDPOINT, body);
  } else {
    fetch(ENDPOINT, { method: 'POST', body, keepalive: true });
  }
}

const defaults = {...};

export function initAnalytics(options = {}) {
  const config = { ...defaults, ...options };
  if (!config.enabled) return;
  onCLS(send);
  onINP(send);
  onLCP(send);
}
''', "{...}", "'{...}' as an object literal value")
