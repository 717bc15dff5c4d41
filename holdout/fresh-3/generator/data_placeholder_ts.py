from registry import add

L = "placeholder"
T = "TypeScript"

add(L, "src/services/paymentService.ts", T,
    "Stripe payment service class; refund method replaced by a note that it mirrors charge(); another method still calls it; parses",
    r'''
import Stripe from 'stripe';
import { PaymentRepository } from '../repositories/PaymentRepository';
import { Logger } from '../lib/logger';

export interface ChargeRequest {
  customerId: string;
  amountCents: number;
  currency: 'usd' | 'eur' | 'gbp';
  idempotencyKey: string;
  description?: string;
}

export interface ChargeResult {
  paymentId: string;
  status: 'succeeded' | 'pending' | 'failed';
}

export class PaymentService {
  constructor(
    private readonly stripe: Stripe,
    private readonly repo: PaymentRepository,
    private readonly logger: Logger,
  ) {}

  async charge(req: ChargeRequest): Promise<ChargeResult> {
    const intent = await this.stripe.paymentIntents.create(
      {
        amount: req.amountCents,
        currency: req.currency,
        customer: req.customerId,
        description: req.description,
        confirm: true,
        automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
      },
      { idempotencyKey: req.idempotencyKey },
    );
    await this.repo.save({ id: intent.id, customerId: req.customerId, amountCents: req.amountCents });
    this.logger.info({ paymentId: intent.id }, 'charge created');
    return { paymentId: intent.id, status: mapStatus(intent.status) };
  }

  // refund() is identical to charge() except it calls stripe.refunds.create and marks the row refunded.

  async refundAllForCustomer(customerId: string): Promise<number> {
    const payments = await this.repo.listSucceeded(customerId);
    await Promise.all(payments.map((p) => this.refund(p.id)));
    return payments.length;
  }
}

function mapStatus(status: Stripe.PaymentIntent.Status): ChargeResult['status'] {
  if (status === 'succeeded') return 'succeeded';
  if (status === 'canceled' || status === 'requires_payment_method') return 'failed';
  return 'pending';
}
''', expect="parse",
    marks=["// refund() is identical to charge() except it calls stripe.refunds.create and marks the row refunded."])

add(L, "src/types/api.ts", T,
    "API type declarations; interface members replaced by a bare ellipsis line; breaks syntax",
    r'''
export type ID = string;
export type ISODate = string;

export interface Paginated<T> {
  data: T[];
  page: number;
  pageSize: number;
  total: number;
}

export interface ApiError {
  code: 'VALIDATION' | 'NOT_FOUND' | 'UNAUTHORIZED' | 'CONFLICT' | 'INTERNAL';
  message: string;
  details?: Record<string, string[]>;
}

export interface Customer {
  id: ID;
  email: string;
  name: string;
  createdAt: ISODate;
}

export interface Invoice {
  id: ID;
  number: string;
  customerId: ID;
  status: InvoiceStatus;
  lineItems: LineItem[];
  ...
}

export type InvoiceStatus = 'draft' | 'open' | 'paid' | 'void';

export interface LineItem {
  description: string;
  quantity: number;
  unitPriceCents: number;
}

export type ListInvoicesResponse = Paginated<Invoice>;
export type GetInvoiceResponse = Invoice & { customer: Customer };
''', expect="reject", marks=["  ...\n"])

