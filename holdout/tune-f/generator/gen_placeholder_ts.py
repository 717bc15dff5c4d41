from common import F
L = "placeholder"
T = "typescript"

F(L, "dashboard/src/api.ts", T, "comment-only elision: line 42 '// ... other endpoints follow the same pattern' at the end of the class replaces the project endpoints", r'''
import type { Project, User, Paginated } from './types';

export class ApiError extends Error {
  constructor(public readonly status: number, message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

export class ApiClient {
  constructor(private readonly baseUrl: string, private token?: string) {}

  setToken(token: string): void {
    this.token = token;
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        'Content-Type': 'application/json',
        ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) {
      throw new ApiError(res.status, await res.text());
    }
    return (await res.json()) as T;
  }

  me(): Promise<User> {
    return this.call<User>('GET', '/me');
  }

  listUsers(page = 1): Promise<Paginated<User>> {
    return this.call<Paginated<User>>('GET', `/users?page=${page}`);
  }

  // ... other endpoints follow the same pattern
}
''')

F(L, "dashboard/src/components/Modal.tsx", T, "comment-only elision: line 38 '{/* footer buttons unchanged */}' replaces the confirm/cancel buttons although onConfirm is a required prop", r'''
import { useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

interface ModalProps {
  open: boolean;
  title: string;
  children: ReactNode;
  onClose: () => void;
  onConfirm: () => void;
  confirmLabel?: string;
}

export function Modal({ open, title, children, onClose, onConfirm, confirmLabel = 'OK' }: ModalProps) {
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
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
        tabIndex={-1}
        ref={dialogRef}
        onClick={(e) => e.stopPropagation()}
      >
        <h2>{title}</h2>
        <div className="modal-body">{children}</div>
        {/* footer buttons unchanged */}
      </div>
    </div>,
    document.body,
  );
}
''')

F(L, "dashboard/src/store/notificationsSlice.ts", T, "comment-only elision: line 33 '// remaining reducers stay as they were' replaces markAllRead/clear that are exported below", r'''
import { createSlice, type PayloadAction } from '@reduxjs/toolkit';

export interface Notification {
  id: string;
  message: string;
  level: 'info' | 'warning' | 'error';
  read: boolean;
  createdAt: string;
}

interface NotificationsState {
  items: Notification[];
  muted: boolean;
}

const initialState: NotificationsState = { items: [], muted: false };

const notificationsSlice = createSlice({
  name: 'notifications',
  initialState,
  reducers: {
    added(state, action: PayloadAction<Notification>) {
      state.items.unshift(action.payload);
      if (state.items.length > 50) state.items.pop();
    },
    markRead(state, action: PayloadAction<string>) {
      const n = state.items.find((i) => i.id === action.payload);
      if (n) n.read = true;
    },
    toggleMute(state) {
      state.muted = !state.muted;
    },
    // remaining reducers stay as they were
  },
});

export const { added, markRead, toggleMute, markAllRead, clear } = notificationsSlice.actions;
export default notificationsSlice.reducer;
''')

F(L, "shared/src/types.ts", T, "syntax-breaking elision: bare '...' member at line 17 inside the Invoice interface", r'''
export type Currency = 'EUR' | 'USD' | 'GBP';

export interface Money {
  amount: number;
  currency: Currency;
}

export interface LineItem {
  sku: string;
  description: string;
  quantity: number;
  unitPrice: Money;
}

export interface Invoice {
  id: string;
  number: string;
  ...
  lines: LineItem[];
  total: Money;
}

export type InvoiceStatus = 'draft' | 'sent' | 'paid' | 'void';

export function isOverdue(invoice: Invoice & { dueDate: string; status: InvoiceStatus }, now = new Date()): boolean {
  return invoice.status === 'sent' && new Date(invoice.dueDate) < now;
}
''')

