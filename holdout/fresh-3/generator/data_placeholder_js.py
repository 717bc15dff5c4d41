from registry import add

L = "placeholder"
J = "JavaScript"

add(L, "src/server/routes/orders.js", J,
    "Express router (CommonJS); validator middleware replaced by a one-line keep-it note, still referenced by POST route; parses",
    r'''
const express = require('express');
const { body, validationResult } = require('express-validator');
const Order = require('../models/Order');
const { requireAuth } = require('../middleware/auth');

const router = express.Router();

// validateOrder() is unchanged from your version — keep it here.

router.get('/', requireAuth, async (req, res, next) => {
  try {
    const page = Number(req.query.page) || 1;
    const orders = await Order.find({ customer: req.user.id })
      .sort({ createdAt: -1 })
      .skip((page - 1) * 20)
      .limit(20);
    res.json({ page, orders });
  } catch (err) {
    next(err);
  }
});

router.post('/', requireAuth, validateOrder, async (req, res, next) => {
  const errors = validationResult(req);
  if (!errors.isEmpty()) {
    return res.status(422).json({ errors: errors.array() });
  }
  try {
    const order = await Order.create({ ...req.body, customer: req.user.id });
    res.status(201).json(order);
  } catch (err) {
    next(err);
  }
});

router.patch('/:id/cancel', requireAuth, async (req, res, next) => {
  try {
    const order = await Order.findOne({ _id: req.params.id, customer: req.user.id });
    if (!order) return res.sendStatus(404);
    if (order.status !== 'pending') {
      return res.status(409).json({ error: 'Only pending orders can be cancelled' });
    }
    order.status = 'cancelled';
    await order.save();
    res.json(order);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
''', expect="parse",
    marks=["// validateOrder() is unchanged from your version — keep it here."])

add(L, "src/components/ProductCard.jsx", J,
    "React component (JSX); discount computation elided by a comment, JSX comment elides markup; later JSX uses the missing values; parses",
    r'''
import { useState } from 'react';
import PropTypes from 'prop-types';
import { formatPrice } from '../utils/currency';
import styles from './ProductCard.module.css';

export default function ProductCard({ product, onAddToCart }) {
  const [quantity, setQuantity] = useState(1);
  const [adding, setAdding] = useState(false);

  // discount calculation stays as you had it

  async function handleAdd() {
    setAdding(true);
    try {
      await onAddToCart(product.id, quantity);
    } finally {
      setAdding(false);
    }
  }

  return (
    <article className={styles.card}>
      <img src={product.imageUrl} alt={product.name} className={styles.image} />
      <h3 className={styles.title}>{product.name}</h3>
      {discountLabel && <span className={styles.badge}>{discountLabel}</span>}
      <p className={styles.price}>{formatPrice(finalPrice)}</p>
      {/* ...rest of the card markup stays the same... */}
      <div className={styles.actions}>
        <input
          type="number"
          min={1}
          value={quantity}
          onChange={(e) => setQuantity(Number(e.target.value))}
        />
        <button type="button" onClick={handleAdd} disabled={adding}>
          {adding ? 'Adding…' : 'Add to cart'}
        </button>
      </div>
    </article>
  );
}

ProductCard.propTypes = {
  product: PropTypes.shape({
    id: PropTypes.string.isRequired,
    name: PropTypes.string.isRequired,
    price: PropTypes.number.isRequired,
    imageUrl: PropTypes.string,
  }).isRequired,
  onAddToCart: PropTypes.func.isRequired,
};
''', expect="parse",
    marks=["// discount calculation stays as you had it",
           "{/* ...rest of the card markup stays the same... */}"])

add(L, "src/store/cartReducer.js", J,
    "Redux-style reducer (ESM); several switch cases replaced by a bare ellipsis line; breaks syntax",
    r'''
export const initialState = {
  items: [],
  couponCode: null,
  status: 'idle',
};

export const ADD_ITEM = 'cart/addItem';
export const REMOVE_ITEM = 'cart/removeItem';
export const UPDATE_QUANTITY = 'cart/updateQuantity';
export const APPLY_COUPON = 'cart/applyCoupon';
export const CLEAR_CART = 'cart/clear';

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

    ...

    case CLEAR_CART:
      return initialState;

    default:
      return state;
  }
}

export const selectCartTotal = (state) =>
  state.cart.items.reduce((sum, i) => sum + i.price * i.qty, 0);
''', expect="reject", marks=["    ...\n"])

