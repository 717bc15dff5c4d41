from common import add

L = "placeholder"

# 1 ---------------------------------------------------------------- class body, comment-only
add(L, "src/users/users.service.ts", "typescript",
    "Claude-style; class body middle: findOne/findAll elided while update/remove call this.findOne; comment-only, parses",
    expect="accept", body=r'''import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { User } from './user.entity';
import { CreateUserDto } from './dto/create-user.dto';
import { UpdateUserDto } from './dto/update-user.dto';

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User)
    private readonly users: Repository<User>,
  ) {}

  async create(dto: CreateUserDto): Promise<User> {
    const user = this.users.create({ ...dto, email: dto.email.toLowerCase() });
    return this.users.save(user);
  }

  // findAll() and findOne() — carried over verbatim from your service, not repeated here

  async update(id: number, dto: UpdateUserDto): Promise<User> {
    const user = await this.findOne(id);
    Object.assign(user, dto);
    return this.users.save(user);
  }

  async remove(id: number): Promise<void> {
    const user = await this.findOne(id);
    await this.users.remove(user);
  }

  private notFound(id: number): never {
    throw new NotFoundException(`User #${id} not found`);
  }
}
''')

# 2 ---------------------------------------------------------------- JSX thead, comment-only
add(L, "src/components/DataTable.tsx", "typescript",
    "Gemini-style; JSX middle: header-cell rendering elided inside <tr>, sort handlers unused; comment-only, parses",
    expect="accept", body=r'''import { useMemo, useState } from 'react';

export interface Column<T> {
  key: keyof T & string;
  label: string;
  sortable?: boolean;
  render?: (row: T) => React.ReactNode;
}

interface DataTableProps<T> {
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
}

type SortState = { key: string; dir: 'asc' | 'desc' } | null;

export function DataTable<T>({ rows, columns, rowKey }: DataTableProps<T>) {
  const [sort, setSort] = useState<SortState>(null);

  const sorted = useMemo(() => {
    if (!sort) return rows;
    const copy = [...rows];
    copy.sort((a, b) => {
      const av = String(a[sort.key as keyof T]);
      const bv = String(b[sort.key as keyof T]);
      return sort.dir === 'asc' ? av.localeCompare(bv) : bv.localeCompare(av);
    });
    return copy;
  }, [rows, sort]);

  const toggleSort = (key: string) =>
    setSort((prev) =>
      prev?.key === key ? { key, dir: prev.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' },
    );

  return (
    <table className="data-table">
      <thead>
        <tr>
          {/* header <th> cells with the sort-arrow buttons go here, same markup as your current table */}
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((col) => (
              <td key={col.key}>{col.render ? col.render(row) : String(row[col.key])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
''')

# 3 ---------------------------------------------------------------- interface body, comment-only
add(L, "src/config/schema.ts", "typescript",
    "Codeium-style; interface body: remaining AppConfig fields elided, database/redis accessed below; comment-only, parses",
    expect="accept", body=r'''import { readFileSync } from 'node:fs';

export interface AppConfig {
  port: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  // …database, redis and featureFlags properties as they were
}

export function loadConfig(path: string): AppConfig {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Partial<AppConfig>;
  const config = { port: 3000, logLevel: 'info', ...raw } as AppConfig;

  if (!config.database?.url) {
    throw new Error('database.url is required');
  }
  if (config.redis && !config.redis.url.startsWith('redis://')) {
    throw new Error('redis.url must start with redis://');
  }
  return config;
}

export function isFeatureOn(config: AppConfig, flag: string): boolean {
  return Boolean(config.featureFlags?.[flag]);
}
''')