add(L, "src/app/dashboard/page.tsx", T,
    "Next.js server page (TSX); chart and recent-orders sections replaced by a multi-line JSX comment, helpers replaced by a trailing note; parses",
    r'''
import { Suspense } from 'react';
import { redirect } from 'next/navigation';
import { getSession } from '@/lib/auth';
import { db } from '@/lib/db';
import { StatCard } from '@/components/StatCard';
import { RecentOrders } from '@/components/RecentOrders';
import { RevenueChart } from '@/components/RevenueChart';

export const revalidate = 60;

export default async function DashboardPage() {
  const session = await getSession();
  if (!session) redirect('/login');

  const [orderCount, revenue, activeCustomers] = await Promise.all([
    db.order.count({ where: { storeId: session.storeId } }),
    db.order.aggregate({ _sum: { totalCents: true }, where: { storeId: session.storeId, status: 'paid' } }),
    db.customer.count({ where: { storeId: session.storeId, lastSeenAt: { gte: thirtyDaysAgo() } } }),
  ]);

  return (
    <main className="mx-auto max-w-6xl space-y-8 p-6">
      <h1 className="text-2xl font-semibold">Dashboard</h1>
      <section className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <StatCard label="Orders" value={orderCount} />
        <StatCard label="Revenue" value={formatCents(revenue._sum.totalCents ?? 0)} />
        <StatCard label="Active customers" value={activeCustomers} />
      </section>
      {/*
        Chart + recent orders: keep the two <Suspense> blocks from your current
        page here. I only changed the stat queries above; the streaming part
        works the same as before.
      */}
    </main>
  );
}

// formatCents() and thirtyDaysAgo() helpers — unchanged, keep them below
''', expect="parse", para=True,
    marks=["""        Chart + recent orders: keep the two <Suspense> blocks from your current
        page here. I only changed the stat queries above; the streaming part
        works the same as before.""",
           "// formatCents() and thirtyDaysAgo() helpers — unchanged, keep them below"])

add(L, "src/controllers/invoice.controller.ts", T,
    "NestJS controller; one method body is only an existing-implementation comment although it declares a return type and is called later; parses",
    r'''
import { Body, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Post, Query, UseGuards } from '@nestjs/common';
import { AuthGuard } from '../auth/auth.guard';
import { CreateInvoiceDto } from './dto/create-invoice.dto';
import { ListInvoicesQuery } from './dto/list-invoices.query';
import { Invoice } from './invoice.entity';
import { InvoiceService } from './invoice.service';

@Controller('invoices')
@UseGuards(AuthGuard)
export class InvoiceController {
  constructor(private readonly invoices: InvoiceService) {}

  @Get()
  list(@Query() query: ListInvoicesQuery) {
    return this.invoices.list(query);
  }

  @Get(':id')
  async findOne(@Param('id', ParseUUIDPipe) id: string): Promise<Invoice> {
    // ...existing implementation
  }

  @Post()
  create(@Body() dto: CreateInvoiceDto): Promise<Invoice> {
    return this.invoices.create(dto);
  }

  @Post(':id/send')
  async send(@Param('id', ParseUUIDPipe) id: string): Promise<{ queued: boolean }> {
    const invoice = await this.findOne(id);
    await this.invoices.queueEmail(invoice);
    return { queued: true };
  }
}
''', expect="parse", marks=["// ...existing implementation"])

add(L, "src/db/schema.ts", T,
    "Drizzle ORM schema; a table's remaining columns replaced by an ellipsis with a trailing comment; breaks syntax",
    r'''
import { relations } from 'drizzle-orm';
import { integer, pgEnum, pgTable, serial, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

export const roleEnum = pgEnum('role', ['owner', 'admin', 'member']);

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: varchar('email', { length: 320 }).notNull().unique(),
  name: text('name'),
  role: roleEnum('role').notNull().default('member'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const projects = pgTable('projects', {
  id: serial('id').primaryKey(),
  ownerId: uuid('owner_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  name: varchar('name', { length: 120 }).notNull(),
  ...  // same columns as before
});

export const tasks = pgTable('tasks', {
  id: serial('id').primaryKey(),
  projectId: integer('project_id').notNull().references(() => projects.id),
  title: text('title').notNull(),
  estimate: integer('estimate'),
});

export const usersRelations = relations(users, ({ many }) => ({
  projects: many(projects),
}));

export const projectsRelations = relations(projects, ({ one, many }) => ({
  owner: one(users, { fields: [projects.ownerId], references: [users.id] }),
  tasks: many(tasks),
}));
''', expect="reject", marks=["...  // same columns as before"])