add(L, "cli/index.js", J,
    "commander CLI with shebang (CommonJS); three subcommands replaced by a block-comment paragraph, their helpers still imported; parses",
    r'''
#!/usr/bin/env node
'use strict';

const { Command } = require('commander');
const chalk = require('chalk');
const { loadConfig } = require('../lib/config');
const { addTask, listTasks, removeTask, markDone } = require('../lib/tasks');
const pkg = require('../package.json');

const program = new Command();

program
  .name('tasks')
  .description('Tiny task tracker for the terminal')
  .version(pkg.version)
  .option('-c, --config <path>', 'path to config file', '~/.tasksrc');

program
  .command('add <title...>')
  .description('add a new task')
  .option('-p, --priority <level>', 'low | normal | high', 'normal')
  .action(async (title, opts) => {
    const config = await loadConfig(program.opts().config);
    const task = await addTask(config, title.join(' '), opts.priority);
    console.log(chalk.green(`✔ added #${task.id}`), task.title);
  });

/*
 * The `list`, `done` and `remove` commands are registered exactly like `add`
 * above, each calling its helper from ../lib/tasks. I've left them out so the
 * answer stays focused on the new --priority flag; copy them over from your
 * current file unchanged.
 */

program.parseAsync(process.argv).catch((err) => {
  console.error(chalk.red(err.message));
  process.exitCode = 1;
});
''', expect="parse", para=True,
    marks=["""/*
 * The `list`, `done` and `remove` commands are registered exactly like `add`
 * above, each calling its helper from ../lib/tasks. I've left them out so the
 * answer stays focused on the new --priority flag; copy them over from your
 * current file unchanged.
 */"""])

add(L, "src/utils/formatDate.js", J,
    "date helpers (ESM); one exported function body is only an ellipsis block comment; constants it needed stay unused; parses",
    r'''
const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

export function toDate(value) {
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(value);
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) {
    throw new TypeError(`Invalid date: ${value}`);
  }
  return parsed;
}

export function formatShort(value, locale = 'en-US') {
  return toDate(value).toLocaleDateString(locale, {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
  });
}

export function formatRelative(value, now = Date.now()) {
  /* … */
}

export function formatDuration(ms) {
  const h = Math.floor(ms / HOUR);
  const m = Math.floor((ms % HOUR) / MINUTE);
  return h > 0 ? `${h}h ${m}m` : `${m}m`;
}
''', expect="parse", marks=["  /* … */"])

add(L, "tests/api/users.test.js", J,
    "Jest + supertest suite (CommonJS); setup/teardown replaced by a multi-line block comment, tests use variables it defined; second elision for remaining cases; parses",
    r'''
const request = require('supertest');
const app = require('../../src/app');
const db = require('../../src/db');
const { createUser, signToken } = require('../helpers/factories');

describe('Users API', () => {
  /*
    Setup/teardown goes here: the beforeAll that runs migrations against the
    test database, the beforeEach that truncates the users table and creates
    `admin` + `token`, and the afterAll that closes the pool. I didn't touch
    any of that, so reuse the block from your existing test file.
  */

  describe('GET /api/users/:id', () => {
    it('returns the user when authenticated', async () => {
      const res = await request(app)
        .get(`/api/users/${admin.id}`)
        .set('Authorization', `Bearer ${token}`);
      expect(res.status).toBe(200);
      expect(res.body.email).toBe(admin.email);
    });

    it('returns 401 without a token', async () => {
      const res = await request(app).get(`/api/users/${admin.id}`);
      expect(res.status).toBe(401);
    });
  });

  describe('PATCH /api/users/:id', () => {
    it('lets a user update their display name', async () => {
      const user = await createUser({ displayName: 'Old Name' });
      const res = await request(app)
        .patch(`/api/users/${user.id}`)
        .set('Authorization', `Bearer ${signToken(user)}`)
        .send({ displayName: 'New Name' });
      expect(res.status).toBe(200);
      expect(res.body.displayName).toBe('New Name');
    });

    // remaining PATCH cases (email change, forbidden fields) — unchanged
  });
});
''', expect="parse", para=True,
    marks=["""    Setup/teardown goes here: the beforeAll that runs migrations against the
    test database, the beforeEach that truncates the users table and creates
    `admin` + `token`, and the afterAll that closes the pool. I didn't touch
    any of that, so reuse the block from your existing test file.""",
           "// remaining PATCH cases (email change, forbidden fields) — unchanged"])

