"""placeholder / JavaScript (40 files, 10 syntax-breaking)."""
from common import P

FILES = [
P("src/routes/orders.js",
  "POST handler's catch block is only an elision comment ({L1}) so errors are swallowed and next() is never called; createOrder() is called at {@await createOrder} but its definition was elided ({L2})",
  r'''
import { Router } from 'express';
import { z } from 'zod';
import { db } from '../db.js';
import { requireAuth } from '../middleware/auth.js';

const router = Router();

const orderSchema = z.object({
  customerId: z.string().uuid(),
  items: z.array(z.object({ sku: z.string(), qty: z.number().int().positive() })).min(1),
  notes: z.string().max(500).optional(),
});

router.get('/', requireAuth, async (req, res) => {
  const orders = await db.order.findMany({ where: { customerId: req.user.id } });
  res.json(orders);
});

router.post('/', requireAuth, async (req, res, next) => {
  try {
    const input = orderSchema.parse(req.body);
    const order = await createOrder(req.user, input);
    res.status(201).json(order);
  } catch (err) {
§    // validation and error mapping as in your current handler
  }
});

§// createOrder() goes here too — copy it over from the old orders.js,
§// it didn't change apart from the new `notes` field being passed through.

export default router;
'''),

P("src/store/cartSlice.js",
  "reducers object only defines addItem; removeItem, setQuantity and clearCart are elided ({L}) yet destructured from cartSlice.actions at {@cartSlice.actions}",
  r'''
import { createSlice, createSelector } from '@reduxjs/toolkit';

const initialState = {
  items: [],
  couponCode: null,
};

const cartSlice = createSlice({
  name: 'cart',
  initialState,
  reducers: {
    addItem(state, action) {
      const { id, price } = action.payload;
      const existing = state.items.find((item) => item.id === id);
      if (existing) {
        existing.quantity += 1;
      } else {
        state.items.push({ id, price, quantity: 1 });
      }
    },
§    // removeItem, setQuantity and clearCart follow the same shape as addItem;
§    // I left them out to keep this short.
  },
});

export const selectCartTotal = createSelector(
  (state) => state.cart.items,
  (items) => items.reduce((sum, item) => sum + item.price * item.quantity, 0),
);

export const { addItem, removeItem, setQuantity, clearCart } = cartSlice.actions;
export default cartSlice.reducer;
'''),

P("src/components/UserTable.jsx",
  "table header only renders two columns and elides the rest with a JSX comment ({L}) while each row renders five cells (role, lastLogin, actions)",
  r'''
import React from 'react';
import { formatRelative } from 'date-fns';
import RoleBadge from './RoleBadge';

export default function UserTable({ users, onEdit, onDelete }) {
  if (!users.length) {
    return <p className="empty">No users yet.</p>;
  }

  return (
    <table className="user-table">
      <thead>
        <tr>
          <th>Name</th>
          <th>Email</th>
§          {/* existing code */}
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr key={user.id}>
            <td>{user.name}</td>
            <td>{user.email}</td>
            <td><RoleBadge role={user.role} /></td>
            <td>{formatRelative(new Date(user.lastLogin), new Date())}</td>
            <td>
              <button onClick={() => onEdit(user)}>Edit</button>
              <button onClick={() => onDelete(user.id)}>Delete</button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
'''),

P("src/components/CheckoutForm.jsx",
  "form body after the address fields replaced by a pseudo-tag `<rest of component>` ({L}); payment fields, submit button and closing tags are missing; the tag is not valid JSX",
  r'''
import { useState } from 'react';
import { useStripe, useElements, CardElement } from '@stripe/react-stripe-js';
import { submitOrder } from '../api/orders';

export default function CheckoutForm({ cart, onSuccess }) {
  const stripe = useStripe();
  const elements = useElements();
  const [address, setAddress] = useState({ line1: '', city: '', postcode: '' });
  const [error, setError] = useState(null);
  const [submitting, setSubmitting] = useState(false);

  async function handleSubmit(event) {
    event.preventDefault();
    setSubmitting(true);
    const { paymentMethod, error: stripeError } = await stripe.createPaymentMethod({
      type: 'card',
      card: elements.getElement(CardElement),
    });
    if (stripeError) {
      setError(stripeError.message);
      setSubmitting(false);
      return;
    }
    const order = await submitOrder({ cart, address, paymentMethodId: paymentMethod.id });
    onSuccess(order);
  }

  return (
    <form onSubmit={handleSubmit} className="checkout-form">
      <input
        value={address.line1}
        onChange={(e) => setAddress({ ...address, line1: e.target.value })}
        placeholder="Address"
      />
§      <rest of component>
  );
}
''', breaks=True),

P("lib/cli.mjs",
  "switch over the sub-command only handles `init`; the `build` and `serve` cases listed in the usage text are elided ({L}) so they fall through to the unknown-command error",
  r'''
#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { init } from './commands/init.mjs';
import { build } from './commands/build.mjs';
import { serve } from './commands/serve.mjs';

const USAGE = `usage: sitegen <init|build|serve> [options]

  init    scaffold a new site in the current directory
  build   render every page into ./dist
  serve   start a dev server with live reload`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', short: 'o', default: 'dist' },
    port: { type: 'string', short: 'p', default: '4000' },
    help: { type: 'boolean', short: 'h' },
  },
});

const [command] = positionals;

if (values.help || !command) {
  console.log(USAGE);
  process.exit(0);
}

switch (command) {
  case 'init':
    await init(process.cwd());
    break;
§  // ...and the same for "build" and "serve"
  default:
    console.error(`unknown command: ${command}\n\n${USAGE}`);
    process.exit(1);
}
'''),

P("scripts/migrate.mjs",
  "the loop that applies pending migrations is replaced by a lone `…` line ({L}); applyMigration and the bookkeeping insert are never written; `…` is not valid JavaScript",
  r'''
import fs from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';

const MIGRATIONS_DIR = new URL('../migrations/', import.meta.url);
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });

async function appliedMigrations() {
  await client.query(`
    CREATE TABLE IF NOT EXISTS schema_migrations (
      name text PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
  const { rows } = await client.query('SELECT name FROM schema_migrations');
  return new Set(rows.map((r) => r.name));
}

async function main() {
  await client.connect();
  const done = await appliedMigrations();
  const files = (await fs.readdir(MIGRATIONS_DIR))
    .filter((f) => f.endsWith('.sql'))
    .sort();
  const pending = files.filter((f) => !done.has(path.basename(f)));
  console.log(`${pending.length} pending migration(s)`);
§  …
  await client.end();
}

main().catch(async (err) => {
  console.error(err);
  await client.end();
  process.exit(1);
});
''', breaks=True),

P("server/index.cjs",
  "errorHandler is registered with app.use at {@app.use(errorHandler)} but its body is only an elision comment ({L}); errors never get a response",
  r'''
const express = require('express');
const helmet = require('helmet');
const morgan = require('morgan');
const { router: apiRouter } = require('./api');
const { NotFoundError } = require('./errors');

const app = express();
const PORT = Number(process.env.PORT) || 3000;

app.disable('x-powered-by');
app.use(helmet());
app.use(express.json({ limit: '1mb' }));
app.use(morgan(process.env.NODE_ENV === 'production' ? 'combined' : 'dev'));

app.get('/healthz', (req, res) => res.send('ok'));
app.use('/api', apiRouter);

app.use((req, res, next) => {
  next(new NotFoundError(`No route for ${req.method} ${req.path}`));
});

function errorHandler(err, req, res, next) {
§  /* map errors to status codes exactly like before —
§     NotFoundError -> 404, ValidationError -> 422, everything else 500
§     (the body of this function is the one from your current server.js) */
}

app.use(errorHandler);

app.listen(PORT, () => {
  console.log(`listening on :${PORT}`);
});
'''),

P("config/webpack.config.cjs",
  "module.rules only keeps the babel loader; the CSS/asset loaders are elided ({L}) although MiniCssExtractPlugin is instantiated below and needs its loader rule",
  r'''
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');

const isProd = process.env.NODE_ENV === 'production';

module.exports = {
  mode: isProd ? 'production' : 'development',
  entry: './src/index.js',
  output: {
    path: path.resolve(__dirname, '../dist'),
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
§      // keep your other loaders (css, svg, fonts) below this one
    ],
  },
  resolve: {
    extensions: ['.js', '.jsx'],
  },
  plugins: [
    new HtmlWebpackPlugin({ template: './public/index.html' }),
    new MiniCssExtractPlugin({ filename: '[name].[contenthash].css' }),
  ],
  devtool: isProd ? 'source-map' : 'eval-cheap-module-source-map',
};
'''),

P("src/services/mailer.js",
  "class body contains a bare `...` member ({L}) standing for the remaining methods, e.g. sendPasswordReset which module.exports calls at {@module.exports}; `...` is not a valid class member",
  r'''
'use strict';

const nodemailer = require('nodemailer');
const { renderTemplate } = require('./templates');

class Mailer {
  constructor({ host, port, user, pass, from }) {
    this.from = from;
    this.transport = nodemailer.createTransport({
      host,
      port,
      secure: port === 465,
      auth: { user, pass },
    });
  }

  async send(to, subject, html) {
    return this.transport.sendMail({ from: this.from, to, subject, html });
  }

  async sendWelcome(user) {
    const html = await renderTemplate('welcome', { name: user.name });
    return this.send(user.email, 'Welcome aboard', html);
  }

§  ...other methods (sendPasswordReset, sendReceipt)
}

const mailer = new Mailer({
  host: process.env.SMTP_HOST,
  port: Number(process.env.SMTP_PORT || 587),
  user: process.env.SMTP_USER,
  pass: process.env.SMTP_PASS,
  from: process.env.MAIL_FROM,
});

module.exports = { mailer, sendPasswordReset: (u, t) => mailer.sendPasswordReset(u, t) };
''', breaks=True),

P("src/utils/format.js",
  "formatDate and formatBytes are exported at the end but their definitions were replaced by an elision comment ({L})",
  r'''
const currencyFormatters = new Map();

function getCurrencyFormatter(currency, locale) {
  const key = `${locale}:${currency}`;
  if (!currencyFormatters.has(key)) {
    currencyFormatters.set(
      key,
      new Intl.NumberFormat(locale, { style: 'currency', currency }),
    );
  }
  return currencyFormatters.get(key);
}

export function formatCurrency(amountInCents, currency = 'EUR', locale = 'de-DE') {
  return getCurrencyFormatter(currency, locale).format(amountInCents / 100);
}

§/* formatDate and formatBytes are untouched: they still take (value, locale)
§   and you can keep the implementations you already have. */

export const formatters = {
  currency: formatCurrency,
  date: formatDate,
  bytes: formatBytes,
};
'''),

P("test/orders.service.test.js",
  "beforeEach body elided ({L1}) so `repo` and `service` are never assigned though every test uses them; the remaining describe blocks are elided at the end ({L2})",
  r'''
import { jest } from '@jest/globals';
import { OrderService } from '../src/services/order.service.js';
import { OrderNotFoundError } from '../src/errors.js';

describe('OrderService', () => {
  let repo;
  let service;

  beforeEach(() => {
§    // same mocked repository setup as in payment.service.test.js
  });

  describe('getById', () => {
    it('returns the order when it exists', async () => {
      repo.findById.mockResolvedValue({ id: 'o1', status: 'paid' });
      await expect(service.getById('o1')).resolves.toEqual({ id: 'o1', status: 'paid' });
    });

    it('throws OrderNotFoundError for unknown ids', async () => {
      repo.findById.mockResolvedValue(null);
      await expect(service.getById('nope')).rejects.toBeInstanceOf(OrderNotFoundError);
    });
  });

§  // [remaining test cases for cancel() and refund()]
});
'''),

P("src/hooks/useDebouncedSearch.js",
  "the effect's cleanup function only contains an elision comment ({L}); the pending timeout is never cleared so stale searches still fire",
  r'''
import { useEffect, useRef, useState } from 'react';
import { searchProducts } from '../api/search';

export function useDebouncedSearch(query, delay = 300) {
  const [results, setResults] = useState([]);
  const [loading, setLoading] = useState(false);
  const latestQuery = useRef(query);

  useEffect(() => {
    latestQuery.current = query;
    if (!query.trim()) {
      setResults([]);
      return undefined;
    }

    setLoading(true);
    const timer = setTimeout(async () => {
      const data = await searchProducts(query);
      if (latestQuery.current === query) {
        setResults(data);
        setLoading(false);
      }
    }, delay);

    return () => {
§      // ... existing code ...
    };
  }, [query, delay]);

  return { results, loading };
}
'''),

P("src/pages/Dashboard.jsx",
  "an HTML comment `<!-- ... -->` stands in for the stats-cards section inside JSX ({L}); JSX has no HTML comments so the file does not parse, and `stats` is fetched but never rendered",
  r'''
import { useEffect, useState } from 'react';
import { fetchStats, fetchActivity } from '../api/dashboard';
import ActivityFeed from '../components/ActivityFeed';
import PageHeader from '../components/PageHeader';

export default function Dashboard() {
  const [stats, setStats] = useState(null);
  const [activity, setActivity] = useState([]);

  useEffect(() => {
    let cancelled = false;
    Promise.all([fetchStats(), fetchActivity({ limit: 20 })]).then(([s, a]) => {
      if (!cancelled) {
        setStats(s);
        setActivity(a);
      }
    });
    return () => {
      cancelled = true;
    };
  }, []);

  return (
    <main className="dashboard">
      <PageHeader title="Overview" />
§      <!-- the stats cards section stays the same -->
      <section className="dashboard__activity">
        <h2>Recent activity</h2>
        <ActivityFeed items={activity} />
      </section>
    </main>
  );
}
''', breaks=True),

P("src/middleware/rateLimit.cjs",
  "the elision comment on {L} swallows the closing `}));` of the rateLimit({...}) call, so the object literal and call are never closed",
  r'''
const rateLimit = require('express-rate-limit');
const RedisStore = require('rate-limit-redis');
const { redis } = require('../lib/redis.cjs');

function applyRateLimits(app) {
  app.use(
    '/api/auth',
    rateLimit({
      windowMs: 15 * 60 * 1000,
      max: 20,
      standardHeaders: true,
      legacyHeaders: false,
      store: new RedisStore({ sendCommand: (...args) => redis.sendCommand(args) }),
    }),
  );

  app.use('/api', rateLimit({
    windowMs: 60_000,
    max: 300,
    keyGenerator: (req) => req.user?.id ?? req.ip,
§    // skip + handler options stay the same as the auth limiter }));
}

module.exports = { applyRateLimits };
''', breaks=True),

P("src/api/client.mjs",
  "request() is called by get/post/del but its body is only a TODO-style elision ({L}); it returns undefined",
  r'''
const BASE_URL = process.env.API_BASE_URL ?? 'http://localhost:8080';

export class ApiError extends Error {
  constructor(status, body) {
    super(`API request failed with ${status}`);
    this.status = status;
    this.body = body;
  }
}

async function request(method, path, { body, headers = {}, retries = 2 } = {}) {
§  // TODO: bring over the retry + JSON parsing bits from the old client.js
§  // (the only change is that non-2xx responses now throw ApiError)
}

export const api = {
  get: (path, opts) => request('GET', path, opts),
  post: (path, body, opts) => request('POST', path, { ...opts, body }),
  put: (path, body, opts) => request('PUT', path, { ...opts, body }),
  del: (path, opts) => request('DELETE', path, opts),
};

export async function getCurrentUser() {
  const { user } = await api.get('/me');
  return user;
}
'''),

P("src/router/index.js",
  "routes array elides the remaining routes ({L}) including the `login` route that the navigation guard redirects to at {@name: 'login'}",
  r'''
import { createRouter, createWebHistory } from 'vue-router';
import { useAuthStore } from '@/stores/auth';
import HomeView from '@/views/HomeView.vue';

const routes = [
  {
    path: '/',
    name: 'home',
    component: HomeView,
  },
  {
    path: '/projects/:id',
    name: 'project',
    component: () => import('@/views/ProjectView.vue'),
    meta: { requiresAuth: true },
    props: true,
  },
§  // add the remaining 6 routes (settings, billing, login, ...) here
];

const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes,
  scrollBehavior: () => ({ top: 0 }),
});

router.beforeEach((to) => {
  const auth = useAuthStore();
  if (to.meta.requiresAuth && !auth.isLoggedIn) {
    return { name: 'login', query: { redirect: to.fullPath } };
  }
  return true;
});

export default router;
'''),

P("src/stores/products.js",
  "Pinia store: the actions block is only an elision comment ({L}) but ensureFreshProducts() calls store.fetchProducts() at {@await store.fetchProducts}; `http` is imported for the elided actions",
  r'''
import { defineStore } from 'pinia';
import { http } from '@/lib/http';

export const useProductStore = defineStore('products', {
  state: () => ({
    items: [],
    cart: [],
    loading: false,
    error: null,
    lastFetchedAt: null,
  }),

  getters: {
    cartCount: (state) => state.cart.reduce((n, line) => n + line.qty, 0),
    byCategory: (state) => (category) =>
      state.items.filter((p) => p.category === category),
    isStale: (state) =>
      !state.lastFetchedAt || Date.now() - state.lastFetchedAt > 5 * 60 * 1000,
  },

  actions: {
§    // fetchProducts(), addToCart(), removeFromCart() — same bodies as in the
§    // Options-API version of this store, just with `this` instead of `state`
  },
});

export async function ensureFreshProducts() {
  const store = useProductStore();
  if (store.isStale) {
    await store.fetchProducts();
  }
  return store.items;
}
'''),

P("src/reducers/todos.js",
  "VISIBILITY_FILTERS is written as `[... as before ...]` ({L}) which is a syntax error; the filters are used by selectVisibleTodos",
  r'''
import { v4 as uuid } from 'uuid';

export const ADD_TODO = 'todos/add';
export const TOGGLE_TODO = 'todos/toggle';
export const REMOVE_TODO = 'todos/remove';

§export const VISIBILITY_FILTERS = [... as before ...];

const initialState = {
  items: [],
  filter: 'all',
};

export default function todosReducer(state = initialState, action) {
  switch (action.type) {
    case ADD_TODO:
      return {
        ...state,
        items: [...state.items, { id: uuid(), text: action.payload, done: false }],
      };
    case TOGGLE_TODO:
      return {
        ...state,
        items: state.items.map((t) => (t.id === action.payload ? { ...t, done: !t.done } : t)),
      };
    case REMOVE_TODO:
      return { ...state, items: state.items.filter((t) => t.id !== action.payload) };
    default:
      return state;
  }
}

export const selectVisibleTodos = (state) =>
  VISIBILITY_FILTERS.find((f) => f.key === state.todos.filter).predicate(state.todos.items);
''', breaks=True),

P("prisma/seed.cjs",
  "seeding of products and orders is elided ({L}) but `products` and `orders` are logged at {@console.log(`seeded}",
  r'''
const { PrismaClient } = require('@prisma/client');
const { faker } = require('@faker-js/faker');

const prisma = new PrismaClient();

async function main() {
  await prisma.orderItem.deleteMany();
  await prisma.order.deleteMany();
  await prisma.product.deleteMany();
  await prisma.user.deleteMany();

  const users = await Promise.all(
    Array.from({ length: 10 }, () =>
      prisma.user.create({
        data: {
          email: faker.internet.email().toLowerCase(),
          name: faker.person.fullName(),
          role: 'CUSTOMER',
        },
      }),
    ),
  );

§  // …seed products and orders the same way (faker.commerce for the product
§  // names, 1-5 random items per order)

  console.log(`seeded ${users.length} users, ${products.length} products, ${orders.length} orders`);
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
'''),

P("src/db/prisma.js",
  "the globalThis caching block is elided ({L}) although `globalForPrisma` is read and written below; it is never declared",
  r'''
import { PrismaClient } from '@prisma/client';

const logLevels =
  process.env.NODE_ENV === 'development' ? ['query', 'warn', 'error'] : ['error'];

§// ...existing code (globalThis caching for dev hot-reload)...
§// nothing changed in that part, only the log levels below

export const prisma =
  globalForPrisma.prisma ??
  new PrismaClient({
    log: logLevels,
    datasources: { db: { url: process.env.DATABASE_URL } },
  });

if (process.env.NODE_ENV !== 'production') {
  globalForPrisma.prisma = prisma;
}

export async function withTransaction(fn) {
  return prisma.$transaction(async (tx) => fn(tx), {
    maxWait: 5_000,
    timeout: 10_000,
  });
}

export default prisma;
'''),
]

