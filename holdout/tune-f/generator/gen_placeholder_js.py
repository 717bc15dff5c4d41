from common import F
L = "placeholder"
J = "javascript"

F(L, "api-server/src/routes/users.js", J, "comment-only elision: line 27 '// ... rest of the handlers unchanged' replaces the update/delete handlers that the file still wires up", r'''
const express = require('express');
const { requireAuth } = require('../middleware/auth');
const User = require('../models/user');

const router = express.Router();

router.get('/', requireAuth, async (req, res, next) => {
  try {
    const page = Number(req.query.page || 1);
    const users = await User.find()
      .skip((page - 1) * 25)
      .limit(25)
      .lean();
    res.json({ page, users });
  } catch (err) {
    next(err);
  }
});

router.get('/:id', requireAuth, async (req, res, next) => {
  try {
    const user = await User.findById(req.params.id).lean();
    if (!user) return res.status(404).json({ error: 'not found' });
    res.json(user);
  } catch (err) {
    next(err);
  }
});

// ... rest of the handlers unchanged

module.exports = router;
''')

F(L, "checkout/lib/validate.mjs", J, "comment-only elision: body of validateAddress emptied, line 16 '/* existing validation */'", r'''
const POSTCODE = /^[A-Z0-9][A-Z0-9 -]{2,9}$/i;

export class ValidationError extends Error {
  constructor(field, message) {
    super(`${field}: ${message}`);
    this.field = field;
  }
}

export function validateEmail(value) {
  if (typeof value !== 'string' || !value.includes('@')) {
    throw new ValidationError('email', 'must be a valid address');
  }
  return value.trim().toLowerCase();
}

export function validateAddress(address) {
  /* existing validation */
}

export function validateOrder(order) {
  const email = validateEmail(order.email);
  const address = validateAddress(order.shipping);
  if (!Array.isArray(order.items) || order.items.length === 0) {
    throw new ValidationError('items', 'order has no items');
  }
  if (address && !POSTCODE.test(address.postcode)) {
    throw new ValidationError('postcode', 'invalid postcode');
  }
  return { ...order, email, shipping: address };
}
''')

F(L, "web/src/store/reducers.js", J, "syntax-breaking elision: bare '...' line 27 inside the switch replaces the remaining cases", r'''
import { combineReducers } from 'redux';
import {
  CART_ADD,
  CART_REMOVE,
  CART_CLEAR,
  CART_SET_QTY,
} from './actionTypes';

const initialCart = { items: [], updatedAt: null };

function cart(state = initialCart, action) {
  switch (action.type) {
    case CART_ADD: {
      const existing = state.items.find((i) => i.sku === action.sku);
      const items = existing
        ? state.items.map((i) =>
            i.sku === action.sku ? { ...i, qty: i.qty + 1 } : i
          )
        : [...state.items, { sku: action.sku, qty: 1 }];
      return { items, updatedAt: Date.now() };
    }
    case CART_REMOVE:
      return {
        items: state.items.filter((i) => i.sku !== action.sku),
        updatedAt: Date.now(),
      };
    ...
    default:
      return state;
  }
}

function session(state = { user: null }, action) {
  if (action.type === 'session/login') return { user: action.user };
  if (action.type === 'session/logout') return { user: null };
  return state;
}

export default combineReducers({ cart, session });
''')

F(L, "web/src/components/SignupForm.jsx", J, "comment-only elision: JSX comment line 40 '{/* rest of the form fields */}' replaces the password/confirm inputs that state and validation still expect", r'''
import { useState } from 'react';
import { createAccount } from '../api/accounts';

export default function SignupForm({ onDone }) {
  const [form, setForm] = useState({ name: '', email: '', password: '', confirm: '' });
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);

  const update = (field) => (e) => setForm({ ...form, [field]: e.target.value });

  async function submit(e) {
    e.preventDefault();
    if (form.password !== form.confirm) {
      setError('Passwords do not match');
      return;
    }
    setBusy(true);
    try {
      await createAccount(form);
      onDone();
    } catch (err) {
      setError(err.message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="signup">
      {error && <p className="error">{error}</p>}
      <label>
        Name
        <input value={form.name} onChange={update('name')} required />
      </label>
      <label>
        Email
        <input type="email" value={form.email} onChange={update('email')} required />
      </label>
      {/* rest of the form fields */}
      <button type="submit" disabled={busy}>
        {busy ? 'Creating…' : 'Create account'}
      </button>
    </form>
  );
}
''')