F(L, "backend/src/index.ts", T, "comment-only elision: line 13 '// <existing middleware setup>' in the middle replaces body parsing/cors that the routes rely on", r'''
import express from 'express';
import helmet from 'helmet';
import { pino } from 'pino';
import { router as ordersRouter } from './routes/orders';
import { router as healthRouter } from './routes/health';
import { errorHandler } from './middleware/errors';

const log = pino({ level: process.env.LOG_LEVEL ?? 'info' });
const app = express();

app.disable('x-powered-by');
app.use(helmet());
// <existing middleware setup>

app.use('/health', healthRouter);
app.use('/api/orders', ordersRouter);
app.use(errorHandler(log));

const port = Number(process.env.PORT ?? 8080);

const server = app.listen(port, () => {
  log.info({ port }, 'server listening');
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    log.info({ signal }, 'shutting down');
    server.close(() => process.exit(0));
  });
}
''')

F(L, "dashboard/src/hooks/useAuth.tsx", T, "comment-only elision: login() body at line 29 is only '// implementation as before'", r'''
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { ApiClient } from '../api';

interface AuthState {
  user: { id: string; name: string } | null;
  login: (email: string, password: string) => Promise<void>;
  logout: () => void;
}

const AuthContext = createContext<AuthState | null>(null);
const api = new ApiClient(import.meta.env.VITE_API_URL);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<AuthState['user']>(null);

  const logout = useCallback(() => {
    localStorage.removeItem('token');
    setUser(null);
  }, []);

  const login = useCallback(async (email: string, password: string) => {
    // implementation as before
  }, []);

  return <AuthContext.Provider value={{ user, login, logout }}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth must be used inside <AuthProvider>');
  return ctx;
}
''')

F(L, "dashboard/src/router.tsx", T, "comment-only elision: line 27 '// …and the rest of the routes' cuts the children list short in the middle of the file", r'''
import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate } from 'react-router-dom';
import { Layout } from './components/Layout';
import { RequireAuth } from './components/RequireAuth';
import { Spinner } from './components/Spinner';

const Projects = lazy(() => import('./pages/Projects'));
const ProjectDetail = lazy(() => import('./pages/ProjectDetail'));
const Settings = lazy(() => import('./pages/Settings'));
const Billing = lazy(() => import('./pages/Billing'));
const Login = lazy(() => import('./pages/Login'));

const wrap = (el: JSX.Element) => <Suspense fallback={<Spinner />}>{el}</Suspense>;

export const router = createBrowserRouter([
  { path: '/login', element: wrap(<Login />) },
  {
    path: '/',
    element: (
      <RequireAuth>
        <Layout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <Navigate to="/projects" replace /> },
      { path: 'projects', element: wrap(<Projects />) },
      // …and the rest of the routes
    ],
  },
  { path: '*', element: <Navigate to="/" replace /> },
]);
''')

F(L, "billing/src/services/payment.ts", T, "syntax-breaking elision: line 25 '<existing code>' inside capture() replaces the provider call", r'''
import Stripe from 'stripe';
import { db } from '../db';
import { logger } from '../logger';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '', { apiVersion: '2023-10-16' });

export interface CaptureResult {
  paymentId: string;
  status: 'succeeded' | 'requires_action' | 'failed';
}

export async function createIntent(orderId: string, amountCents: number): Promise<string> {
  const intent = await stripe.paymentIntents.create({
    amount: amountCents,
    currency: 'eur',
    metadata: { orderId },
  });
  await db.payment.create({ data: { orderId, intentId: intent.id, status: 'pending' } });
  return intent.client_secret ?? '';
}

export async function capture(intentId: string): Promise<CaptureResult> {
  logger.info({ intentId }, 'capturing payment');
    <existing code>
  await db.payment.update({ where: { intentId }, data: { status: result.status } });
  return result;
}
''')