# 4 ---------------------------------------------------------------- bracketed spread marker, breaks
add(L, "src/lib/http.ts", "typescript",
    "Cursor/local-model style; function body: bracketed ellipsis note replaces retry/backoff loop; syntax-breaking",
    expect="reject", body=r'''export class HttpError extends Error {
  constructor(
    public readonly status: number,
    public readonly body: unknown,
  ) {
    super(`HTTP ${status}`);
  }
}

export interface RequestOptions extends RequestInit {
  retries?: number;
  backoffMs?: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function request<T>(url: string, opts: RequestOptions = {}): Promise<T> {
  const { retries = 3, backoffMs = 250, ...init } = opts;
  let attempt = 0;
  let lastError: unknown;

  [... retry/backoff loop unchanged ...]

  throw lastError;
}

export const getJson = <T>(url: string) => request<T>(url, { method: 'GET' });
''')

# 5 ---------------------------------------------------------------- reducers object, comment-only
add(L, "src/store/slices/authSlice.ts", "typescript",
    "ChatGPT-style; object literal in createSlice reducers: logout/tokenRefreshed elided but exported from actions; comment-only, parses",
    expect="accept", body=r'''import { createSlice, type PayloadAction } from '@reduxjs/toolkit';

export interface AuthState {
  user: { id: string; name: string; roles: string[] } | null;
  accessToken: string | null;
  expiresAt: number | null;
}

const initialState: AuthState = {
  user: null,
  accessToken: null,
  expiresAt: null,
};

const authSlice = createSlice({
  name: 'auth',
  initialState,
  reducers: {
    loggedIn(state, action: PayloadAction<{ user: AuthState['user']; token: string; expiresIn: number }>) {
      state.user = action.payload.user;
      state.accessToken = action.payload.token;
      state.expiresAt = Date.now() + action.payload.expiresIn * 1000;
    },
    // keep your logout + tokenRefreshed reducers here; I didn't touch them
  },
});

export const { loggedIn, logout, tokenRefreshed } = authSlice.actions;
export const selectIsAuthenticated = (s: { auth: AuthState }) =>
  s.auth.accessToken !== null && (s.auth.expiresAt ?? 0) > Date.now();
export default authSlice.reducer;
''')

# 6 ---------------------------------------------------------------- hook body, comment-only
add(L, "src/hooks/useDebouncedCallback.ts", "typescript",
    "local-model style short note; function body: timer ref/cleanup logic elided, declared return type never produced; comment-only, parses",
    expect="accept", body=r'''import { useCallback, useEffect, useRef } from 'react';

export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  cancel(): void;
  flush(): void;
}

export function useDebouncedCallback<A extends unknown[]>(
  fn: (...args: A) => void,
  delayMs: number,
): Debounced<A> {
  const fnRef = useRef(fn);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<A | null>(null);

  useEffect(() => {
    fnRef.current = fn;
  }, [fn]);

  // impl unchanged
}

export default useDebouncedCallback;
''')

# 7 ---------------------------------------------------------------- ellipsis in import specifiers, breaks
add(L, "src/components/Sidebar.tsx", "typescript",
    "Copilot-style; import block: ellipsis inside named import list stands for the other icons; syntax-breaking",
    expect="reject", body=r'''import { NavLink } from 'react-router-dom';
import { Home, FolderKanban, Settings, ... } from 'lucide-react';
import clsx from 'clsx';

interface SidebarProps {
  collapsed: boolean;
  onToggle(): void;
}

const items = [
  { to: '/', label: 'Home', icon: Home },
  { to: '/projects', label: 'Projects', icon: FolderKanban },
  { to: '/reports', label: 'Reports', icon: BarChart3 },
  { to: '/team', label: 'Team', icon: Users },
  { to: '/settings', label: 'Settings', icon: Settings },
];

export function Sidebar({ collapsed, onToggle }: SidebarProps) {
  return (
    <aside className={clsx('sidebar', collapsed && 'sidebar--collapsed')}>
      <button type="button" className="sidebar__toggle" onClick={onToggle}>
        {collapsed ? <ChevronRight size={16} /> : <ChevronLeft size={16} />}
      </button>
      <nav>
        {items.map(({ to, label, icon: Icon }) => (
          <NavLink key={to} to={to} className={({ isActive }) => clsx('sidebar__link', isActive && 'active')}>
            <Icon size={18} />
            {!collapsed && <span>{label}</span>}
          </NavLink>
        ))}
      </nav>
    </aside>
  );
}
''')