F(L, "tools/build.cjs", J, "syntax-breaking elision: line 22 '[previous code]' stands where the asset-copy step was", r'''
#!/usr/bin/env node
'use strict';

const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..');
const outdir = path.join(root, 'dist');
const watch = process.argv.includes('--watch');

async function clean() {
  await fs.promises.rm(outdir, { recursive: true, force: true });
  await fs.promises.mkdir(outdir, { recursive: true });
}

async function main() {
  await clean();

  [previous code]

  const ctx = await esbuild.context({
    entryPoints: [path.join(root, 'src/index.js')],
    bundle: true,
    platform: 'node',
    target: 'node18',
    outfile: path.join(outdir, 'index.js'),
    sourcemap: true,
  });
  if (watch) {
    await ctx.watch();
    console.log('watching for changes');
  } else {
    await ctx.rebuild();
    await ctx.dispose();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
''')

F(L, "web/src/utils/format.js", J, "comment-only elision: line 22 '// TODO: implement the rest like above' replaces formatters exported at the bottom", r'''
const currencyCache = new Map();

export function formatCurrency(amount, currency = 'EUR', locale = 'de-DE') {
  const key = `${locale}:${currency}`;
  if (!currencyCache.has(key)) {
    currencyCache.set(
      key,
      new Intl.NumberFormat(locale, { style: 'currency', currency })
    );
  }
  return currencyCache.get(key).format(amount);
}

export function formatDate(value, locale = 'de-DE') {
  const date = value instanceof Date ? value : new Date(value);
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: '2-digit',
  }).format(date);
}

// TODO: implement the rest like above

export default {
  formatCurrency,
  formatDate,
  formatPercent,
  formatRelativeTime,
};
''')

F(L, "web/webpack.config.js", J, "comment-only elision: line 31 '// (unchanged config from earlier)' replaces the plugins array and devServer block in the middle of the export", r'''
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');

const isProd = process.env.NODE_ENV === 'production';

module.exports = {
  mode: isProd ? 'production' : 'development',
  entry: './src/index.jsx',
  output: {
    path: path.resolve(__dirname, 'dist'),
    filename: isProd ? '[name].[contenthash].js' : '[name].js',
    publicPath: '/',
  },
  resolve: {
    extensions: ['.js', '.jsx'],
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
  // (unchanged config from earlier)
  devtool: isProd ? 'source-map' : 'eval-cheap-module-source-map',
};
''')

F(L, "sdk/src/client.mjs", J, "comment-only elision: line 38 '// ... (omitted for brevity)' empties the paginate() method body", r'''
const DEFAULT_BASE = 'https://api.example.com/v2';

export class Client {
  #token;

  constructor({ token, baseUrl = DEFAULT_BASE, fetchImpl = globalThis.fetch } = {}) {
    if (!token) throw new Error('token is required');
    this.#token = token;
    this.baseUrl = baseUrl.replace(/\/$/, '');
    this.fetch = fetchImpl;
  }

  async request(method, path, body) {
    const res = await this.fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.#token}`,
        'content-type': 'application/json',
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) {
      const text = await res.text();
      throw new Error(`${method} ${path} failed: ${res.status} ${text}`);
    }
    return res.status === 204 ? null : res.json();
  }

  get(path) {
    return this.request('GET', path);
  }

  post(path, body) {
    return this.request('POST', path, body);
  }

  async *paginate(path, pageSize = 100) {
    // ... (omitted for brevity)
  }
}
''')