add(L, "src/components/DataTable.tsx", T,
    "generic React table (TSX); sort comparator replaced by a block-comment paragraph inside useMemo, row cells by a JSX comment; parses",
    r'''
import { useMemo, useState } from 'react';

export interface Column<T> {
  key: keyof T & string;
  header: string;
  sortable?: boolean;
  render?: (row: T) => React.ReactNode;
}

interface DataTableProps<T> {
  rows: T[];
  columns: Column<T>[];
  getRowId: (row: T) => string;
  emptyMessage?: string;
}

type SortState<T> = { key: keyof T & string; direction: 'asc' | 'desc' } | null;

export function DataTable<T>({ rows, columns, getRowId, emptyMessage = 'No data' }: DataTableProps<T>) {
  const [sort, setSort] = useState<SortState<T>>(null);

  const sortedRows = useMemo(() => {
    /*
     * Sorting: same comparator as your current version (localeCompare for
     * strings, numeric subtraction otherwise, nulls last), flipped when
     * sort.direction is 'desc'. Returns a new array, never mutates `rows`.
     */
  }, [rows, sort]);

  function toggleSort(key: keyof T & string) {
    setSort((prev) =>
      prev?.key === key ? { key, direction: prev.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: 'asc' },
    );
  }

  return (
    <table className="data-table">
      <thead>
        <tr>
          {columns.map((col) => (
            <th key={col.key} onClick={col.sortable ? () => toggleSort(col.key) : undefined}>
              {col.header}
              {sort?.key === col.key && (sort.direction === 'asc' ? ' ▲' : ' ▼')}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sortedRows.length === 0 ? (
          <tr>
            <td colSpan={columns.length}>{emptyMessage}</td>
          </tr>
        ) : (
          sortedRows.map((row) => (
            <tr key={getRowId(row)}>
              {/* row cells rendering unchanged */}
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
''', expect="parse", para=True,
    marks=["""     * Sorting: same comparator as your current version (localeCompare for
     * strings, numeric subtraction otherwise, nulls last), flipped when
     * sort.direction is 'desc'. Returns a new array, never mutates `rows`.""",
           "{/* row cells rendering unchanged */}"])

add(L, "src/utils/retry.ts", T,
    "retry-with-backoff utility; delay helper replaced by a note asking the user to paste it back; retry() still calls it; parses",
    r'''
export interface RetryOptions {
  retries?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  jitter?: boolean;
  shouldRetry?: (error: unknown, attempt: number) => boolean;
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
}

const DEFAULTS: Required<Omit<RetryOptions, 'onRetry'>> = {
  retries: 3,
  baseDelayMs: 200,
  maxDelayMs: 5_000,
  jitter: true,
  shouldRetry: () => true,
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// TODO: paste your computeDelay(attempt, opts) implementation back in here

export async function retry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const opts = { ...DEFAULTS, ...options };
  let lastError: unknown;

  for (let attempt = 0; attempt <= opts.retries; attempt++) {
    try {
      return await fn(attempt);
    } catch (error) {
      lastError = error;
      if (attempt === opts.retries || !opts.shouldRetry(error, attempt)) break;
      const delay = computeDelay(attempt, opts);
      options.onRetry?.(error, attempt + 1, delay);
      await sleep(delay);
    }
  }

  throw lastError;
}
''', expect="parse",
    marks=["// TODO: paste your computeDelay(attempt, opts) implementation back in here"])

add(L, "src/store/authSlice.ts", T,
    "Redux Toolkit auth slice; one addCase handler replaced by an ellipsis argument; breaks syntax",
    r'''
import { createAsyncThunk, createSlice, type PayloadAction } from '@reduxjs/toolkit';
import { authApi, type Credentials, type User } from '../api/auth';

interface AuthState {
  user: User | null;
  token: string | null;
  status: 'idle' | 'loading' | 'failed';
  error?: string;
}

const initialState: AuthState = {
  user: null,
  token: localStorage.getItem('token'),
  status: 'idle',
};

export const login = createAsyncThunk('auth/login', async (credentials: Credentials, { rejectWithValue }) => {
  try {
    return await authApi.login(credentials);
  } catch (err) {
    return rejectWithValue((err as Error).message);
  }
});

const authSlice = createSlice({
  name: 'auth',
  initialState,
  reducers: {
    loggedOut(state) {
      state.user = null;
      state.token = null;
      localStorage.removeItem('token');
    },
    tokenRefreshed(state, action: PayloadAction<string>) {
      state.token = action.payload;
      localStorage.setItem('token', action.payload);
    },
  },
  extraReducers: (builder) => {
    builder
      .addCase(login.pending, (state) => {
        state.status = 'loading';
        state.error = undefined;
      })
      .addCase(login.fulfilled, ...)
      .addCase(login.rejected, (state, action) => {
        state.status = 'failed';
        state.error = action.payload as string;
      });
  },
});

export const { loggedOut, tokenRefreshed } = authSlice.actions;
export default authSlice.reducer;
''', expect="reject", marks=[".addCase(login.fulfilled, ...)"])