# 8 ---------------------------------------------------------------- end of file, comment-only
add(L, "src/utils/date.ts", "typescript",
    "ChatGPT-style; end of file: exported helpers named in the export list are elided; comment-only, parses",
    expect="accept", body=r'''export { formatRelative, startOfWeek, addBusinessDays };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function parseIsoDate(value: string): Date {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) {
    throw new RangeError(`Not an ISO date: ${value}`);
  }
  return d;
}

export function diffInDays(a: Date, b: Date): number {
  return Math.round((a.getTime() - b.getTime()) / DAY);
}

export function isSameDay(a: Date, b: Date): boolean {
  return (
    a.getFullYear() === b.getFullYear() &&
    a.getMonth() === b.getMonth() &&
    a.getDate() === b.getDate()
  );
}

// formatRelative, startOfWeek and addBusinessDays are untouched — I trimmed them to keep the answer short.
''')

# 9 ---------------------------------------------------------------- switch case bare ellipsis, breaks
add(L, "server/webhooks/stripe.ts", "typescript",
    "Aider-style; switch/case arm body is a parenthesised ellipsis before the next case; syntax-breaking",
    expect="reject", body=r'''import type { Request, Response } from 'express';
import Stripe from 'stripe';
import { markInvoicePaid, cancelSubscription } from '../billing';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2023-10-16' });
const secret = process.env.STRIPE_WEBHOOK_SECRET!;

export async function stripeWebhook(req: Request, res: Response) {
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, secret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${(err as Error).message}`);
  }

  switch (event.type) {
    case 'invoice.paid':
      (...)
    case 'customer.subscription.deleted': {
      const sub = event.data.object as Stripe.Subscription;
      await cancelSubscription(sub.id);
      break;
    }
    default:
      console.log(`Unhandled event type ${event.type}`);
  }

  res.json({ received: true });
}
''')

# 10 --------------------------------------------------------------- class getters, comment-only
add(L, "src/domain/Order.ts", "typescript",
    "Claude-style; class body end: subtotal/tax getters elided but total getter uses them; comment-only, parses",
    expect="accept", body=r'''export type OrderStatus = 'draft' | 'placed' | 'paid' | 'shipped' | 'cancelled';

export interface OrderLine {
  sku: string;
  quantity: number;
  unitPrice: number;
}

export class Order {
  private lines: OrderLine[] = [];
  private status: OrderStatus = 'draft';

  constructor(
    public readonly id: string,
    public readonly customerId: string,
    private readonly taxRate = 0.2,
  ) {}

  addLine(line: OrderLine): void {
    if (this.status !== 'draft') throw new Error('order is locked');
    const existing = this.lines.find((l) => l.sku === line.sku);
    if (existing) existing.quantity += line.quantity;
    else this.lines.push({ ...line });
  }

  place(): void {
    if (this.lines.length === 0) throw new Error('cannot place an empty order');
    this.status = 'placed';
  }

  get total(): number {
    return Math.round((this.subtotal + this.tax) * 100) / 100;
  }

  /* subtotal + tax getters and toJSON(): as in the previous answer */
}
''')

# 11 --------------------------------------------------------------- route handler middle, comment-only
add(L, "src/app/api/upload/route.ts", "typescript",
    "Gemini-style; function body middle: size/type validation and storage write elided, stored key used later; comment-only, parses",
    expect="accept", body=r'''import { NextResponse, type NextRequest } from 'next/server';
import { auth } from '@/lib/auth';
import { db } from '@/lib/db';

export const runtime = 'nodejs';

const MAX_BYTES = 10 * 1024 * 1024;
const ALLOWED = new Set(['image/png', 'image/jpeg', 'application/pdf']);

export async function POST(req: NextRequest) {
  const session = await auth();
  if (!session?.user) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }

  const form = await req.formData();
  const file = form.get('file');
  if (!(file instanceof File)) {
    return NextResponse.json({ error: 'file is required' }, { status: 400 });
  }

  // ⋯ validation against MAX_BYTES / ALLOWED and the S3 put, unchanged ⋯

  const record = await db.upload.create({
    data: { key: storedKey, name: file.name, size: file.size, ownerId: session.user.id },
  });

  return NextResponse.json({ id: record.id, key: storedKey }, { status: 201 });
}
''')

