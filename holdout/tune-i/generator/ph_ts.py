from common import F

L = "placeholder"
T = "TypeScript"

FILES = [
# ---------------------------------------------------------------- comment-only (13)
F(L, "src/users/users.service.ts", T, r'''
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { User } from './user.entity';
import { CreateUserDto } from './dto/create-user.dto';

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User)
    private readonly users: Repository<User>,
  ) {}

  async findOne(id: string): Promise<User> {
    const user = await this.users.findOne({ where: { id } });
    if (!user) {
      throw new NotFoundException(`User ${id} not found`);
    }
    return user;
  }

  async findByEmail(email: string): Promise<User> {
    // Same lookup as findOne() above, but filtering on `email` instead of `id`;
    // it throws NotFoundException when no row matches, which create() relies on.
  }

  async create(dto: CreateUserDto): Promise<User> {
    const existing = await this.findByEmail(dto.email).catch(() => null);
    if (existing) {
      throw new Error('Email already registered');
    }
    return this.users.save(this.users.create(dto));
  }
}
''', "method body emptied to a comment; findByEmail declares Promise<User> but returns nothing and create() depends on it",
  mark="Same lookup as findOne() above", kind="ph-comment"),

F(L, "src/types/order.ts", T, r'''
export type OrderStatus = 'pending' | 'paid' | 'shipped' | 'delivered' | 'refunded';

export interface Address {
  line1: string;
  line2?: string;
  city: string;
  postalCode: string;
  country: string;
}

export interface Order {
  id: string;
  customerId: string;
  status: OrderStatus;
  // ...remaining fields from the OpenAPI spec
}

export function shippingLabel(order: Order): string {
  const a = order.shippingAddress;
  return [a.line1, a.line2, `${a.postalCode} ${a.city}`, a.country]
    .filter(Boolean)
    .join('\n');
}

export function orderTotal(order: Order): number {
  return order.lines.reduce((sum, l) => sum + l.unitPrice * l.quantity, 0);
}
''', "interface members elided; shippingAddress and lines are read from Order but not declared",
  mark="remaining fields from the OpenAPI spec", kind="ph-comment"),

F(L, "src/app/app.module.ts", T, r'''
import { NgModule } from '@angular/core';
import { BrowserModule } from '@angular/platform-browser';
import { HttpClientModule } from '@angular/common/http';
import { AppRoutingModule } from './app-routing.module';
import { AppComponent } from './app.component';
// ... other component imports ...

@NgModule({
  declarations: [
    AppComponent,
    HeaderComponent,
    FooterComponent,
    ProductListComponent,
    ProductDetailComponent,
  ],
  imports: [BrowserModule, HttpClientModule, AppRoutingModule],
  providers: [],
  bootstrap: [AppComponent],
})
export class AppModule {}
''', "import lines elided; four declared components are never imported",
  mark="other component imports", kind="ph-comment"),

F(L, "src/store/slices/authSlice.ts", T, r'''
import { createAsyncThunk, createSlice } from '@reduxjs/toolkit';
import type { User } from '../../types/user';
import { api } from '../../api';

interface AuthState {
  user: User | null;
  loading: boolean;
  error: string | null;
}

const initialState: AuthState = { user: null, loading: false, error: null };

export const login = createAsyncThunk(
  'auth/login',
  async (credentials: { email: string; password: string }) => {
    const { data } = await api.post<User>('/auth/login', credentials);
    return data;
  },
);

const authSlice = createSlice({
  name: 'auth',
  initialState,
  reducers: {
    logout(state) {
      state.user = null;
    },
  },
  extraReducers: (builder) => {
    builder.addCase(login.fulfilled, (state, action) => {
      state.loading = false;
      state.user = action.payload;
    });
    // The pending and rejected cases are the same as before: pending sets
    // loading to true and clears the error, rejected stores action.error.message.
  },
});

export const { logout } = authSlice.actions;
export default authSlice.reducer;
''', "reducer cases elided; loading is never set to true and error is never populated",
  mark="The pending and rejected cases are the same as before", kind="ph-comment"),

F(L, "src/routes/webhooks.ts", T, r'''
import { Router, raw } from 'express';
import { verifyStripeSignature } from '../lib/stripe';
import { verifyGithubSignature } from '../lib/github';
import { enqueue } from '../queue';

export const webhooks = Router();

webhooks.use(raw({ type: 'application/json' }));

webhooks.post('/paddle', async (req, res) => {
  const signature = req.header('paddle-signature');
  if (!signature) {
    return res.status(400).send('missing signature');
  }
  await enqueue('paddle-event', JSON.parse(req.body.toString('utf8')));
  res.sendStatus(202);
});

// The Stripe and GitHub handlers are unchanged from your current file: each one
// verifies its signature header with the matching helper before enqueueing the
// event, so they are not repeated here.

webhooks.use((_req, res) => res.sendStatus(404));
''', "route handlers elided; verifyStripeSignature and verifyGithubSignature are imported but unused",
  mark="The Stripe and GitHub handlers are unchanged", kind="ph-comment"),

F(L, "src/components/ProductCard.tsx", T, r'''
import type { Product } from '../types';
import { Rating } from './Rating';
import { formatPrice } from '../utils/format';

interface ProductCardProps {
  product: Product;
  onAddToCart: (id: string) => void;
  compact?: boolean;
}

export function ProductCard({ product, onAddToCart, compact = false }: ProductCardProps) {
  return (
    <article className={compact ? 'card card--compact' : 'card'}>
      <img src={product.imageUrl} alt={product.name} loading="lazy" />
      <h3>{product.name}</h3>
      {/* price, <Rating />, and the add-to-cart button go here */}
    </article>
  );
}
''', "JSX children replaced by a comment; Rating, formatPrice and onAddToCart are imported/received but unused",
  mark="the add-to-cart button go here", kind="ph-comment"),

F(L, "src/lib/ttlCache.ts", T, r'''
interface CacheEntry<V> {
  value: V;
  expiresAt: number;
}

export class TtlCache<K, V> {
  private readonly store = new Map<K, CacheEntry<V>>();

  constructor(private readonly ttlMs: number) {}

  get(key: K): V | undefined {
    const entry = this.store.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt < Date.now()) {
      this.store.delete(key);
      return undefined;
    }
    return entry.value;
  }

  // set(), delete() and clear() are omitted here: they are identical to the
  // Map-backed version you already have, apart from stamping `expiresAt`
  // with `Date.now() + this.ttlMs` when a value is written.
}

export async function withCache<V>(cache: TtlCache<string, V>, key: string, load: () => Promise<V>): Promise<V> {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = await load();
  cache.set(key, value);
  return value;
}
''', "class methods elided by a documentation-style comment; withCache calls cache.set, which does not exist",
  mark="set(), delete() and clear() are omitted", kind="ph-comment"),

F(L, "src/utils/relativeTime.ts", T, r'''
export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

export function pickUnit(diffMs: number): Unit {
  const abs = Math.abs(diffMs);
  if (abs < 60_000) return 'second';
  if (abs < 3_600_000) return 'minute';
  if (abs < 86_400_000) return 'hour';
  if (abs < 604_800_000) return 'day';
  if (abs < 2_629_800_000) return 'week';
  if (abs < 31_557_600_000) return 'month';
  return 'year';
}

export function formatRelative(date: Date, now = new Date()): string {
  const diff = date.getTime() - now.getTime();
  const unit = pickUnit(diff);
  switch (unit) {
    case 'second':
      return rtf.format(Math.round(diff / 1000), unit);
    case 'minute':
      return rtf.format(Math.round(diff / 60_000), unit);
    case 'hour':
      return rtf.format(Math.round(diff / 3_600_000), unit);
    case 'day':
      return rtf.format(Math.round(diff / 86_400_000), unit);
    // week/month/year: same idea, just a different divisor
    default: {
      const exhaustive: never = unit;
      return exhaustive;
    }
  }
}''', "switch cases elided; the never-typed exhaustiveness check in default cannot hold for week/month/year",
  mark="same idea, just a different divisor", kind="ph-comment"),

F(L, "tests/cart.spec.ts", T, r'''
import { describe, expect, it, beforeEach } from 'vitest';
import { Cart } from '../src/cart';
import { COUPONS } from './fixtures/coupons';

describe('Cart', () => {
  let cart: Cart;

  beforeEach(() => {
    cart = new Cart();
  });

  it('starts empty', () => {
    expect(cart.items).toHaveLength(0);
    expect(cart.total()).toBe(0);
  });

  it('adds an item', () => {
    cart.add({ sku: 'TSHIRT-M', price: 1999 });
    expect(cart.items).toHaveLength(1);
  });

  // ✂️ tests for remove(), updateQuantity() and applyCoupon() — unchanged

  describe('total()', () => {
    it('sums quantities times price', () => {
      cart.add({ sku: 'MUG', price: 1200 }, 2);
      expect(cart.total()).toBe(2400);
    });
  });
});
''', "test cases in a describe block replaced by a comment; remove, updateQuantity and applyCoupon are no longer tested and the COUPONS fixture is imported but unused",
  mark="tests for remove(), updateQuantity()", kind="ph-comment"),

F(L, "src/config/env.ts", T, r'''
import { z } from 'zod';

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().positive().default(3000),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  // DATABASE_URL, REDIS_URL and JWT_SECRET stay as they are in your current
  // schema (url, url and min(32) respectively); only the entries above are new.
});

const parsed = EnvSchema.safeParse(process.env);
if (!parsed.success) {
  console.error('Invalid environment:', parsed.error.flatten().fieldErrors);
  process.exit(1);
}

const env = parsed.data;

export const config = {
  env: env.NODE_ENV,
  port: env.PORT,
  logLevel: env.LOG_LEVEL,
  databaseUrl: env.DATABASE_URL,
  redisUrl: env.REDIS_URL,
  jwtSecret: env.JWT_SECRET,
} as const;''', "object literal members elided from the zod schema; DATABASE_URL, REDIS_URL and JWT_SECRET are read but never validated",
  mark="DATABASE_URL, REDIS_URL and JWT_SECRET stay", kind="ph-comment"),

F(L, "src/server.ts", T, r'''
import Fastify, { FastifyInstance } from 'fastify';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import { routes } from './routes';

async function registerPlugins(app: FastifyInstance): Promise<void> {
  /* Registers @fastify/cors, @fastify/rate-limit and @fastify/swagger exactly
     as in your previous version; none of the plugin options changed. */
}

async function main() {
  const app = Fastify({ logger: true });
  await registerPlugins(app);
  await app.register(routes, { prefix: '/api' });

  const port = Number(process.env.PORT ?? 3000);
  await app.listen({ port, host: '0.0.0.0' });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
''', "function body emptied to a block comment; cors, rateLimit and swagger are imported but never registered",
  mark="Registers @fastify/cors", kind="ph-comment"),

F(L, "src/hooks/useWebSocket.ts", T, r'''
import { useCallback, useEffect, useRef, useState } from 'react';

type Status = 'connecting' | 'open' | 'closed';

export function useWebSocket<T>(url: string, onMessage: (msg: T) => void) {
  const socketRef = useRef<WebSocket | null>(null);
  const retryRef = useRef(0);
  const [status, setStatus] = useState<Status>('connecting');

  const connect = useCallback(() => {
    const ws = new WebSocket(url);
    socketRef.current = ws;
    setStatus('connecting');

    ws.onopen = () => {
      retryRef.current = 0;
      setStatus('open');
    };

    // {{ existing onmessage / onclose + reconnect backoff }}
  }, [url, onMessage]);

  useEffect(() => {
    connect();
    return () => socketRef.current?.close();
  }, [connect]);

  const send = useCallback((data: unknown) => {
    socketRef.current?.send(JSON.stringify(data));
  }, []);

  return { status, send };
}
''', "handlers elided by a template-style comment; onMessage is never invoked and retryRef never drives a reconnect",
  mark="existing onmessage / onclose", kind="ph-comment"),

F(L, "src/domain/orderTransitions.ts", T, r'''
import type { OrderStatus } from '../types/order';

interface Transition {
  from: OrderStatus;
  to: OrderStatus;
  requiresRole?: 'admin' | 'support';
}

export const ORDER_TRANSITIONS: Transition[] = [
  { from: 'pending', to: 'paid' },
  { from: 'paid', to: 'shipped' },
  // …the other allowed transitions (shipped→delivered, paid→refunded, etc.)
];

export function canTransition(from: OrderStatus, to: OrderStatus, role?: string): boolean {
  const rule = ORDER_TRANSITIONS.find((t) => t.from === from && t.to === to);
  if (!rule) return false;
  return !rule.requiresRole || rule.requiresRole === role;
}

export function refund(order: { status: OrderStatus }, role: string): void {
  if (!canTransition(order.status, 'refunded', role)) {
    throw new Error(`Cannot refund an order in status ${order.status}`);
  }
  order.status = 'refunded';
}
''', "array entries elided; refund() can never succeed because no transition to refunded is listed",
  mark="the other allowed transitions", kind="ph-comment"),

# ---------------------------------------------------------------- syntax-breaking (7)
F(L, "src/api/httpClient.ts", T, r'''
import type { ZodType } from 'zod';

export class HttpClient {
  constructor(
    private readonly baseUrl: string,
    private readonly defaultHeaders: Record<string, string> = {},
  ) {}

  async getJson<T>(path: string, schema: ZodType<T>): Promise<T> {
    const res = await fetch(new URL(path, this.baseUrl), { headers: this.defaultHeaders });
    if (!res.ok) {
      throw new Error(`GET ${path} -> ${res.status}`);
    }
    return schema.parse(await res.json());
  }

  ... post/put/delete ...

  private url(path: string, query?: Record<string, string>): URL {
    const url = new URL(path, this.baseUrl);
    for (const [k, v] of Object.entries(query ?? {})) url.searchParams.set(k, v);
    return url;
  }
}
''', "a '... post/put/delete ...' line standing for removed class methods (syntax error); the private url() helper is never used",
  mark="... post/put/delete ...", kind="ph-break"),

F(L, "src/pages/Settings.tsx", T, r'''
import { useState } from 'react';
import { useUser } from '../hooks/useUser';
import { Toggle } from '../components/Toggle';

export default function Settings() {
  const { user, update } = useUser();
  const [saving, setSaving] = useState(false);

  async function save(patch: Partial<typeof user>) {
    setSaving(true);
    try {
      await update(patch);
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="settings">
      <h2>Notifications</h2>
      <Toggle
        label="Email me about new comments"
        checked={user.notifyComments}
        onChange={(v) => save({ notifyComments: v })}
      />
      <!-- existing profile + danger-zone markup -->
      {saving && <span className="saving">Saving…</span>}
    </div>
  );
}
''', "HTML comment <!-- ... --> standing for JSX markup (syntax error in TSX)",
  mark="<!-- existing profile", kind="ph-break"),

F(L, "src/db/schema.ts", T, r'''
import { pgTable, serial, text, timestamp, integer, boolean } from 'drizzle-orm/pg-core';

export const users = pgTable('users', {
  id: serial('id').primaryKey(),
  email: text('email').notNull().unique(),
  name: text('name'),
  createdAt: timestamp('created_at').defaultNow().notNull(),
});

export const posts = pgTable('posts', { ... });

export const comments = pgTable('comments', {
  id: serial('id').primaryKey(),
  postId: integer('post_id')
    .notNull()
    .references(() => posts.id),
  authorId: integer('author_id').references(() => users.id),
  body: text('body').notNull(),
  approved: boolean('approved').default(false),
});
''', "{ ... } standing for the posts column definitions (syntax error); comments still references posts.id",
  mark="{ ... }", kind="ph-break"),

F(L, "src/utils/fetchJson.ts", T, r'''
import { retry } from './retry';

export interface FetchJsonOptions extends RequestInit {
  timeoutMs?: number;
  retries?: number;
}

export async function fetchJson<T>(url: string, options: FetchJsonOptions = {}): Promise<T> {
  const { timeoutMs = 10_000, retries = 2, ...init } = options;

  return retry(async () => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const res = await fetch(url, { ...init, signal: controller.signal });
      if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`);
      return (await res.json()) as T;
    } finally {
      clearTimeout(timer);
    }
  }, { retries, baseDelay: 250, // ... same backoff options as before });
}
''', "// ... comment inside an argument list swallows the closing }); so the call is never closed (syntax error)",
  mark="// ... same backoff options", kind="ph-break"),

F(L, "src/features/search/filters.ts", T, r'''
export type StatusFilter = 'all' | 'open' | 'closed' | …;

export interface SearchFilters {
  query: string;
  status: StatusFilter;
  labels: string[];
  assignee?: string;
}

export const DEFAULT_FILTERS: SearchFilters = {
  query: '',
  status: 'all',
  labels: [],
};

export function toQueryString(f: SearchFilters): string {
  const params = new URLSearchParams();
  if (f.query) params.set('q', f.query);
  if (f.status !== 'all') params.set('status', f.status);
  for (const label of f.labels) params.append('label', label);
  if (f.assignee) params.set('assignee', f.assignee);
  return params.toString();
}
''', "unicode ellipsis … as the last member of a union type (syntax error)",
  mark="…;", kind="ph-break"),

F(L, "src/handlers/payment.ts", T, r'''
import type { Context } from '../context';
import { PaymentError } from '../errors';

interface ChargeRequest {
  customerId: string;
  amountCents: number;
  currency: string;
  idempotencyKey: string;
}

export async function handlePayment(/* ... */, ctx: Context): Promise<{ chargeId: string }> {
  const req: ChargeRequest = ctx.body as ChargeRequest;
  if (req.amountCents <= 0) {
    throw new PaymentError('amount must be positive');
  }
  const charge = await ctx.stripe.charges.create(
    {
      customer: req.customerId,
      amount: req.amountCents,
      currency: req.currency,
    },
    { idempotencyKey: req.idempotencyKey },
  );
  ctx.log.info({ chargeId: charge.id }, 'charge created');
  return { chargeId: charge.id };
}
''', "/* ... */ standing for the leading parameters, leaving a parameter list that starts with a comma (syntax error)",
  mark="/* ... */", kind="ph-break"),

F(L, "src/lib/logger.ts", T, r'''
import { createLogger, format, transports, type Logger } from 'winston';

const level = process.env.LOG_LEVEL ?? 'info';

const consoleTransport = new transports.Console({
  format: format.combine(format.colorize(), format.simple()),
});

export const logger: Logger = createLogger({
  level,
  format: format.combine(format.timestamp(), format.errors({ stack: true }), format.json()),
  transports: [
    consoleTransport,
    [... file + http transports ...]
  ],
});

export function child(module: string): Logger {
  return logger.child({ module });
}
''', "[... file + http transports ...] standing for the remaining transports in an array (syntax error)",
  mark="[... file + http", kind="ph-break"),
]