F(L, "admin/src/components/OrdersTable.jsx", J, "syntax-breaking elision: line 31 '<existing code>' inside the JSX tbody replaces the row mapping", r'''
import PropTypes from 'prop-types';
import { formatCurrency, formatDate } from '../utils/format';

export function OrdersTable({ orders, onSelect, sortBy, onSort }) {
  const header = (key, label) => (
    <th
      onClick={() => onSort(key)}
      className={sortBy === key ? 'sorted' : undefined}
    >
      {label}
    </th>
  );

  if (orders.length === 0) {
    return <p className="empty">No orders yet.</p>;
  }

  return (
    <table className="orders">
      <thead>
        <tr>
          {header('id', 'Order')}
          {header('customer', 'Customer')}
          {header('total', 'Total')}
          {header('createdAt', 'Placed')}
        </tr>
      </thead>
      <tbody>
        <existing code>
      </tbody>
    </table>
  );
}

OrdersTable.propTypes = {
  orders: PropTypes.arrayOf(PropTypes.object).isRequired,
  onSelect: PropTypes.func.isRequired,
  sortBy: PropTypes.string,
  onSort: PropTypes.func.isRequired,
};
''')

F(L, "gateway/middleware/auth.cjs", J, "syntax-breaking elision: line 20 lone unicode ellipsis '…' replaces the token verification in the middle of the function", r'''
'use strict';

const jwt = require('jsonwebtoken');

const PUBLIC_PATHS = new Set(['/health', '/login', '/metrics']);

function extractToken(req) {
  const header = req.headers.authorization || '';
  const [scheme, token] = header.split(' ');
  return scheme === 'Bearer' ? token : null;
}

function authenticate(options = {}) {
  const secret = options.secret || process.env.JWT_SECRET;
  return function authMiddleware(req, res, next) {
    if (PUBLIC_PATHS.has(req.path)) return next();
    const token = extractToken(req);
    if (!token) return res.status(401).json({ error: 'missing token' });

    …

    req.user = { id: payload.sub, roles: payload.roles || [] };
    return next();
  };
}

function requireRole(role) {
  return (req, res, next) =>
    req.user && req.user.roles.includes(role)
      ? next()
      : res.status(403).json({ error: 'forbidden' });
}

module.exports = { authenticate, requireRole };
''')

F(L, "web/src/hooks/useCart.js", J, "comment-only elision: removeItem body at line 30 is only '/* same as addItem, but decrement */'", r'''
import { useCallback, useEffect, useState } from 'react';

const STORAGE_KEY = 'cart:v2';

function load() {
  try {
    return JSON.parse(localStorage.getItem(STORAGE_KEY)) || [];
  } catch {
    return [];
  }
}

export function useCart() {
  const [items, setItems] = useState(load);

  useEffect(() => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(items));
  }, [items]);

  const addItem = useCallback((sku) => {
    setItems((prev) => {
      const hit = prev.find((i) => i.sku === sku);
      if (hit) {
        return prev.map((i) => (i.sku === sku ? { ...i, qty: i.qty + 1 } : i));
      }
      return [...prev, { sku, qty: 1 }];
    });
  }, []);

  const removeItem = useCallback((sku) => {
    /* same as addItem, but decrement */
  }, []);

  const total = items.reduce((n, i) => n + i.qty, 0);

  return { items, total, addItem, removeItem, clear: () => setItems([]) };
}
''')

F(L, "cli/bin/run.mjs", J, "comment-only elision: line 37 '// other commands stay the same' inside the switch replaces the deploy/logs cases advertised in USAGE", r'''
#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { readFile } from 'node:fs/promises';
import { build } from '../lib/build.mjs';
import { serve } from '../lib/serve.mjs';

const USAGE = `usage: run <command> [options]

commands:
  build     compile the site into ./out
  serve     start the dev server
  deploy    upload ./out to the bucket
  logs      tail the deployment logs`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    config: { type: 'string', short: 'c', default: 'site.json' },
    port: { type: 'string', short: 'p', default: '4000' },
  },
});

const config = JSON.parse(await readFile(values.config, 'utf8'));
const [command] = positionals;

switch (command) {
  case 'build':
    await build(config);
    break;
  case 'serve':
    await serve(config, Number(values.port));
    break;
  // other commands stay the same
  default:
    console.error(USAGE);
    process.exitCode = 1;
}
''')