# 12 --------------------------------------------------------------- submit handler, comment-only
add(L, "src/components/LoginForm.tsx", "typescript",
    "Cursor-style; event handler body: validation and signIn call elided, setError/setPending/onSuccess never called; comment-only, parses",
    expect="accept", body=r'''import { useState, type FormEvent } from 'react';
import { signIn } from '../api/auth';

interface LoginFormProps {
  onSuccess(userId: string): void;
}

export default function LoginForm({ onSuccess }: LoginFormProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function handleSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    // validate → setPending → signIn → onSuccess/setError, exactly the flow you already have
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <label>
        Email
        <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <label>
        Password
        <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} />
      </label>
      {error && <p role="alert">{error}</p>}
      <button type="submit" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
''')

# 13 --------------------------------------------------------------- spread + prose in object literal, breaks
add(L, "src/config/env.ts", "typescript",
    "ChatGPT-style; object literal end: spread-looking prose line for the other variables; syntax-breaking",
    expect="reject", body=r'''import { z } from 'zod';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().positive().default(3000),
  DATABASE_URL: z.string().url(),
  REDIS_URL: z.string().url().optional(),
  JWT_SECRET: z.string().min(32),
  SENTRY_DSN: z.string().url().optional(),
});

const parsed = schema.safeParse(process.env);
if (!parsed.success) {
  console.error('Invalid environment variables', parsed.error.flatten().fieldErrors);
  process.exit(1);
}

export const env = {
  isProd: parsed.data.NODE_ENV === 'production',
  port: parsed.data.PORT,
  databaseUrl: parsed.data.DATABASE_URL,
  ...the remaining keys mapped the same way
};

export type Env = typeof env;
''')

# 14 --------------------------------------------------------------- worker message handler, comment-only
add(L, "src/workers/thumbnail.worker.ts", "typescript",
    "local-model style; switch/case in worker onmessage: resize arm body elided, result variable never assigned; comment-only, parses",
    expect="accept", body=r'''/// <reference lib="webworker" />

type Job =
  | { kind: 'resize'; id: string; bitmap: ImageBitmap; width: number }
  | { kind: 'grayscale'; id: string; bitmap: ImageBitmap };

declare const self: DedicatedWorkerGlobalScope;

function toBlob(canvas: OffscreenCanvas): Promise<Blob> {
  return canvas.convertToBlob({ type: 'image/webp', quality: 0.8 });
}

self.onmessage = async (event: MessageEvent<Job>) => {
  const job = event.data;
  let canvas: OffscreenCanvas;

  switch (job.kind) {
    case 'resize': {
      // TODO(assistant): fill in — scaling math is what you had in the old worker
      break;
    }
    case 'grayscale': {
      canvas = new OffscreenCanvas(job.bitmap.width, job.bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.filter = 'grayscale(1)';
      ctx.drawImage(job.bitmap, 0, 0);
      break;
    }
  }

  const blob = await toBlob(canvas!);
  self.postMessage({ id: job.id, blob });
};
''')

# 15 --------------------------------------------------------------- unicode ellipsis in useMemo, breaks
add(L, "src/components/RevenueChart.tsx", "typescript",
    "Gemini-style; function body inside useMemo: unicode-ellipsis sentence as a statement; syntax-breaking",
    expect="reject", body=r'''import { useMemo } from 'react';
import { Line } from 'react-chartjs-2';
import type { ChartData, ChartOptions } from 'chart.js';

interface Point {
  month: string;
  revenue: number;
  target: number;
}

const options: ChartOptions<'line'> = {
  responsive: true,
  plugins: { legend: { position: 'bottom' } },
  scales: { y: { beginAtZero: true } },
};

export function RevenueChart({ data }: { data: Point[] }) {
  const chartData = useMemo<ChartData<'line'>>(() => {
    … (build labels + the two datasets from data here)
  }, [data]);

  if (data.length === 0) {
    return <p className="muted">No revenue recorded for this period.</p>;
  }

  return <Line data={chartData} options={options} />;
}
''')

