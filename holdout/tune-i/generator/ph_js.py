from common import F

L = "placeholder"
J = "JavaScript"

FILES = [
# ---------------------------------------------------------------- comment-only (13)
F(L, "src/api/users.routes.js", J, r'''
import { Router } from 'express';
import { requireAuth } from '../middleware/auth.js';
// ...other imports

const router = Router();

router.get('/', requireAuth, async (req, res, next) => {
  try {
    const users = await db.user.findMany({ orderBy: { createdAt: 'desc' } });
    res.json(users);
  } catch (err) {
    next(err);
  }
});

router.post('/', requireAuth, validateBody(createUserSchema), async (req, res, next) => {
  try {
    const user = await db.user.create({ data: req.body });
    res.status(201).json(user);
  } catch (err) {
    next(err);
  }
});

router.delete('/:id', requireAuth, async (req, res, next) => {
  try {
    await db.user.delete({ where: { id: req.params.id } });
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

export default router;
''', "import lines elided by a comment; db, validateBody and createUserSchema are used but never imported",
  mark="// ...other imports", kind="ph-comment"),

F(L, "src/store/cartReducer.js", J, r'''
export const ADD_ITEM = 'cart/addItem';
export const REMOVE_ITEM = 'cart/removeItem';
export const SET_QUANTITY = 'cart/setQuantity';
export const CLEAR_CART = 'cart/clear';

const initialState = { items: [], updatedAt: null };

export default function cartReducer(state = initialState, action) {
  switch (action.type) {
    case ADD_ITEM: {
      const existing = state.items.find((i) => i.sku === action.payload.sku);
      const items = existing
        ? state.items.map((i) =>
            i.sku === action.payload.sku ? { ...i, qty: i.qty + 1 } : i
          )
        : [...state.items, { ...action.payload, qty: 1 }];
      return { ...state, items, updatedAt: Date.now() };
    }
    // REMOVE_ITEM, SET_QUANTITY and CLEAR_CART stay exactly as they were in your
    // reducer; only ADD_ITEM changed, so that it merges quantities instead of
    // pushing duplicate lines.
    default:
      return state;
  }
}

export const addItem = (product) => ({ type: ADD_ITEM, payload: product });
export const removeItem = (sku) => ({ type: REMOVE_ITEM, payload: sku });
export const setQuantity = (sku, qty) => ({ type: SET_QUANTITY, payload: { sku, qty } });
export const clearCart = () => ({ type: CLEAR_CART });
''', "reducer cases replaced by a comment; REMOVE_ITEM, SET_QUANTITY and CLEAR_CART actions are still exported but never handled",
  mark="REMOVE_ITEM, SET_QUANTITY and CLEAR_CART stay exactly", kind="ph-comment"),

F(L, "src/utils/formatters.js", J, r'''
const DEFAULT_LOCALE = 'en-US';

export function formatCurrency(amount, currency = 'USD', locale = DEFAULT_LOCALE) {
  // implementation omitted for brevity
}

export function formatPercent(value, digits = 1) {
  return `${(value * 100).toFixed(digits)}%`;
}

export function formatTotal(lineItems, currency) {
  const subtotal = lineItems.reduce((sum, item) => sum + item.price * item.qty, 0);
  const tax = subtotal * 0.0825;
  return {
    subtotal: formatCurrency(subtotal, currency),
    tax: formatCurrency(tax, currency),
    total: formatCurrency(subtotal + tax, currency),
  };
}

export function formatDate(date, locale = DEFAULT_LOCALE) {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(date));
}''', "function body emptied down to a comment; formatCurrency returns undefined but formatTotal relies on it",
  mark="omitted for brevity", kind="ph-comment"),

F(L, "lib/eventBus.js", J, r'''
'use strict';

class EventBus {
  constructor() {
    this.listeners = new Map();
  }

  on(event, handler) {
    if (!this.listeners.has(event)) {
      this.listeners.set(event, new Set());
    }
    this.listeners.get(event).add(handler);
    return () => this.off(event, handler);
  }

  // off(), once() and emit() are unchanged from the previous version of this
  // class. Only on() needed the unsubscribe return value, so the other methods
  // are left out here.
}

const bus = new EventBus();

bus.once('ready', () => {
  bus.emit('log', { level: 'info', msg: 'bus ready' });
});

module.exports = { EventBus, bus };
''', "class methods elided; off(), once() and emit() are called but not defined",
  mark="off(), once() and emit() are unchanged", kind="ph-comment"),

F(L, "test/priceCalculator.test.js", J, r'''
const { calculatePrice } = require('../src/priceCalculator');

describe('calculatePrice', () => {
  let cart;

  beforeEach(() => {
    cart = {
      items: [
        { sku: 'A-100', price: 20, qty: 2 },
        { sku: 'B-200', price: 5, qty: 4 },
      ],
      coupon: null,
    };
  });

  it('sums line items without a coupon', () => {
    expect(calculatePrice(cart)).toEqual({ subtotal: 60, discount: 0, total: 60 });
  });

  // The remaining cases (percentage coupons, fixed-amount coupons, the minimum
  // order threshold and the free-shipping rule) follow exactly the same
  // pattern as the test above, so I have not repeated them here; copy the
  // block and adjust `cart.coupon` and the expected totals for each one.

  const withCoupon = (coupon) => ({ ...cart, coupon });
});
''', "test cases in a describe block replaced by a documentation-style comment; the withCoupon helper is left unused",
  mark="The remaining cases", kind="ph-comment"),

F(L, "src/components/SignupForm.jsx", J, r'''
import { useState } from 'react';
import { TextField } from './TextField';

export function SignupForm({ onSubmit }) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const mismatch = confirm.length > 0 && confirm !== password;

  function handleSubmit(event) {
    event.preventDefault();
    if (mismatch) return;
    onSubmit({ name, email, password });
  }

  return (
    <form className="signup-form" onSubmit={handleSubmit}>
      <TextField label="Full name" value={name} onChange={setName} />
      {/* email, password and confirm-password fields go here, same as LoginForm */}
      {mismatch && <p className="error">Passwords do not match</p>}
      <button type="submit" disabled={mismatch}>
        Create account
      </button>
    </form>
  );
}
''', "JSX children replaced by a comment; setEmail, setPassword and setConfirm are never wired to inputs",
  mark="go here, same as LoginForm", kind="ph-comment"),

F(L, "webpack.config.js", J, r'''
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
      // (unchanged) css + asset/resource rules
    ],
  },
  plugins: [
    new HtmlWebpackPlugin({ template: './public/index.html' }),
    new MiniCssExtractPlugin({ filename: '[name].[contenthash].css' }),
  ],
  devServer: { port: 8080, hot: true, historyApiFallback: true },
};
''', "array entries in module.rules elided; MiniCssExtractPlugin is configured but no css rule uses its loader",
  mark="// (unchanged)", kind="ph-comment"),

F(L, "scripts/migrate.js", J, r'''
#!/usr/bin/env node
import fs from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';

const MIGRATIONS_DIR = path.resolve('migrations');

async function appliedMigrations(client) {
  await client.query(
    'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz DEFAULT now())'
  );
  const { rows } = await client.query('SELECT name FROM schema_migrations');
  return new Set(rows.map((r) => r.name));
}

async function applyMigration(client, file) {
  // Reads the SQL file, runs it inside a transaction and records the file name
  // in schema_migrations. This is the same as your current implementation, so
  // it is not repeated here.
}

async function main() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const done = await appliedMigrations(client);
    const files = (await fs.readdir(MIGRATIONS_DIR)).filter((f) => f.endsWith('.sql')).sort();
    for (const file of files) {
      if (done.has(file)) continue;
      console.log(`applying ${file}`);
      await applyMigration(client, file);
    }
  } finally {
    await client.end();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
''', "emptied function body; applyMigration is awaited for every file but does nothing",
  mark="Reads the SQL file, runs it inside a transaction", kind="ph-comment"),

F(L, "src/i18n/messages.js", J, r'''
export const SUPPORTED_LOCALES = ['en', 'de', 'fr', 'es'];

export const messages = {
  en: {
    greeting: 'Welcome back, {name}!',
    logout: 'Sign out',
    cartEmpty: 'Your cart is empty.',
    checkout: 'Proceed to checkout',
  },
  de: {
    greeting: 'Willkommen zurück, {name}!',
    logout: 'Abmelden',
    cartEmpty: 'Ihr Warenkorb ist leer.',
    checkout: 'Zur Kasse',
  },
  // ...and so on for fr and es
};

export function t(locale, key, vars = {}) {
  const table = messages[locale] ?? messages.en;
  const template = table[key] ?? messages.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name) => vars[name] ?? '');
}
''', "object literal members elided; fr and es are listed in SUPPORTED_LOCALES but have no message tables",
  mark="...and so on for fr and es", kind="ph-comment"),

F(L, "src/middleware/errorHandler.js", J, r'''
import { logger } from '../logger.js';

export class HttpError extends Error {
  constructor(status, message, details) {
    super(message);
    this.status = status;
    this.details = details;
  }
}

function toResponse(err) {
  switch (err.code) {
    case 'VALIDATION_FAILED':
      return { status: 422, body: { error: 'Validation failed', fields: err.details } };
    case 'CONFLICT':
      return { status: 409, body: { error: err.message } };
    // keep your existing cases for UNAUTHORIZED / FORBIDDEN / NOT_FOUND here
    default:
      return { status: err.status ?? 500, body: { error: 'Internal Server Error' } };
  }
}

export function errorHandler(err, req, res, _next) {
  const { status, body } = toResponse(err);
  if (status >= 500) {
    logger.error({ err, path: req.path }, 'unhandled error');
  }
  res.status(status).json(body);
}
''', "switch cases replaced by a comment; UNAUTHORIZED, FORBIDDEN and NOT_FOUND errors fall through to the 500 default",
  mark="keep your existing cases", kind="ph-comment"),

F(L, "src/hooks/useDebouncedSearch.js", J, r'''
import { useEffect, useRef, useState } from 'react';
import { searchProducts } from '../api/products';

export function useDebouncedSearch(query, delay = 300) {
  const [results, setResults] = useState([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState(null);
  const controllerRef = useRef(null);

  useEffect(() => {
    if (!query.trim()) {
      setResults([]);
      return undefined;
    }

    const timer = setTimeout(async () => {
      controllerRef.current?.abort();
      controllerRef.current = new AbortController();
      setLoading(true);
      // ... existing fetch + setResults/setError logic ...
    }, delay);

    return () => clearTimeout(timer);
  }, [query, delay]);

  return { results, loading, error };
}
''', "middle of an effect replaced by a Cursor-style marker; searchProducts is imported but never called and loading is never reset",
  mark="existing fetch + setResults", kind="ph-comment"),

F(L, "server/socket.js", J, r'''
const { Server } = require('socket.io');

function broadcastTyping(io, room, user, isTyping) {
  io.to(room).emit('typing', { user, isTyping });
}

function persistMessage(store, room, message) {
  return store.append(room, { ...message, at: Date.now() });
}

function attachSocketServer(httpServer, store) {
  const io = new Server(httpServer, { cors: { origin: process.env.CLIENT_ORIGIN } });

  io.on('connection', (socket) => {
    socket.on('join', (room) => {
      socket.join(room);
      socket.to(room).emit('presence', { user: socket.data.user, joined: true });
    });

    // The 'leave', 'message' and 'typing' handlers are wired exactly like 'join'
    // above: each validates its payload, calls persistMessage or broadcastTyping
    // as appropriate, and emits to the room.

    socket.on('disconnect', () => {
      io.emit('presence', { user: socket.data.user, joined: false });
    });
  });

  return io;
}

module.exports = { attachSocketServer };
''', "event handlers elided; broadcastTyping and persistMessage are defined but never wired up",
  mark="The 'leave', 'message' and 'typing' handlers", kind="ph-comment"),

F(L, "src/services/apiClient.js", J, r'''
export class ApiClient {
  constructor(baseUrl, getToken) {
    this.baseUrl = baseUrl.replace(/\/$/, '');
    this.getToken = getToken;
  }

  async request(method, url, body) {
    const res = await fetch(`${this.baseUrl}${url}`, {
      method,
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${await this.getToken()}`,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${url} failed with ${res.status}`);
    return res.status === 204 ? null : res.json();
  }

  get(url) {
    return this.request('GET', url);
  }

  /* post(), put() and delete() have the same shape as get() above: each one
     forwards to this.request() with its HTTP verb and, apart from delete(),
     a JSON body. */
}

export const client = new ApiClient(import.meta.env.VITE_API_URL, () =>
  localStorage.getItem('token')
);

export const createProject = (data) => client.post('/projects', data);
export const renameProject = (id, name) => client.put(`/projects/${id}`, { name });
export const deleteProject = (id) => client.delete(`/projects/${id}`);
''', "class methods elided by a block comment; post, put and delete are called below but never defined",
  mark="have the same shape as get()", kind="ph-comment"),

# ---------------------------------------------------------------- syntax-breaking (7)
F(L, "src/utils/validators.js", J, r'''
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateEmail(value) {
  if (!value) return 'Email is required';
  if (!EMAIL_RE.test(value)) return 'Enter a valid email address';
  return null;
}

export function validatePassword(value) {
  if (!value) return 'Password is required';
  if (value.length < 12) return 'Use at least 12 characters';
  ...
  return null;
}

export function validateSignup(form) {
  const errors = {
    email: validateEmail(form.email),
    password: validatePassword(form.password),
  };
  return Object.fromEntries(Object.entries(errors).filter(([, v]) => v));
}
''', "bare ... line standing for removed password rules inside a function body (syntax error)",
  mark="  ...", kind="ph-break"),

F(L, "src/components/Dashboard.jsx", J, r'''
import { useEffect, useState } from 'react';
import { fetchStats } from '../api/stats';
import { StatCard } from './StatCard';
import { ActivityFeed } from './ActivityFeed';

export default function Dashboard({ user }) {
  const [stats, setStats] = useState(null);

  useEffect(() => {
    fetchStats(user.id).then(setStats);
  }, [user.id]);

  if (!stats) return <div className="spinner" />;

  return (
    <main className="dashboard">
      <h1>Hi, {user.firstName}</h1>
      <section className="stats-grid">
        <StatCard label="Revenue" value={stats.revenue} />
        <StatCard label="Orders" value={stats.orders} />
      </section>
      <rest of component>
    </main>
  );
}
''', "<rest of component> written as a JSX element, never closed (syntax error); ActivityFeed imported but unused",
  mark="<rest of component>", kind="ph-break"),

F(L, "knexfile.js", J, r'''
require('dotenv').config();

const shared = {
  client: 'pg',
  migrations: { directory: './db/migrations', tableName: 'knex_migrations' },
  seeds: { directory: './db/seeds' },
};

module.exports = {
  development: {
    ...shared,
    connection: {
      host: '127.0.0.1',
      port: 5432,
      user: 'app',
      password: 'app',
      database: 'app_dev',
    },
  },

  test: {
    ...shared,
    connection: process.env.TEST_DATABASE_URL,
  },

  production: { ... },
};
''', "{ ... } standing for the whole production config object (syntax error)",
  mark="production: { ... }", kind="ph-break"),

F(L, "src/routes/orders.js", J, r'''
import express from 'express';
import { authenticate } from '../middleware/authenticate.js';
import { rateLimit } from '../middleware/rateLimit.js';
import * as orders from '../controllers/orders.controller.js';

const router = express.Router();

router.use(authenticate);

router.get('/', orders.list);
router.get('/:id', orders.show);
router.post('/', rateLimit({ windowMs: 60_000, max: 20 }), /* ... */, orders.create);
router.patch('/:id/status', orders.updateStatus);
router.delete('/:id', orders.cancel);

export default router;
''', "/* ... */ standing for middleware arguments leaves an empty argument slot (syntax error)",
  mark="/* ... */", kind="ph-break"),

F(L, "src/lib/retry.js", J, r'''
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function retry(fn, { retries = 3, baseDelay = 200, factor = 2, onRetry } = {}) {
  let attempt = 0;
  let lastError;

  while (attempt <= retries) {
    try {
      return await fn(attempt);
    } catch (err) {
      lastError = err;
      if (attempt === retries || err.retryable === false) break;
      const delay = baseDelay * factor ** attempt;
      onRetry?.(err, attempt, delay);
      await sleep(delay);
      attempt += 1;
    }
  }

  throw lastError;
}

export function isRetryableStatus(status) {
  …
}
''', "unicode ellipsis … as the whole body of isRetryableStatus (syntax error)",
  mark="  …", kind="ph-break"),

F(L, "src/data/regions.js", J, r'''
export const REGIONS = [
  { code: 'us-east-1', label: 'US East (N. Virginia)', continent: 'NA' },
  { code: 'us-west-2', label: 'US West (Oregon)', continent: 'NA' },
  { code: 'eu-west-1', label: 'Europe (Ireland)', continent: 'EU' },
  [...]
];

export const DEFAULT_REGION = 'eu-central-1';

export function regionsByContinent(continent) {
  return REGIONS.filter((r) => r.continent === continent);
}

export function regionLabel(code) {
  return REGIONS.find((r) => r.code === code)?.label ?? code;
}
''', "[...] standing for the remaining array entries (syntax error); DEFAULT_REGION eu-central-1 is not in the list",
  mark="[...]", kind="ph-break"),

F(L, "src/app.js", J, r'''
import express from 'express';
import helmet from 'helmet';
import cors from 'cors';
import morgan from 'morgan';
import compression from 'compression';
import { router } from './routes/index.js';
import { errorHandler } from './middleware/errorHandler.js';

const corsOptions = {
  origin: process.env.CORS_ORIGIN?.split(',') ?? '*',
  credentials: true,
};

export const app = express();

app.use(
  helmet(),
  cors(corsOptions),
  ... // other middleware
);

app.get('/healthz', (_req, res) => res.send('ok'));
app.use('/api', router);
app.use(errorHandler);''', "'... // other middleware' as an argument in app.use(), an empty spread standing for the rest of the middleware (syntax error); morgan and compression are imported but unused",
  mark="... // other middleware", kind="ph-break"),
]