add(L, "src/models/User.js", J,
    "Mongoose model (CommonJS); schema fields replaced by an ellipsis object member; index uses an elided field; breaks syntax",
    r'''
const mongoose = require('mongoose');
const bcrypt = require('bcryptjs');

const { Schema } = mongoose;

const addressSchema = new Schema(
  {
    line1: { type: String, required: true },
    city: { type: String, required: true },
    postcode: String,
    country: { type: String, default: 'GB' },
  },
  { _id: false }
);

const userSchema = new Schema(
  {
    email: {
      type: String,
      required: true,
      unique: true,
      lowercase: true,
      trim: true,
    },
    passwordHash: { type: String, required: true, select: false },
    ...,
    addresses: [addressSchema],
  },
  { timestamps: true }
);

userSchema.methods.comparePassword = function comparePassword(plain) {
  return bcrypt.compare(plain, this.passwordHash);
};

userSchema.statics.findByEmail = function findByEmail(email) {
  return this.findOne({ email: email.toLowerCase() });
};

userSchema.index({ role: 1, createdAt: -1 });

module.exports = mongoose.model('User', userSchema);
''', expect="reject", marks=["    ...,\n"])

add(L, "webpack.config.js", J,
    "webpack config (CommonJS); loaders elided by a comment, plugin constructor called with an ellipsis argument; breaks syntax",
    r'''
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');
const { DefinePlugin } = require('webpack');

const isProd = process.env.NODE_ENV === 'production';

module.exports = {
  mode: isProd ? 'production' : 'development',
  entry: './src/index.js',
  output: {
    path: path.resolve(__dirname, 'dist'),
    filename: isProd ? '[name].[contenthash].js' : '[name].js',
    publicPath: '/',
    clean: true,
  },
  module: {
    rules: [
      {
        test: /\.jsx?$/,
        exclude: /node_modules/,
        use: 'babel-loader',
      },
      // your other loaders (images, fonts, svg) go here as before
    ],
  },
  resolve: {
    extensions: ['.js', '.jsx'],
  },
  plugins: [
    new HtmlWebpackPlugin({ template: './public/index.html' }),
    new DefinePlugin({
      'process.env.API_URL': JSON.stringify(process.env.API_URL || ''),
    }),
    new MiniCssExtractPlugin(...),
  ],
  devServer: {
    historyApiFallback: true,
    port: 3000,
  },
};
''', expect="reject",
    marks=["// your other loaders (images, fonts, svg) go here as before",
           "new MiniCssExtractPlugin(...),"])

add(L, "src/hooks/useDebouncedSearch.js", J,
    "React hook (ESM); the fetch inside the debounce timer replaced by a four-line comment paragraph; state setters never called; parses",
    r'''
import { useEffect, useRef, useState } from 'react';
import { searchProducts } from '../api/search';

export function useDebouncedSearch(query, { delay = 300, minLength = 2 } = {}) {
  const [results, setResults] = useState([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState(null);
  const controllerRef = useRef(null);

  useEffect(() => {
    if (query.trim().length < minLength) {
      setResults([]);
      return undefined;
    }

    const timer = setTimeout(() => {
      // The fetch itself is the part you already had working: abort the
      // previous request through controllerRef, call searchProducts(query,
      // { signal }), then push the response into setResults and flip the
      // loading/error flags. I've skipped re-pasting it to keep this short.
    }, delay);

    return () => {
      clearTimeout(timer);
      controllerRef.current?.abort();
    };
  }, [query, delay, minLength]);

  return { results, loading, error };
}
''', expect="parse", para=True,
    marks=["""      // The fetch itself is the part you already had working: abort the
      // previous request through controllerRef, call searchProducts(query,
      // { signal }), then push the response into setResults and flip the
      // loading/error flags. I've skipped re-pasting it to keep this short."""])