# 16 --------------------------------------------------------------- migrations array, comment-only
add(L, "src/db/migrations.ts", "typescript",
    "Copilot-style; array literal middle: migrations 002-004 elided between 001 and 005; comment-only, parses",
    expect="accept", body=r'''import type { Database } from 'better-sqlite3';

export interface Migration {
  id: number;
  name: string;
  up(db: Database): void;
}

export const migrations: Migration[] = [
  {
    id: 1,
    name: 'create_users',
    up: (db) =>
      db.exec(`CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
      )`),
  },
  // ...existing migrations 2–4...
  {
    id: 5,
    name: 'add_users_last_login',
    up: (db) => db.exec('ALTER TABLE users ADD COLUMN last_login TEXT'),
  },
];

export function migrate(db: Database): number {
  db.exec('CREATE TABLE IF NOT EXISTS _migrations (id INTEGER PRIMARY KEY)');
  const done = new Set(
    db.prepare('SELECT id FROM _migrations').all().map((r) => (r as { id: number }).id),
  );
  let applied = 0;
  for (const m of migrations) {
    if (done.has(m.id)) continue;
    db.transaction(() => {
      m.up(db);
      db.prepare('INSERT INTO _migrations (id) VALUES (?)').run(m.id);
    })();
    applied++;
  }
  return applied;
}
''')

# 17 --------------------------------------------------------------- import block, comment-only
add(L, "src/pages/Dashboard.tsx", "typescript",
    "Claude-style; import block: widget imports elided, components used in JSX without import; comment-only, parses",
    expect="accept", body=r'''import { Suspense } from 'react';
import { useQuery } from '@tanstack/react-query';
import { fetchDashboard } from '../api/dashboard';
// StatCard, ActivityFeed, UsageChart, Spinner imports — same paths as before

export default function Dashboard() {
  const { data, isLoading, error } = useQuery({
    queryKey: ['dashboard'],
    queryFn: fetchDashboard,
    staleTime: 30_000,
  });

  if (isLoading) return <Spinner />;
  if (error) return <p role="alert">Could not load the dashboard.</p>;

  return (
    <main className="dashboard">
      <section className="dashboard__stats">
        <StatCard label="Active users" value={data!.activeUsers} />
        <StatCard label="MRR" value={data!.mrr} format="currency" />
        <StatCard label="Churn" value={data!.churn} format="percent" />
      </section>
      <Suspense fallback={<Spinner />}>
        <UsageChart series={data!.usage} />
      </Suspense>
      <ActivityFeed items={data!.activity} />
    </main>
  );
}
''')

# 18 --------------------------------------------------------------- angle marker in class body, breaks
add(L, "src/cli/Program.ts", "typescript",
    "local-model style; class body middle: angle-bracket placeholder where command handlers were; syntax-breaking",
    expect="reject", body=r'''import { readFile } from 'node:fs/promises';

type Handler = (args: string[]) => Promise<number>;

export class Program {
  private readonly handlers = new Map<string, Handler>();

  constructor(private readonly name: string) {
    this.handlers.set('init', (a) => this.init(a));
    this.handlers.set('status', (a) => this.status(a));
    this.handlers.set('push', (a) => this.push(a));
  }

  async run(argv: string[]): Promise<number> {
    const [cmd, ...rest] = argv;
    const handler = cmd ? this.handlers.get(cmd) : undefined;
    if (!handler) {
      console.error(`usage: ${this.name} <init|status|push>`);
      return 2;
    }
    return handler(rest);
  }

  private async init(args: string[]): Promise<number> {
    const configPath = args[0] ?? '.toolrc.json';
    const raw = await readFile(configPath, 'utf8').catch(() => '{}');
    console.log(`initialised from ${configPath} (${raw.length} bytes)`);
    return 0;
  }

  <status() and push() stay exactly as you wrote them>
}
''')