add(L, "vite.config.ts", T,
    "Vite config; extra plugins replaced by an inline ellipsis comment, proxy rules by a bracketed note; parses",
    r'''
import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import svgr from 'vite-plugin-svgr';
import { VitePWA } from 'vite-plugin-pwa';
import path from 'node:path';

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '');

  return {
    plugins: [react(), svgr(), /* …other plugins… */],
    resolve: {
      alias: {
        '@': path.resolve(__dirname, 'src'),
      },
    },
    server: {
      port: 5173,
      proxy: {
        // [proxy rules for /api and /ws as in your current config]
      },
    },
    build: {
      outDir: 'dist',
      sourcemap: mode !== 'production',
      rollupOptions: {
        output: {
          manualChunks: {
            vendor: ['react', 'react-dom', 'react-router-dom'],
          },
        },
      },
    },
    define: {
      __APP_VERSION__: JSON.stringify(env.npm_package_version),
    },
  };
});
''', expect="parse",
    marks=["plugins: [react(), svgr(), /* …other plugins… */],",
           "// [proxy rules for /api and /ws as in your current config]"])

add(L, "src/routes/users.ts", T,
    "Express + zod router; PUT and DELETE handlers replaced by a titled line-comment paragraph; their schema left unused; parses",
    r'''
import { Router, type Request, type Response, type NextFunction } from 'express';
import { z } from 'zod';
import { prisma } from '../db';
import { requireAuth, requireRole } from '../middleware/auth';

const router = Router();

const createUserSchema = z.object({
  email: z.string().email(),
  name: z.string().min(1).max(100),
  role: z.enum(['admin', 'editor', 'viewer']).default('viewer'),
});

const updateUserSchema = createUserSchema.partial();

const asyncHandler =
  (fn: (req: Request, res: Response) => Promise<unknown>) =>
  (req: Request, res: Response, next: NextFunction) =>
    fn(req, res).catch(next);

router.get('/', requireAuth, asyncHandler(async (_req, res) => {
  const users = await prisma.user.findMany({ orderBy: { createdAt: 'desc' } });
  res.json(users);
}));

router.post('/', requireAuth, requireRole('admin'), asyncHandler(async (req, res) => {
  const parsed = createUserSchema.safeParse(req.body);
  if (!parsed.success) {
    return res.status(400).json({ errors: parsed.error.flatten() });
  }
  const user = await prisma.user.create({ data: parsed.data });
  res.status(201).json(user);
}));

// PUT /:id and DELETE /:id
// ------------------------
// Both handlers are unchanged from what you already have. PUT parses the body
// with updateUserSchema and calls prisma.user.update; DELETE is admin-only and
// returns 204. I've left them out here so the diff stays readable.

export default router;
''', expect="parse", para=True,
    marks=["""// PUT /:id and DELETE /:id
// ------------------------
// Both handlers are unchanged from what you already have. PUT parses the body
// with updateUserSchema and calls prisma.user.update; DELETE is admin-only and
// returns 204. I've left them out here so the diff stays readable."""])

add(L, "tests/cart.test.ts", T,
    "Vitest suite; one test body is only a same-as-above comment (imported Coupon used elsewhere); parses",
    r'''
import { describe, it, expect, beforeEach } from 'vitest';
import { Cart } from '../src/cart';
import { Coupon } from '../src/coupon';

describe('Cart', () => {
  let cart: Cart;

  beforeEach(() => {
    cart = new Cart({ currency: 'EUR' });
  });

  it('starts empty', () => {
    expect(cart.items).toHaveLength(0);
    expect(cart.total()).toBe(0);
  });

  it('adds quantities for the same sku', () => {
    cart.add({ sku: 'A1', priceCents: 500 }, 1);
    cart.add({ sku: 'A1', priceCents: 500 }, 2);
    expect(cart.items).toEqual([{ sku: 'A1', priceCents: 500, quantity: 3 }]);
    expect(cart.total()).toBe(1500);
  });

  it('applies a percentage coupon', () => {
    // same as above but with a 10% coupon applied before checking total()
  });

  it('rejects an expired coupon', () => {
    const expired = new Coupon({ code: 'OLD', percentOff: 20, expiresAt: new Date('2020-01-01') });
    cart.add({ sku: 'B2', priceCents: 1000 }, 1);
    expect(() => cart.applyCoupon(expired)).toThrow(/expired/);
  });
});
''', expect="parse",
    marks=["// same as above but with a 10% coupon applied before checking total()"])