F(L, "shared/src/utils/retry.ts", T, "comment-only elision: line 27 '/* backoff logic omitted */' replaces the delay computation and sleep inside the loop", r'''
export interface RetryOptions {
  retries?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  shouldRetry?: (err: unknown) => boolean;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function retry<T>(fn: () => Promise<T>, opts: RetryOptions = {}): Promise<T> {
  const {
    retries = 3,
    baseDelayMs = 200,
    maxDelayMs = 5_000,
    shouldRetry = () => true,
  } = opts;

  let lastError: unknown;
  for (let attempt = 0; attempt <= retries; attempt++) {
    try {
      return await fn();
    } catch (err) {
      lastError = err;
      if (attempt === retries || !shouldRetry(err)) break;
      /* backoff logic omitted */
    }
  }
  throw lastError;
}

export { sleep };
''')

F(L, "backend/src/db/schema.ts", T, "syntax-breaking elision: line 20 lone '…' inside the columns object of the orders table", r'''
import { pgTable, serial, text, integer, timestamp, boolean, numeric } from 'drizzle-orm/pg-core';

export const customers = pgTable('customers', {
  id: serial('id').primaryKey(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  marketingOptIn: boolean('marketing_opt_in').default(false),
  createdAt: timestamp('created_at').defaultNow().notNull(),
});

export const orders = pgTable('orders', {
  id: serial('id').primaryKey(),
  customerId: integer('customer_id')
    .references(() => customers.id)
    .notNull(),
  status: text('status').notNull().default('pending'),
  …
  createdAt: timestamp('created_at').defaultNow().notNull(),
});

export const orderLines = pgTable('order_lines', {
  id: serial('id').primaryKey(),
  orderId: integer('order_id').references(() => orders.id).notNull(),
  sku: text('sku').notNull(),
  quantity: integer('quantity').notNull(),
  unitPrice: numeric('unit_price', { precision: 10, scale: 2 }).notNull(),
});
''')

F(L, "dashboard/src/pages/Settings.tsx", T, "syntax-breaking elision: JSX child '{...}' at line 36 replaces the notification settings section", r'''
import { useState, type FormEvent } from 'react';
import { useAuth } from '../hooks/useAuth';
import { updateProfile } from '../api/profile';

export default function Settings() {
  const { user } = useAuth();
  const [name, setName] = useState(user?.name ?? '');
  const [saved, setSaved] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    await updateProfile({ name });
    setSaved(true);
    setTimeout(() => setSaved(false), 2000);
  }

  return (
    <section className="settings">
      <h1>Settings</h1>
      <form onSubmit={onSubmit}>
        <fieldset>
          <legend>Profile</legend>
          <label htmlFor="name">Display name</label>
          <input id="name" value={name} onChange={(e) => setName(e.target.value)} />
        </fieldset>
        {...}
        <button type="submit">Save</button>
        {saved && <span role="status">Saved</span>}
      </form>
    </section>
  );
}
''')

F(L, "shared/src/lib/logger.ts", T, "comment-only elision: warn() body at line 31 is only '// same as info() but with level \"warn\"'", r'''
type Level = 'debug' | 'info' | 'warn' | 'error';

const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export class Logger {
  constructor(private readonly scope: string, private readonly min: Level = 'info') {}

  private enabled(level: Level): boolean {
    return ORDER[level] >= ORDER[this.min];
  }

  private write(level: Level, msg: string, fields: Record<string, unknown> = {}): void {
    if (!this.enabled(level)) return;
    const line = JSON.stringify({ ts: new Date().toISOString(), level, scope: this.scope, msg, ...fields });
    (level === 'error' ? console.error : console.log)(line);
  }

  debug(msg: string, fields?: Record<string, unknown>): void {
    this.write('debug', msg, fields);
  }

  info(msg: string, fields?: Record<string, unknown>): void {
    this.write('info', msg, fields);
  }

  warn(msg: string, fields?: Record<string, unknown>): void {
    // same as info() but with level "warn"
  }

  error(msg: string, err?: unknown): void {
    this.write('error', msg, { err: err instanceof Error ? err.stack : String(err) });
  }

  child(scope: string): Logger {
    return new Logger(`${this.scope}:${scope}`, this.min);
  }
}
''')