add(L, "server.js", J,
    "Fastify server (ESM, top-level await); plugin registration and some routes replaced by editor-style existing-code markers; imports left unused; parses",
    r'''
import Fastify from 'fastify';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import { healthRoutes } from './routes/health.js';
import { orderRoutes } from './routes/orders.js';
import { webhookRoutes } from './routes/webhooks.js';

const app = Fastify({
  logger: {
    level: process.env.LOG_LEVEL ?? 'info',
    transport: process.env.NODE_ENV === 'development' ? { target: 'pino-pretty' } : undefined,
  },
  trustProxy: true,
});

// ... existing code ...

await app.register(rateLimit, {
  max: 100,
  timeWindow: '1 minute',
  allowList: (req) => req.url.startsWith('/health'),
});

await app.register(healthRoutes);
await app.register(orderRoutes, { prefix: '/api/orders' });
// ... existing route registrations ...

const port = Number(process.env.PORT) || 8080;

try {
  await app.listen({ port, host: '0.0.0.0' });
} catch (err) {
  app.log.error(err);
  process.exit(1);
}
''', expect="parse",
    marks=["// ... existing code ...", "// ... existing route registrations ..."])

add(L, "src/api/client.js", J,
    "axios client (ESM); 401 refresh branch of the response interceptor replaced by a note saying it mirrors the request interceptor; parses",
    r'''
import axios from 'axios';
import { getAccessToken, refreshSession, clearSession } from '../auth/session';

const client = axios.create({
  baseURL: import.meta.env.VITE_API_URL,
  timeout: 15000,
  headers: { 'Content-Type': 'application/json' },
});

let refreshPromise = null;

client.interceptors.request.use(async (config) => {
  let token = getAccessToken();
  if (token && isExpired(token)) {
    refreshPromise ??= refreshSession().finally(() => {
      refreshPromise = null;
    });
    token = await refreshPromise;
  }
  if (token) {
    config.headers.Authorization = `Bearer ${token}`;
  }
  return config;
});

client.interceptors.response.use(
  (response) => response.data,
  async (error) => {
    // On a 401, refresh and replay the request the same way the request interceptor above does.
    if (!error.response) {
      return Promise.reject(new Error('Network error — check your connection.'));
    }
    return Promise.reject(error);
  }
);

export default client;
''', expect="parse",
    marks=["// On a 401, refresh and replay the request the same way the request interceptor above does."])

add(L, "scripts/seed-db.js", J,
    "knex seed script with shebang (CommonJS); fixture object ends in an ellipsis member; breaks syntax",
    r'''
#!/usr/bin/env node
require('dotenv').config();
const knex = require('knex')(require('../knexfile')[process.env.NODE_ENV || 'development']);
const { faker } = require('@faker-js/faker');

const categories = [
  { slug: 'hardware', name: 'Hardware' },
  { slug: 'software', name: 'Software' },
  { slug: 'services', name: 'Services' },
];

const products = [
  { sku: 'HW-001', name: 'USB-C Dock', category: 'hardware', price_cents: 12900 },
  { sku: 'HW-002', name: 'Mechanical Keyboard', category: 'hardware', price_cents: 8900 },
  { sku: 'SW-001', name: 'Backup Suite', ... },
];

async function seed() {
  await knex.transaction(async (trx) => {
    await trx('order_items').del();
    await trx('products').del();
    await trx('categories').del();

    const insertedCategories = await trx('categories').insert(categories).returning(['id', 'slug']);
    const idBySlug = Object.fromEntries(insertedCategories.map((c) => [c.slug, c.id]));

    await trx('products').insert(
      products.map(({ category, ...p }) => ({ ...p, category_id: idBySlug[category] }))
    );

    const customers = Array.from({ length: 25 }, () => ({
      email: faker.internet.email().toLowerCase(),
      full_name: faker.person.fullName(),
    }));
    await trx('customers').insert(customers);
  });
}

seed()
  .then(() => {
    console.log('Seed complete');
    return knex.destroy();
  })
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
''', expect="reject",
    marks=["{ sku: 'SW-001', name: 'Backup Suite', ... },"])