add(L, "src/lib/logger.ts", T,
    "pino logger setup; transport construction replaced by an angle-bracket tag line; later code uses the missing variable; breaks syntax",
    r'''
import pino, { type Logger, type LoggerOptions } from 'pino';

const isDev = process.env.NODE_ENV !== 'production';

const redactPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  '*.password',
  '*.token',
];

const options: LoggerOptions = {
  level: process.env.LOG_LEVEL ?? (isDev ? 'debug' : 'info'),
  redact: { paths: redactPaths, censor: '[REDACTED]' },
  base: { service: process.env.SERVICE_NAME ?? 'api' },
  timestamp: pino.stdTimeFunctions.isoTime,
};

<snip>

export const logger: Logger = pino(options, transport);

export function childLogger(bindings: Record<string, unknown>): Logger {
  return logger.child(bindings);
}
''', expect="reject", marks=["<snip>"])

add(L, "src/hooks/useWebSocket.ts", T,
    "React WebSocket hook; reconnect-with-backoff replaced by a comment paragraph in onclose; maxRetries and retriesRef unused; parses",
    r'''
import { useCallback, useEffect, useRef, useState } from 'react';

type Status = 'connecting' | 'open' | 'closed';

interface Options<T> {
  onMessage?: (data: T) => void;
  protocols?: string | string[];
  maxRetries?: number;
}

export function useWebSocket<T = unknown>(url: string, { onMessage, protocols, maxRetries = 5 }: Options<T> = {}) {
  const socketRef = useRef<WebSocket | null>(null);
  const retriesRef = useRef(0);
  const [status, setStatus] = useState<Status>('connecting');

  const connect = useCallback(() => {
    const ws = new WebSocket(url, protocols);
    socketRef.current = ws;
    setStatus('connecting');

    ws.onopen = () => {
      retriesRef.current = 0;
      setStatus('open');
    };

    ws.onmessage = (event) => {
      onMessage?.(JSON.parse(event.data) as T);
    };

    ws.onclose = () => {
      setStatus('closed');
      // Reconnect with exponential backoff goes here. Nothing about it changed
      // from the version in your message — the setTimeout using retriesRef,
      // capped by maxRetries, that calls connect() again.
    };
  }, [url, protocols, onMessage, maxRetries]);

  useEffect(() => {
    connect();
    return () => socketRef.current?.close();
  }, [connect]);

  const send = useCallback((payload: unknown) => {
    if (socketRef.current?.readyState === WebSocket.OPEN) {
      socketRef.current.send(JSON.stringify(payload));
    }
  }, []);

  return { status, send };
}
''', expect="parse", para=True,
    marks=["""      // Reconnect with exponential backoff goes here. Nothing about it changed
      // from the version in your message — the setTimeout using retriesRef,
      // capped by maxRetries, that calls connect() again."""])

add(L, "prisma/seed.ts", T,
    "Prisma seed script; category fixture array ends in an ellipsis element with a comment; breaks syntax",
    r'''
import { PrismaClient, Role } from '@prisma/client';
import { hash } from 'bcryptjs';

const prisma = new PrismaClient();

async function main() {
  const password = await hash('changeme123', 10);

  await prisma.user.upsert({
    where: { email: 'admin@acme.test' },
    update: {},
    create: { email: 'admin@acme.test', name: 'Admin', role: Role.ADMIN, password },
  });

  await prisma.category.createMany({
    data: [
      { slug: 'books', name: 'Books' },
      { slug: 'music', name: 'Music' },
      ..., // and the rest of the categories
    ],
    skipDuplicates: true,
  });

  const books = await prisma.category.findUniqueOrThrow({ where: { slug: 'books' } });
  await prisma.product.createMany({
    data: Array.from({ length: 20 }, (_, i) => ({
      sku: `BK-${String(i + 1).padStart(3, '0')}`,
      name: `Sample book ${i + 1}`,
      priceCents: 999 + i * 100,
      categoryId: books.id,
    })),
  });
}

main()
  .catch((e) => {
    console.error(e);
    process.exit(1);
  })
  .finally(async () => {
    await prisma.$disconnect();
  });
''', expect="reject", marks=["..., // and the rest of the categories"])