F(L, "web/src/i18n/messages.js", J, "comment-only elision: line 12 '// ... more keys' inside the en object cuts the key list short (de has keys en lacks)", r'''
const messages = {
  en: {
    'nav.home': 'Home',
    'nav.orders': 'Orders',
    'nav.settings': 'Settings',
    'orders.empty': 'You have no orders yet.',
    // ... more keys
  },
  de: {
    'nav.home': 'Start',
    'nav.orders': 'Bestellungen',
    'nav.settings': 'Einstellungen',
    'orders.empty': 'Sie haben noch keine Bestellungen.',
    'orders.total': 'Summe',
    'settings.language': 'Sprache',
    'settings.save': 'Speichern',
  },
};

export function t(locale, key, vars = {}) {
  const table = messages[locale] || messages.en;
  const template = table[key] ?? messages.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? ''));
}

export default messages;
''')

F(L, "api-server/src/models/user.cjs", J, "syntax-breaking elision: bare '...' as a property at line 20 inside the schema object", r'''
'use strict';

const mongoose = require('mongoose');
const bcrypt = require('bcryptjs');

const userSchema = new mongoose.Schema(
  {
    email: {
      type: String,
      required: true,
      unique: true,
      lowercase: true,
      trim: true,
    },
    passwordHash: { type: String, required: true },
    displayName: { type: String, maxlength: 80 },
    ...
    lastLoginAt: Date,
  },
  { timestamps: true }
);

userSchema.methods.setPassword = async function setPassword(plain) {
  this.passwordHash = await bcrypt.hash(plain, 12);
};

userSchema.methods.checkPassword = function checkPassword(plain) {
  return bcrypt.compare(plain, this.passwordHash);
};

module.exports = mongoose.model('User', userSchema);
''')

F(L, "admin/src/pages/Dashboard.jsx", J, "comment-only elision: line 30 '{/* sidebar and widgets as in the previous version */}' replaces the layout body", r'''
import { useEffect, useState } from 'react';
import { fetchStats } from '../api/stats';
import Spinner from '../components/Spinner';

export default function Dashboard({ user }) {
  const [stats, setStats] = useState(null);
  const [error, setError] = useState(null);

  useEffect(() => {
    let cancelled = false;
    fetchStats()
      .then((s) => !cancelled && setStats(s))
      .catch((e) => !cancelled && setError(e));
    return () => {
      cancelled = true;
    };
  }, []);

  if (error) return <div className="alert">Could not load stats: {error.message}</div>;
  if (!stats) return <Spinner />;

  return (
    <main className="dashboard">
      <header>
        <h1>Welcome back, {user.firstName}</h1>
        <span className="muted">{stats.period}</span>
      </header>
      {/* sidebar and widgets as in the previous version */}
    </main>
  );
}
''')

F(L, "api-server/test/setup.js", J, "comment-only elision: line 24 '// remaining mocks identical to before' at the end replaces the mail/queue mocks", r'''
const { MongoMemoryServer } = require('mongodb-memory-server');
const mongoose = require('mongoose');

let mongo;

beforeAll(async () => {
  mongo = await MongoMemoryServer.create();
  await mongoose.connect(mongo.getUri());
});

afterEach(async () => {
  const collections = await mongoose.connection.db.collections();
  await Promise.all(collections.map((c) => c.deleteMany({})));
  jest.clearAllMocks();
});

afterAll(async () => {
  await mongoose.disconnect();
  await mongo.stop();
});

jest.mock('../src/services/payments', () => ({
  charge: jest.fn().mockResolvedValue({ id: 'ch_test', status: 'succeeded' }),
  refund: jest.fn().mockResolvedValue({ id: 're_test' }),
}));

// remaining mocks identical to before
''')