add(L, "src/components/Navbar.jsx", J,
    "React navbar (JSX); remaining links collapsed into a JSX element whose only attribute is an ellipsis; breaks syntax",
    r'''
import { useState } from 'react';
import { NavLink, useNavigate } from 'react-router-dom';
import { useAuth } from '../context/AuthContext';
import Logo from './Logo';
import './Navbar.css';

export default function Navbar() {
  const [open, setOpen] = useState(false);
  const { user, logout } = useAuth();
  const navigate = useNavigate();

  const handleLogout = async () => {
    await logout();
    navigate('/login');
  };

  return (
    <header className="navbar">
      <Logo />
      <button
        className="navbar__toggle"
        aria-expanded={open}
        aria-label="Toggle navigation"
        onClick={() => setOpen((o) => !o)}
      >
        ☰
      </button>
      <nav className={open ? 'navbar__links navbar__links--open' : 'navbar__links'}>
        <NavLink to="/" end>
          Home
        </NavLink>
        <NavLink to="/pricing">Pricing</NavLink>
        <NavLink ... />
        {user ? (
          <button type="button" className="navbar__logout" onClick={handleLogout}>
            Log out
          </button>
        ) : (
          <NavLink to="/login">Log in</NavLink>
        )}
      </nav>
    </header>
  );
}
''', expect="reject", marks=["<NavLink ... />"])

add(L, "src/middleware/auth.js", J,
    "Express JWT middleware (CommonJS); verification step replaced by a sentence comment, later code reads the payload it produced; parses",
    r'''
const jwt = require('jsonwebtoken');
const { promisify } = require('util');
const User = require('../models/User');

const verifyAsync = promisify(jwt.verify);

async function requireAuth(req, res, next) {
  const header = req.headers.authorization || '';
  const [scheme, token] = header.split(' ');

  if (scheme !== 'Bearer' || !token) {
    return res.status(401).json({ error: 'Missing bearer token' });
  }

  try {
    // Token verification logic goes here (same as in your original file).

    const user = await User.findById(payload.sub).lean();
    if (!user || user.disabled) {
      return res.status(401).json({ error: 'Account not available' });
    }
    req.user = { id: user._id.toString(), role: user.role };
    return next();
  } catch (err) {
    if (err.name === 'TokenExpiredError') {
      return res.status(401).json({ error: 'Token expired' });
    }
    return next(err);
  }
}

function requireRole(...roles) {
  return (req, res, next) => {
    if (!req.user || !roles.includes(req.user.role)) {
      return res.status(403).json({ error: 'Forbidden' });
    }
    return next();
  };
}

module.exports = { requireAuth, requireRole };
''', expect="parse",
    marks=["// Token verification logic goes here (same as in your original file)."])

add(L, "gulpfile.js", J,
    "gulp tasks (CommonJS); two task functions replaced by a line-comment paragraph asking the user to drop them in; later code references them; parses",
    r'''
const { src, dest, series, parallel, watch } = require('gulp');
const del = require('del');
const sass = require('gulp-sass')(require('sass'));
const postcss = require('gulp-postcss');
const autoprefixer = require('autoprefixer');
const terser = require('gulp-terser');
const sourcemaps = require('gulp-sourcemaps');
const browserSync = require('browser-sync').create();

const paths = {
  styles: { src: 'src/scss/**/*.scss', dest: 'dist/css' },
  scripts: { src: 'src/js/**/*.js', dest: 'dist/js' },
  html: { src: 'src/**/*.html', dest: 'dist' },
};

function clean() {
  return del(['dist']);
}

function html() {
  return src(paths.html.src).pipe(dest(paths.html.dest)).pipe(browserSync.stream());
}

// `styles` and `scripts` tasks:
// these are the two pipelines you pasted earlier (sass -> postcss -> sourcemaps,
// and terser with sourcemaps). Nothing in them needs to change for the
// BrowserSync setup, so drop your existing functions in right here.

function serve() {
  browserSync.init({ server: { baseDir: 'dist' }, open: false });
  watch(paths.styles.src, styles);
  watch(paths.scripts.src, scripts);
  watch(paths.html.src, html);
}

const build = series(clean, parallel(styles, scripts, html));

exports.clean = clean;
exports.build = build;
exports.default = series(build, serve);
''', expect="parse", para=True,
    marks=["""// `styles` and `scripts` tasks:
// these are the two pipelines you pasted earlier (sass -> postcss -> sourcemaps,
// and terser with sourcemaps). Nothing in them needs to change for the
// BrowserSync setup, so drop your existing functions in right here."""])