add(L, "src/graphql/resolvers.ts", T,
    "GraphQL resolver map; the whole Mutation resolver object replaced by an ellipsis in braces; breaks syntax",
    r'''
import { GraphQLError } from 'graphql';
import type { Resolvers } from './__generated__/types';
import type { Context } from './context';

export const resolvers: Resolvers<Context> = {
  Query: {
    me: (_parent, _args, { user }) => user ?? null,
    project: async (_parent, { id }, { dataSources, user }) => {
      if (!user) throw new GraphQLError('Not authenticated', { extensions: { code: 'UNAUTHENTICATED' } });
      const project = await dataSources.projects.findById(id);
      if (!project || project.ownerId !== user.id) return null;
      return project;
    },
    projects: (_parent, { first, after }, { dataSources, user }) =>
      dataSources.projects.listForOwner(user!.id, { first: first ?? 20, after }),
  },

  Mutation: { ... },

  Project: {
    owner: (project, _args, { dataSources }) => dataSources.users.findById(project.ownerId),
    tasks: (project, { status }, { dataSources }) => dataSources.tasks.listForProject(project.id, status),
  },

  Task: {
    assignee: (task, _args, { dataSources }) =>
      task.assigneeId ? dataSources.users.findById(task.assigneeId) : null,
  },
};
''', expect="reject", marks=["Mutation: { ... },"])

add(L, "src/cli/migrate.ts", T,
    "yargs migration CLI with shebang and top-level await; function body with a declared return type replaced by a block-comment paragraph; parses",
    r'''
#!/usr/bin/env node
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Pool } from 'pg';

interface Migration {
  id: string;
  file: string;
  sql: string;
}

async function loadMigrations(dir: string): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
  return Promise.all(
    files.map(async (file) => ({
      id: file.replace(/\.sql$/, ''),
      file,
      sql: await readFile(path.join(dir, file), 'utf8'),
    })),
  );
}

async function runMigrations(pool: Pool, migrations: Migration[], dryRun: boolean): Promise<number> {
  /*
   * Implementation omitted for brevity — it's the same loop you already have:
   * create schema_migrations if missing, skip ids already recorded, run each
   * remaining file inside its own transaction, and return how many ran.
   * The only new thing is the dryRun flag, which should just log instead.
   */
}

const argv = await yargs(hideBin(process.argv))
  .option('dir', { type: 'string', default: 'migrations' })
  .option('dry-run', { type: 'boolean', default: false })
  .strict()
  .parse();

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
try {
  const applied = await runMigrations(pool, await loadMigrations(argv.dir), argv['dry-run']);
  console.log(`${applied} migration(s) ${argv['dry-run'] ? 'would be' : ''} applied`);
} finally {
  await pool.end();
}
''', expect="parse", para=True,
    marks=["""   * Implementation omitted for brevity — it's the same loop you already have:
   * create schema_migrations if missing, skip ids already recorded, run each
   * remaining file inside its own transaction, and return how many ran.
   * The only new thing is the dryRun flag, which should just log instead."""])

add(L, "src/server/index.ts", T,
    "Hono server entry; server start-up replaced by a trailing rest-of-file-unchanged comment; serve import unused; parses",
    r'''
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { logger } from 'hono/logger';
import { secureHeaders } from 'hono/secure-headers';
import { projectsRouter } from './routes/projects';
import { usersRouter } from './routes/users';
import { config } from './config';

const app = new Hono();

app.use('*', logger());
app.use('*', secureHeaders());
app.use(
  '/api/*',
  cors({
    origin: config.corsOrigins,
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    credentials: true,
  }),
);

app.get('/healthz', (c) => c.json({ ok: true, version: config.version }));

app.route('/api/projects', projectsRouter);
app.route('/api/users', usersRouter);

app.onError((err, c) => {
  console.error(err);
  return c.json({ error: 'Internal Server Error' }, 500);
});

// rest of file unchanged
''', expect="parse", marks=["// rest of file unchanged"])