FILES += [
P("src/components/Modal.jsx",
  "handleKeyDown is passed to onKeyDown in the JSX but its definition (escape key + focus trap) is elided ({L})",
  r'''
import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';

export default function Modal({ open, title, onClose, children }) {
  const dialogRef = useRef(null);
  const previouslyFocused = useRef(null);

  useEffect(() => {
    if (!open) return undefined;
    previouslyFocused.current = document.activeElement;
    dialogRef.current?.focus();
    document.body.style.overflow = 'hidden';
    return () => {
      document.body.style.overflow = '';
      previouslyFocused.current?.focus();
    };
  }, [open]);

§  // (escape-key + focus-trap handler omitted — paste yours in here)

  if (!open) return null;

  return createPortal(
    <div className="modal-backdrop" onClick={onClose}>
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby="modal-title"
        tabIndex={-1}
        className="modal"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={handleKeyDown}
      >
        <h2 id="modal-title">{title}</h2>
        {children}
      </div>
    </div>,
    document.body,
  );
}
'''),

P("src/workers/thumbnail.mjs",
  "the job switch only implements 'resize'; the 'crop' and 'watermark' cases declared in JOB_TYPES are elided ({L})",
  r'''
import { Worker } from 'bullmq';
import sharp from 'sharp';
import { getObject, putObject } from '../lib/s3.mjs';
import { connection } from '../lib/redis.mjs';

export const JOB_TYPES = ['resize', 'crop', 'watermark'];

async function process(job) {
  const { key, width, height } = job.data;
  const input = await getObject(key);
  let output;

  switch (job.name) {
    case 'resize':
      output = await sharp(input).resize(width, height, { fit: 'inside' }).webp().toBuffer();
      break;
§    // 'crop' and 'watermark' cases: copy the resize case and swap the sharp
§    // call (extract() for crop, composite() with the logo buffer for watermark)
    default:
      throw new Error(`unknown job ${job.name}`);
  }

  const outKey = key.replace(/\.[^.]+$/, `.${job.name}.webp`);
  await putObject(outKey, output, 'image/webp');
  return { key: outKey, bytes: output.length };
}

export const worker = new Worker('thumbnails', process, {
  connection,
  concurrency: Number(process.env.THUMBNAIL_CONCURRENCY ?? 4),
});

worker.on('failed', (job, err) => {
  console.error(`job ${job?.id} (${job?.name}) failed:`, err.message);
});
'''),

P("src/app.js",
  "a bare `...` line sits between the middleware setup and the route mounting ({L}), standing for the session/passport setup that `passport` (imported) needs; not valid JavaScript",
  r'''
import express from 'express';
import session from 'express-session';
import passport from 'passport';
import cors from 'cors';
import { authRouter } from './routes/auth.js';
import { projectsRouter } from './routes/projects.js';

export function createApp() {
  const app = express();

  app.use(cors({ origin: process.env.WEB_ORIGIN, credentials: true }));
  app.use(express.json());
  app.use(express.urlencoded({ extended: false }));

§  ...

  app.use('/auth', authRouter);
  app.use('/projects', passport.authenticate('session'), projectsRouter);

  app.use((err, req, res, next) => {
    const status = err.status ?? 500;
    res.status(status).json({ error: err.message });
  });

  return app;
}
''', breaks=True),

P("src/controllers/authController.cjs",
  "refresh() is exported in module.exports but its implementation was replaced by an elision comment ({L})",
  r'''
const bcrypt = require('bcryptjs');
const jwt = require('jsonwebtoken');
const { User } = require('../models/user.cjs');

const ACCESS_TTL = '15m';
const REFRESH_TTL = '7d';

function signTokens(user) {
  const payload = { sub: user.id, role: user.role };
  return {
    accessToken: jwt.sign(payload, process.env.JWT_SECRET, { expiresIn: ACCESS_TTL }),
    refreshToken: jwt.sign(payload, process.env.JWT_REFRESH_SECRET, { expiresIn: REFRESH_TTL }),
  };
}

async function login(req, res) {
  const { email, password } = req.body;
  const user = await User.findOne({ email: email.toLowerCase() });
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    return res.status(401).json({ error: 'invalid credentials' });
  }
  const tokens = signTokens(user);
  res.cookie('refresh_token', tokens.refreshToken, { httpOnly: true, sameSite: 'strict' });
  return res.json({ accessToken: tokens.accessToken });
}

function logout(req, res) {
  res.clearCookie('refresh_token');
  res.status(204).end();
}

§/* refresh() is unchanged from the version you sent — it verifies the cookie
§   with JWT_REFRESH_SECRET and calls signTokens() again. */

module.exports = { login, logout, refresh };
'''),

P("next.config.mjs",
  "headers() returns an array whose contents were elided ({L1}) and redirects() body is only a comment ({L2}) so it returns undefined, which Next rejects",
  r'''
/** @type {import('next').NextConfig} */
const securityHeaders = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
];

const nextConfig = {
  reactStrictMode: true,
  output: 'standalone',
  images: {
    remotePatterns: [{ protocol: 'https', hostname: 'cdn.example.com' }],
  },
  async headers() {
    return [
§      /* security headers block for '/(.*)' goes here (uses securityHeaders) */
    ];
  },
  async redirects() {
§    // rest unchanged
  },
  experimental: {
    serverActions: { bodySizeLimit: '2mb' },
  },
};

export default nextConfig;
'''),

P("src/components/ProductList.jsx",
  "the useMemo filter/sort callback body is only a vertical-ellipsis comment ({L}); it returns undefined and `visible.map` throws",
  r'''
import { useMemo, useState } from 'react';
import ProductCard from './ProductCard';
import SortSelect from './SortSelect';

const SORTERS = {
  price: (a, b) => a.price - b.price,
  name: (a, b) => a.name.localeCompare(b.name),
  newest: (a, b) => new Date(b.createdAt) - new Date(a.createdAt),
};

export default function ProductList({ items, query }) {
  const [sortKey, setSortKey] = useState('newest');

  const visible = useMemo(() => {
§    // ⋮
  }, [items, query, sortKey]);

  return (
    <div className="product-list">
      <SortSelect value={sortKey} options={Object.keys(SORTERS)} onChange={setSortKey} />
      <ul>
        {visible.map((product) => (
          <li key={product.id}>
            <ProductCard product={product} />
          </li>
        ))}
      </ul>
      {visible.length === 0 && <p>No products match “{query}”.</p>}
    </div>
  );
}
'''),

P("eslint.config.mjs",
  "the TypeScript override block is elided ({L}); `tseslint` is imported but never used and .ts files get no parser",
  r'''
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';

export default [
  {
    ignores: ['dist/**', 'coverage/**', '**/*.gen.*'],
  },
  js.configs.recommended,
  {
    files: ['**/*.{js,jsx}'],
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-unused-vars': ['warn', { argsIgnorePattern: '^_' }],
    },
  },
§  // (the TypeScript override block is the same as in .eslintrc — port it here;
§  //  it's the one with files: ['**/*.ts'] and tseslint.configs.recommended)
  prettier,
];
'''),

P("src/services/payments.js",
  "an `<existing code>` pseudo-tag replaces the webhook event handlers map ({L}); handleWebhook dispatches through `handlers`, which is never defined; not valid JavaScript",
  r'''
import Stripe from 'stripe';
import { db } from '../db.js';
import { logger } from '../logger.js';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY, { apiVersion: '2024-06-20' });

export async function createCheckoutSession(userId, priceId) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  return stripe.checkout.sessions.create({
    mode: 'subscription',
    customer: user.stripeCustomerId,
    line_items: [{ price: priceId, quantity: 1 }],
    success_url: `${process.env.APP_URL}/billing?status=success`,
    cancel_url: `${process.env.APP_URL}/billing?status=cancelled`,
  });
}

§<existing code>

export async function handleWebhook(rawBody, signature) {
  const event = stripe.webhooks.constructEvent(rawBody, signature, process.env.STRIPE_WEBHOOK_SECRET);
  const handler = handlers[event.type];
  if (!handler) {
    logger.debug({ type: event.type }, 'ignoring stripe event');
    return;
  }
  await handler(event.data.object);
}
''', breaks=True),

P("src/lib/logger.cjs",
  "the serializers() helper used by pino options is elided to a comment-only body ({L}); it returns undefined",
  r'''
const pino = require('pino');

const level = process.env.LOG_LEVEL || (process.env.NODE_ENV === 'production' ? 'info' : 'debug');

function serializers() {
§  // same req/res/err serializers as the old logger.js: strip cookies and the
§  // authorization header from req, keep only statusCode from res
}

const logger = pino({
  level,
  serializers: serializers(),
  redact: {
    paths: ['req.headers.authorization', 'user.password', '*.token'],
    censor: '[redacted]',
  },
  transport:
    process.env.NODE_ENV === 'production'
      ? undefined
      : { target: 'pino-pretty', options: { colorize: true, translateTime: 'HH:MM:ss' } },
});

function child(bindings) {
  return logger.child(bindings);
}

module.exports = { logger, child };
'''),

P("src/components/Sidebar.jsx",
  "only the Projects nav section is rendered; the Settings and Billing sections the `sections` prop describes are elided by a JSX comment ({L})",
  r'''
import { NavLink } from 'react-router-dom';
import { useState } from 'react';
import Icon from './Icon';

export default function Sidebar({ sections, collapsed, onToggle }) {
  const [openSection, setOpenSection] = useState('projects');

  return (
    <aside className={collapsed ? 'sidebar sidebar--collapsed' : 'sidebar'}>
      <button type="button" className="sidebar__toggle" onClick={onToggle}>
        <Icon name={collapsed ? 'chevron-right' : 'chevron-left'} />
      </button>
      <nav>
        <div className="sidebar__section">
          <button type="button" onClick={() => setOpenSection('projects')}>
            <Icon name="folder" /> {!collapsed && 'Projects'}
          </button>
          {openSection === 'projects' && (
            <ul>
              {sections.projects.map((p) => (
                <li key={p.id}>
                  <NavLink to={`/projects/${p.id}`}>{p.name}</NavLink>
                </li>
              ))}
            </ul>
          )}
        </div>
§        {/* nav sections for Settings and Billing — same markup as the
§            Projects section above, just reading sections.settings / .billing */}
      </nav>
    </aside>
  );
}
'''),

P("src/server.js",
  "the routes table omits the /api/users and /api/sessions entries ({L}); handleUsers/handleSessions are imported but unused and those paths answer 404",
  r'''
import { handleHealth } from './handlers/health.js';
import { handleUsers } from './handlers/users.js';
import { handleSessions } from './handlers/sessions.js';

const routes = {
  '/api/health': handleHealth,
§  // /api/users and /api/sessions: same shape as /api/health, just their handlers
};

const server = Bun.serve({
  port: Number(Bun.env.PORT ?? 3000),
  async fetch(req) {
    const url = new URL(req.url);
    const handler = routes[url.pathname];
    if (!handler) {
      return Response.json({ error: 'not found' }, { status: 404 });
    }
    try {
      return await handler(req, url);
    } catch (err) {
      console.error(err);
      return Response.json({ error: 'internal error' }, { status: 500 });
    }
  },
  error(err) {
    return new Response(`fatal: ${err.message}`, { status: 500 });
  },
});

console.log(`listening on ${server.url}`);
'''),

P("src/lib/lru-cache.mjs",
  "evict() is called from set() but its body is only an elision comment ({L}); the cache grows without bound",
  r'''
export class LruCache {
  #max;
  #ttl;
  #map = new Map();

  constructor({ max = 500, ttlMs = 60_000 } = {}) {
    this.#max = max;
    this.#ttl = ttlMs;
  }

  get(key) {
    const entry = this.#map.get(key);
    if (!entry) return undefined;
    if (entry.expires < Date.now()) {
      this.#map.delete(key);
      return undefined;
    }
    this.#map.delete(key);
    this.#map.set(key, entry);
    return entry.value;
  }

  set(key, value) {
    this.#map.delete(key);
    this.#map.set(key, { value, expires: Date.now() + this.#ttl });
    if (this.#map.size > this.#max) {
      this.evict();
    }
    return this;
  }

  evict() {
§    /* … existing code … */
  }

  get size() {
    return this.#map.size;
  }
}
'''),

P("src/socket/handlers.cjs",
  "a bare `...` line among the switch cases ({L}) stands for the 'typing' and 'leave' cases that clients send; not valid JavaScript",
  r'''
const { Server } = require('socket.io');
const { verifyToken } = require('../auth.cjs');
const rooms = require('../rooms.cjs');

function attach(httpServer) {
  const io = new Server(httpServer, { cors: { origin: process.env.WEB_ORIGIN } });

  io.use(async (socket, next) => {
    try {
      socket.user = await verifyToken(socket.handshake.auth.token);
      next();
    } catch (err) {
      next(new Error('unauthorized'));
    }
  });

  io.on('connection', (socket) => {
    socket.on('message', (msg) => {
      switch (msg.type) {
        case 'join':
          socket.join(msg.room);
          rooms.addMember(msg.room, socket.user.id);
          io.to(msg.room).emit('presence', rooms.members(msg.room));
          break;
§        ... // 'typing' and 'leave' cases
        default:
          socket.emit('error', { message: `unknown message type ${msg.type}` });
      }
    });
  });

  return io;
}

module.exports = { attach };
''', breaks=True),

P("gulpfile.cjs",
  "scripts() and images() tasks are elided ({L}) but are referenced by watch() and by the default parallel() export",
  r'''
const { src, dest, watch, series, parallel } = require('gulp');
const sass = require('gulp-sass')(require('sass'));
const postcss = require('gulp-postcss');
const autoprefixer = require('autoprefixer');
const del = require('del');

const paths = {
  styles: 'assets/scss/**/*.scss',
  scripts: 'assets/js/**/*.js',
  images: 'assets/img/**/*',
  out: 'public/build',
};

function clean() {
  return del([paths.out]);
}

function styles() {
  return src(paths.styles, { sourcemaps: true })
    .pipe(sass({ outputStyle: 'compressed' }).on('error', sass.logError))
    .pipe(postcss([autoprefixer()]))
    .pipe(dest(`${paths.out}/css`, { sourcemaps: '.' }));
}

§// scripts() and images() tasks: identical pattern to styles(), each with its
§// own glob from `paths` and esbuild / imagemin in place of sass

function watchFiles() {
  watch(paths.styles, styles);
  watch(paths.scripts, scripts);
  watch(paths.images, images);
}

exports.clean = clean;
exports.watch = watchFiles;
exports.default = series(clean, parallel(styles, scripts, images));
'''),

P("src/state/authReducer.js",
  "the reducer switch lacks the LOGOUT and TOKEN_REFRESHED cases ({L}) that the action creators below dispatch",
  r'''
export const LOGIN_SUCCESS = 'auth/loginSuccess';
export const LOGIN_FAILURE = 'auth/loginFailure';
export const LOGOUT = 'auth/logout';
export const TOKEN_REFRESHED = 'auth/tokenRefreshed';

const initialState = {
  user: null,
  accessToken: null,
  error: null,
};

export default function authReducer(state = initialState, action) {
  switch (action.type) {
    case LOGIN_SUCCESS:
      return {
        ...state,
        user: action.payload.user,
        accessToken: action.payload.accessToken,
        error: null,
      };
    case LOGIN_FAILURE:
      return { ...state, error: action.payload };
§    // ...existing code...
    default:
      return state;
  }
}

export const loginSuccess = (user, accessToken) => ({ type: LOGIN_SUCCESS, payload: { user, accessToken } });
export const loginFailure = (message) => ({ type: LOGIN_FAILURE, payload: message });
export const logout = () => ({ type: LOGOUT });
export const tokenRefreshed = (accessToken) => ({ type: TOKEN_REFRESHED, payload: accessToken });
'''),

P("src/components/RevenueChart.jsx",
  "the chart options object elides the scales and plugins config ({L}); `money` and `showLegend` are listed as useMemo dependencies but nothing uses them, so the currency ticks and the legend toggle do nothing",
  r'''
import { useMemo, useState } from 'react';
import { Line } from 'react-chartjs-2';
import {
  Chart as ChartJS,
  CategoryScale,
  LinearScale,
  PointElement,
  LineElement,
  Tooltip,
  Legend,
} from 'chart.js';

ChartJS.register(CategoryScale, LinearScale, PointElement, LineElement, Tooltip, Legend);

export default function RevenueChart({ points, currency }) {
  const [showLegend, setShowLegend] = useState(true);
  const money = useMemo(
    () => new Intl.NumberFormat(undefined, { style: 'currency', currency }),
    [currency],
  );

  const data = useMemo(
    () => ({
      labels: points.map((p) => p.label),
      datasets: [{ label: 'Revenue', data: points.map((p) => p.value), tension: 0.3 }],
    }),
    [points],
  );

  const options = useMemo(
    () => ({
      responsive: true,
      maintainAspectRatio: false,
§      // scales.y.ticks.callback -> money.format, plugins.legend.display ->
§      // showLegend, plugins.tooltip label callback: all as in the old chart
    }),
    [money, showLegend],
  );

  return (
    <div className="revenue-chart">
      <button type="button" onClick={() => setShowLegend((v) => !v)}>Toggle legend</button>
      <Line data={data} options={options} />
    </div>
  );
}
'''),

P("playwright.config.mjs",
  "projects array only has chromium; the firefox and webkit entries are elided ({L}) so only Chromium is ever tested",
  r'''
import { defineConfig, devices } from '@playwright/test';

const CI = !!process.env.CI;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: CI,
  retries: CI ? 2 : 0,
  workers: CI ? 2 : undefined,
  reporter: CI ? [['github'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: process.env.E2E_BASE_URL ?? 'http://localhost:5173',
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'] },
    },
§    // firefox/webkit entries: copy chromium, change the device name
§    // ('Desktop Firefox' / 'Desktop Safari')
  ],
  webServer: {
    command: 'npm run preview -- --port 5173',
    url: 'http://localhost:5173',
    reuseExistingServer: !CI,
  },
});
'''),

P("src/models/user.cjs",
  "schema fields after email are elided ({L}) but address.zip and preferences are indexed/used further down",
  r'''
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
§    // address, preferences, passwordHash etc. — omitted here, keep yours;
§    // the only schema change is the lowercase/trim on email
  },
  { timestamps: true },
);

userSchema.index({ 'address.zip': 1 });

userSchema.methods.setPassword = async function setPassword(plain) {
  this.passwordHash = await bcrypt.hash(plain, 12);
};

userSchema.methods.wantsNewsletter = function wantsNewsletter() {
  return Boolean(this.preferences && this.preferences.newsletter);
};

userSchema.set('toJSON', {
  transform(doc, ret) {
    delete ret.passwordHash;
    return ret;
  },
});

module.exports.User = mongoose.model('User', userSchema);
'''),

P("src/pages/api/upload.js",
  "the PutObjectCommand argument object ends in an inline `...` ({L}) standing for ContentType/ACL; `{ Bucket, Key, ... }` is a syntax error",
  r'''
import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
import formidable from 'formidable';
import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';

export const config = { api: { bodyParser: false } };

const s3 = new S3Client({ region: process.env.AWS_REGION });
const Bucket = process.env.UPLOAD_BUCKET;

export default async function handler(req, res) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).end();
  }

  const form = formidable({ maxFileSize: 10 * 1024 * 1024 });
  const [, files] = await form.parse(req);
  const file = files.file?.[0];
  if (!file) {
    return res.status(400).json({ error: 'missing file' });
  }

  const Key = `uploads/${randomUUID()}-${file.originalFilename}`;
  const Body = await readFile(file.filepath);
§  await s3.send(new PutObjectCommand({ Bucket, Key, Body, ... }));

  return res.status(201).json({ key: Key });
}
''', breaks=True),

P("src/main.js",
  "app is created and plugins registered but the mount call and the global error handler were elided at the end of the file ({L}); the app is never mounted",
  r'''
import { createApp } from 'vue';
import { createPinia } from 'pinia';
import * as Sentry from '@sentry/vue';
import App from './App.vue';
import router from './router';
import i18n from './i18n';
import './styles/main.css';

const app = createApp(App);
const pinia = createPinia();

app.use(pinia);
app.use(router);
app.use(i18n);

if (import.meta.env.PROD) {
  Sentry.init({
    app,
    dsn: import.meta.env.VITE_SENTRY_DSN,
    integrations: [Sentry.browserTracingIntegration({ router })],
    tracesSampleRate: 0.1,
  });
}

app.directive('autofocus', {
  mounted: (el) => el.focus(),
});

§// … mount + app.config.errorHandler, as in the original main.js.
§// Only the Sentry block above is new.
'''),
]