add(L, "src/features/todos/todosSlice.js", J,
    "Redux Toolkit slice (ESM); remaining reducers replaced by an angle-bracket tag inside the object; exported actions missing; breaks syntax",
    r'''
import { createSlice, createAsyncThunk, nanoid } from '@reduxjs/toolkit';
import { api } from '../../api/client';

export const fetchTodos = createAsyncThunk('todos/fetchAll', async () => {
  const { data } = await api.get('/todos');
  return data;
});

const todosSlice = createSlice({
  name: 'todos',
  initialState: {
    entities: {},
    ids: [],
    filter: 'all',
    status: 'idle',
  },
  reducers: {
    todoAdded: {
      reducer(state, action) {
        const todo = action.payload;
        state.entities[todo.id] = todo;
        state.ids.push(todo.id);
      },
      prepare(text) {
        return { payload: { id: nanoid(), text, completed: false } };
      },
    },
    <rest of reducers>
  },
  extraReducers: (builder) => {
    builder
      .addCase(fetchTodos.pending, (state) => {
        state.status = 'loading';
      })
      .addCase(fetchTodos.fulfilled, (state, action) => {
        state.status = 'idle';
        action.payload.forEach((todo) => {
          state.entities[todo.id] = todo;
          if (!state.ids.includes(todo.id)) state.ids.push(todo.id);
        });
      });
  },
});

export const { todoAdded, todoToggled, todoDeleted, filterChanged } = todosSlice.actions;
export default todosSlice.reducer;
''', expect="reject", marks=["<rest of reducers>"])

add(L, "src/lib/eventBus.js", J,
    "event emitter class (ESM); two methods replaced by a JSDoc-style paragraph saying they mirror on(); on() still calls the missing off(); parses",
    r'''
export class EventBus {
  #listeners = new Map();

  on(event, handler) {
    if (typeof handler !== 'function') {
      throw new TypeError('handler must be a function');
    }
    if (!this.#listeners.has(event)) {
      this.#listeners.set(event, new Set());
    }
    this.#listeners.get(event).add(handler);
    return () => this.off(event, handler);
  }

  /**
   * off() and once() omitted here — they mirror on(): off() deletes the
   * handler from the Set (and drops the Set when it empties), once() wraps
   * the handler so it calls this.off() before running it.
   */

  emit(event, ...args) {
    const handlers = this.#listeners.get(event);
    if (!handlers) return 0;
    for (const handler of [...handlers]) {
      try {
        handler(...args);
      } catch (err) {
        queueMicrotask(() => {
          throw err;
        });
      }
    }
    return handlers.size;
  }

  clear() {
    this.#listeners.clear();
  }
}

export const bus = new EventBus();
''', expect="parse", para=True,
    marks=["""   * off() and once() omitted here — they mirror on(): off() deletes the
   * handler from the Set (and drops the Set when it empties), once() wraps
   * the handler so it calls this.off() before running it."""])