add(L, "src/components/Modal.tsx", T,
    "accessible modal (TSX); focus-trap and Escape handling replaced by a block-comment paragraph inside the effect; parses",
    r'''
import { useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

interface ModalProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex="-1"])';

export function Modal({ open, title, onClose, children }: ModalProps) {
  const dialogRef = useRef<HTMLDivElement>(null);
  const previouslyFocused = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (!open) return;
    previouslyFocused.current = document.activeElement as HTMLElement;

    /*
      Focus trap + Escape handling: identical to the useEffect you posted.
      It queries FOCUSABLE inside dialogRef, focuses the first element,
      wraps Tab / Shift+Tab at the ends and calls onClose on Escape.
      Keep yours, including the cleanup that removes the keydown listener.
    */

    return () => previouslyFocused.current?.focus();
  }, [open, onClose]);

  if (!open) return null;

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
        <h2 id="modal-title">{title}</h2>
        {children}
      </div>
    </div>,
    document.body,
  );
}
''', expect="parse", para=True,
    marks=["""      Focus trap + Escape handling: identical to the useEffect you posted.
      It queries FOCUSABLE inside dialogRef, focuses the first element,
      wraps Tab / Shift+Tab at the ends and calls onClose on Escape.
      Keep yours, including the cleanup that removes the keydown listener."""])

add(L, "src/workers/queue.ts", T,
    "BullMQ worker; processor method body is an ellipsis in braces on the signature line; breaks syntax",
    r'''
import { Worker, Queue, type Job } from 'bullmq';
import IORedis from 'ioredis';
import { sendEmail } from '../lib/mailer';
import { renderTemplate } from '../lib/templates';

export interface EmailJob {
  to: string;
  template: 'welcome' | 'reset-password' | 'invoice';
  data: Record<string, unknown>;
}

const connection = new IORedis(process.env.REDIS_URL ?? 'redis://localhost:6379', {
  maxRetriesPerRequest: null,
});

export const emailQueue = new Queue<EmailJob>('email', { connection });

export class EmailProcessor {
  constructor(private readonly from: string) {}

  async handle(job: Job<EmailJob>): Promise<void> { ... }

  onFailed(job: Job<EmailJob> | undefined, err: Error) {
    console.error(`email job ${job?.id} failed after ${job?.attemptsMade} attempts`, err);
  }
}

const processor = new EmailProcessor(process.env.MAIL_FROM ?? 'no-reply@example.com');

export const emailWorker = new Worker<EmailJob>('email', (job) => processor.handle(job), {
  connection,
  concurrency: 5,
});

emailWorker.on('failed', (job, err) => processor.onFailed(job, err));
''', expect="reject", marks=["async handle(job: Job<EmailJob>): Promise<void> { ... }"])

add(L, "src/config/env.ts", T,
    "zod environment schema; remaining variables replaced by a block-comment paragraph; later code reads one of them; parses",
    r'''
import { z } from 'zod';

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().positive().default(3000),
  DATABASE_URL: z.string().url(),
  JWT_SECRET: z.string().min(32),
  /*
    The remaining variables (REDIS_URL, SMTP_HOST, SMTP_PORT, SMTP_USER,
    SMTP_PASS, S3_BUCKET) follow the same z.string() pattern as above —
    add them back from your current schema.
  */
});

export type Env = z.infer<typeof envSchema>;

function loadEnv(): Env {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    console.error('❌ Invalid environment variables:', parsed.error.flatten().fieldErrors);
    process.exit(1);
  }
  return parsed.data;
}

export const env = loadEnv();

export const redisOptions = {
  url: env.REDIS_URL,
  tls: env.NODE_ENV === 'production' ? {} : undefined,
};

export const isProd = env.NODE_ENV === 'production';
''', expect="parse", para=True,
    marks=["""    The remaining variables (REDIS_URL, SMTP_HOST, SMTP_PORT, SMTP_USER,
    SMTP_PASS, S3_BUCKET) follow the same z.string() pattern as above —
    add them back from your current schema."""])