F(L, "backend/src/config.ts", T, "comment-only elision: line 21 '// ...' inside the config object replaces the redis/smtp sections that the type requires", r'''
import { z } from 'zod';

const Env = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().default(8080),
  DATABASE_URL: z.string().url(),
  REDIS_URL: z.string().url(),
  SMTP_HOST: z.string(),
  SMTP_PORT: z.coerce.number().default(587),
});

const env = Env.parse(process.env);

export const config = {
  env: env.NODE_ENV,
  http: {
    port: env.PORT,
    trustProxy: env.NODE_ENV === 'production',
  },
  database: {
    url: env.DATABASE_URL,
    poolSize: env.NODE_ENV === 'production' ? 20 : 5,
  },
  // ...
} as const;

export type Config = typeof config;
''')

F(L, "backend/src/workers/queue.ts", T, "comment-only elision: line 30 '// TODO: fill in the remaining job handlers' replaces handlers for job names declared in JobName", r'''
import { Queue, Worker, type Job } from 'bullmq';
import { sendEmail } from '../services/email';
import { generateInvoicePdf } from '../services/invoices';
import { logger } from '../logger';

type JobName = 'send-email' | 'invoice-pdf' | 'sync-crm' | 'purge-sessions';

const connection = { url: process.env.REDIS_URL ?? 'redis://localhost:6379' };

export const queue = new Queue<unknown, unknown, JobName>('default', { connection });

async function handle(job: Job<any, unknown, JobName>): Promise<unknown> {
  switch (job.name) {
    case 'send-email':
      return sendEmail(job.data.to, job.data.template, job.data.vars);
    case 'invoice-pdf':
      return generateInvoicePdf(job.data.invoiceId);
    // TODO: fill in the remaining job handlers
    default:
      throw new Error(`unknown job ${job.name}`);
  }
}

export function startWorker(): Worker {
  const worker = new Worker<unknown, unknown, JobName>('default', handle, {
    connection,
    concurrency: 4,
  });
  worker.on('failed', (job, err) => logger.error({ job: job?.name, err }, 'job failed'));
  return worker;
}
''')

F(L, "tools/src/cli.ts", T, "syntax-breaking elision: bare '...' statement at line 24 in main() between argument parsing and the report", r'''
#!/usr/bin/env node
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

interface Options {
  input: string;
  output: string;
  verbose: boolean;
}

function parse(argv: string[]): Options {
  const opts: Options = { input: 'data.csv', output: 'report.json', verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-i' || arg === '--input') opts.input = argv[++i];
    else if (arg === '-o' || arg === '--output') opts.output = argv[++i];
    else if (arg === '-v' || arg === '--verbose') opts.verbose = true;
    else throw new Error(`unknown argument: ${arg}`);
  }
  return opts;
}

async function main(): Promise<void> {
  const opts = parse(process.argv.slice(2));
  const raw = await readFile(resolve(opts.input), 'utf8');
  ...
  await writeFile(resolve(opts.output), JSON.stringify(report, null, 2));
  if (opts.verbose) console.log(`wrote ${opts.output}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
''')

F(L, "dashboard/src/components/Nav.tsx", T, "comment-only elision: line 1 '// ... imports from before' replaces the import block (Link, useAuth, clsx are used but never imported)", r'''
// ... imports from before

interface NavItem {
  to: string;
  label: string;
  adminOnly?: boolean;
}

const ITEMS: NavItem[] = [
  { to: '/projects', label: 'Projects' },
  { to: '/billing', label: 'Billing' },
  { to: '/settings', label: 'Settings' },
  { to: '/admin', label: 'Admin', adminOnly: true },
];

export function Nav({ current }: { current: string }) {
  const { user, logout } = useAuth();
  const isAdmin = user?.roles.includes('admin') ?? false;

  return (
    <nav className="nav">
      <ul>
        {ITEMS.filter((i) => !i.adminOnly || isAdmin).map((item) => (
          <li key={item.to}>
            <Link to={item.to} className={clsx('nav-link', current === item.to && 'active')}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
      <button onClick={logout}>Sign out</button>
    </nav>
  );
}
''')