add(L, "src/pages/Checkout.jsx", J,
    "React checkout page (JSX); form sections replaced by a multi-line JSX comment telling the user to paste them back; submit depends on their state; parses",
    r'''
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useCart } from '../hooks/useCart';
import { createOrder } from '../api/orders';
import OrderSummary from '../components/OrderSummary';
import ShippingForm from '../components/ShippingForm';
import BillingForm from '../components/BillingForm';

export default function Checkout() {
  const { items, total, clear } = useCart();
  const navigate = useNavigate();
  const [shipping, setShipping] = useState(null);
  const [billing, setBilling] = useState(null);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState('');

  async function handleSubmit(event) {
    event.preventDefault();
    setSubmitting(true);
    setError('');
    try {
      const order = await createOrder({ items, shipping, billing });
      clear();
      navigate(`/orders/${order.id}/confirmation`);
    } catch (err) {
      setError(err.message);
    } finally {
      setSubmitting(false);
    }
  }

  if (items.length === 0) {
    return <p className="checkout__empty">Your cart is empty.</p>;
  }

  return (
    <form className="checkout" onSubmit={handleSubmit}>
      <h1>Checkout</h1>
      {/*
        Shipping and billing sections go here. They're the same
        <ShippingForm onChange={setShipping} /> / <BillingForm ... /> blocks
        from your original component, including the "same as shipping"
        checkbox; paste them back in as they were.
      */}
      <OrderSummary items={items} total={total} />
      {error && <p role="alert" className="checkout__error">{error}</p>}
      <button type="submit" disabled={submitting || !shipping || !billing}>
        {submitting ? 'Placing order…' : 'Place order'}
      </button>
    </form>
  );
}
''', expect="parse", para=True,
    marks=["""        Shipping and billing sections go here. They're the same
        <ShippingForm onChange={setShipping} /> / <BillingForm ... /> blocks
        from your original component, including the "same as shipping"
        checkbox; paste them back in as they were."""])

add(L, "src/workers/imageResize.js", J,
    "worker_threads + sharp job (CommonJS); function body is a lone Unicode ellipsis character; breaks syntax",
    r'''
const { parentPort, workerData } = require('worker_threads');
const path = require('path');
const fs = require('fs/promises');
const sharp = require('sharp');

const SIZES = [
  { suffix: 'thumb', width: 160 },
  { suffix: 'medium', width: 640 },
  { suffix: 'large', width: 1600 },
];

async function resizeOne(inputPath, outputDir, { suffix, width }) {
  …
}

async function run({ inputPath, outputDir }) {
  await fs.mkdir(outputDir, { recursive: true });
  const results = [];
  for (const size of SIZES) {
    results.push(await resizeOne(inputPath, outputDir, size));
  }
  return results;
}

run(workerData)
  .then((files) => parentPort.postMessage({ ok: true, files }))
  .catch((err) => parentPort.postMessage({ ok: false, error: err.message }));
''', expect="reject", marks=["  …\n"])

add(L, "test/e2e/login.spec.js", J,
    "Playwright spec (CommonJS); the 2FA step replaced by a comment paragraph explaining why it was not written; parses",
    r'''
// @ts-check
const { test, expect } = require('@playwright/test');

const BASE_URL = process.env.E2E_BASE_URL || 'http://localhost:3000';
const USER = {
  email: process.env.E2E_USER_EMAIL || 'qa@example.com',
  password: process.env.E2E_USER_PASSWORD || 'correct-horse-battery',
};

test.describe('login', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(`${BASE_URL}/login`);
  });

  test('shows an error for a wrong password', async ({ page }) => {
    await page.getByLabel('Email').fill(USER.email);
    await page.getByLabel('Password').fill('wrong-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toHaveText(/invalid email or password/i);
  });

  test('signs in and passes the 2FA challenge', async ({ page }) => {
    await page.getByLabel('Email').fill(USER.email);
    await page.getByLabel('Password').fill(USER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();

    // The one-time-code step belongs here. I don't know which selectors your
    // 2FA screen uses or how the test account gets its TOTP secret, so I
    // haven't guessed at it: fill in the code entry and submit yourself,
    // then the assertions below should pass unchanged.

    await expect(page).toHaveURL(`${BASE_URL}/dashboard`);
    await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  });
});
''', expect="parse", para=True,
    marks=["""    // The one-time-code step belongs here. I don't know which selectors your
    // 2FA screen uses or how the test account gets its TOTP secret, so I
    // haven't guessed at it: fill in the code entry and submit yourself,
    // then the assertions below should pass unchanged."""])
