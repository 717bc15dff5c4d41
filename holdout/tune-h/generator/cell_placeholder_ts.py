from common import add

L = "placeholder"

# ---------------------------------------------------------------- comment-only

add(L, "src/services/paymentService.ts", r'''
import Stripe from 'stripe';
import { logger } from '../lib/logger';
import type { ChargeRequest, ChargeResult, RefundRequest, RefundResult } from '../types/payments';

export class PaymentService {
  private readonly stripe: Stripe;

  constructor(apiKey: string, private readonly currency = 'usd') {
    this.stripe = new Stripe(apiKey, { apiVersion: '2024-06-20' });
  }

  async charge(req: ChargeRequest): Promise<ChargeResult> {
    const intent = await this.stripe.paymentIntents.create(
      {
        amount: req.amountCents,
        currency: this.currency,
        customer: req.customerId,
        payment_method: req.paymentMethodId,
        confirm: true,
        metadata: { orderId: req.orderId },
      },
      { idempotencyKey: `charge-${req.orderId}` },
    );

    logger.info({ orderId: req.orderId, intent: intent.id }, 'charge created');
    return {
      id: intent.id,
      status: intent.status === 'succeeded' ? 'paid' : 'pending',
      amountCents: intent.amount,
    };
  }

  async refund(req: RefundRequest): Promise<RefundResult> {
    // mirrors charge(): stripe.refunds.create with the intent id + idempotency key, then map the status
  }

  async getBalance(): Promise<number> {
    const balance = await this.stripe.balance.retrieve();
    const entry = balance.available.find((b) => b.currency === this.currency);
    return entry?.amount ?? 0;
  }

  async ensureCustomer(email: string, name?: string): Promise<string> {
    const existing = await this.stripe.customers.list({ email, limit: 1 });
    if (existing.data.length > 0) return existing.data[0].id;
    const customer = await this.stripe.customers.create({ email, name });
    logger.info({ customer: customer.id }, 'customer created');
    return customer.id;
  }

  async listCharges(customerId: string, limit = 20): Promise<ChargeResult[]> {
    const intents = await this.stripe.paymentIntents.list({ customer: customerId, limit });
    return intents.data.map((intent) => ({
      id: intent.id,
      status: intent.status === 'succeeded' ? 'paid' : 'pending',
      amountCents: intent.amount,
    }));
  }

  static isCardError(err: unknown): err is Stripe.errors.StripeCardError {
    return err instanceof Stripe.errors.StripeCardError;
  }
}
''', "refund() body replaced by a comment saying it mirrors charge(); declared to return Promise<RefundResult>",
    needle="mirrors charge()", kind="comment-only")

add(L, "src/types/order.ts", r'''
export type OrderStatus = 'pending' | 'paid' | 'shipped' | 'delivered' | 'cancelled';

export interface Address {
  line1: string;
  line2?: string;
  city: string;
  postalCode: string;
  country: string;
}

export interface OrderItem {
  sku: string;
  quantity: number;
  unitPrice: number;
}

export interface Order {
  id: string;
  customerId: string;
  status: OrderStatus;
  createdAt: string;
  // …plus the remaining fields from the OpenAPI schema (items, totals, addresses)
}

export function isShippable(order: Order): boolean {
  return order.status === 'paid' && order.shippingAddress.country !== '';
}

export function orderTotal(order: Order): number {
  return order.items.reduce((sum, item) => sum + item.unitPrice * item.quantity, 0) + order.shippingCents;
}

export function formatAddress(a: Address): string {
  return [a.line1, a.line2, `${a.postalCode} ${a.city}`, a.country].filter(Boolean).join('\n');
}
''', "interface members replaced by a comment; functions below read order.items, shippingAddress and shippingCents",
    needle="plus the remaining fields from the OpenAPI schema", kind="comment-only")

add(L, "src/store/sessionSlice.ts", r'''
import { createSlice, type PayloadAction } from '@reduxjs/toolkit';

export interface SessionState {
  token: string | null;
  refreshToken: string | null;
  expiresAt: number | null;
  user: { id: string; name: string; roles: string[] } | null;
}

const initialState: SessionState = {
  token: null,
  refreshToken: null,
  expiresAt: null,
  user: null,
};

type LoginPayload = { token: string; refreshToken: string; expiresIn: number; user: SessionState['user'] };

const sessionSlice = createSlice({
  name: 'session',
  initialState,
  reducers: {
    loggedIn(state, action: PayloadAction<LoginPayload>) {
      const { token, refreshToken, expiresIn, user } = action.payload;
      state.token = token;
      state.refreshToken = refreshToken;
      state.expiresAt = Date.now() + expiresIn * 1000;
      state.user = user;
    },
    // tokenRefreshed and loggedOut — keep the two reducers you already have
  },
});

export const { loggedIn, tokenRefreshed, loggedOut } = sessionSlice.actions;
export default sessionSlice.reducer;

export const selectIsAuthenticated = (s: { session: SessionState }) =>
  s.session.token !== null && (s.session.expiresAt ?? 0) > Date.now();
''', "comment in the reducers object standing for tokenRefreshed/loggedOut, which are destructured from actions below",
    needle="tokenRefreshed and loggedOut — keep", kind="comment-only")

add(L, "src/components/UserTable.tsx", r'''
import { useMemo, useState } from 'react';
import type { User } from '../types/user';
import { formatDate } from '../utils/date';

type SortKey = 'name' | 'email' | 'createdAt';

interface Props {
  users: User[];
  onSelect?: (user: User) => void;
}

export function UserTable({ users, onSelect }: Props) {
  const [sortKey, setSortKey] = useState<SortKey>('name');
  const [asc, setAsc] = useState(true);

  const rows = useMemo(() => {
    const copy = [...users];
    copy.sort((a, b) => {
      const av = String(a[sortKey]);
      const bv = String(b[sortKey]);
      return asc ? av.localeCompare(bv) : bv.localeCompare(av);
    });
    return copy;
  }, [users, sortKey, asc]);

  const toggle = (key: SortKey) => {
    if (key === sortKey) setAsc(!asc);
    else {
      setSortKey(key);
      setAsc(true);
    }
  };

  return (
    <table className="user-table">
      <thead>
        <tr>
          <th onClick={() => toggle('name')}>Name</th>
          <th onClick={() => toggle('email')}>Email</th>
          <th onClick={() => toggle('createdAt')}>Joined</th>
        </tr>
      </thead>
      <tbody>
        {/* row rendering as before — map over rows, call onSelect on click, formatDate for createdAt */}
      </tbody>
    </table>
  );
}
''', "JSX comment standing for the table rows (rows, onSelect and formatDate never used)",
    needle="row rendering as before", kind="comment-only")

add(L, "src/cli/commands.ts", r'''
import { execa } from 'execa';
import pc from 'picocolors';
import { loadConfig, type Config } from './config';

type Command = 'deploy' | 'status' | 'logs' | 'rollback';

export async function run(cmd: Command, args: string[]): Promise<number> {
  const cfg: Config = await loadConfig();

  switch (cmd) {
    case 'deploy': {
      const tag = args[0] ?? 'latest';
      console.log(pc.cyan(`deploying ${cfg.service}:${tag} to ${cfg.cluster}`));
      const { exitCode } = await execa(
        'kubectl',
        ['set', 'image', `deployment/${cfg.service}`, `${cfg.service}=${cfg.registry}/${cfg.service}:${tag}`, '-n', cfg.namespace],
        { stdio: 'inherit', reject: false },
      );
      return exitCode ?? 1;
    }
    // 'status' and 'logs' — copy the deploy case and swap in `rollout status` / `logs -f`
    case 'rollback': {
      const { exitCode } = await execa('kubectl', ['rollout', 'undo', `deployment/${cfg.service}`, '-n', cfg.namespace], {
        stdio: 'inherit',
        reject: false,
      });
      return exitCode ?? 1;
    }
    default: {
      const never: never = cmd;
      console.error(pc.red(`unknown command ${never}`));
      return 2;
    }
  }
}
''', "comment standing for the 'status' and 'logs' switch cases (the exhaustive never-check relies on them)",
    needle="'status' and 'logs' — copy the deploy case", kind="comment-only")

add(L, "src/workers/emailQueue.ts", r'''
// (same imports as your current worker file — bullmq, ioredis, the mailer, renderTemplate and logger)

const connection = new IORedis(process.env.REDIS_URL ?? 'redis://localhost:6379', {
  maxRetriesPerRequest: null,
});

export interface EmailJob {
  to: string;
  template: 'welcome' | 'reset-password' | 'invoice';
  vars: Record<string, string>;
}

const subjects: Record<EmailJob['template'], string> = {
  welcome: 'Welcome aboard!',
  'reset-password': 'Reset your password',
  invoice: 'Your invoice is ready',
};

export const emailQueue = new Queue<EmailJob>('email', { connection });

export const emailWorker = new Worker<EmailJob>(
  'email',
  async (job: Job<EmailJob>) => {
    const { to, template, vars } = job.data;
    const html = await renderTemplate(template, vars);
    await mailer.send({ to, subject: subjects[template], html });
    logger.info({ jobId: job.id, to, template }, 'email sent');
  },
  { connection, concurrency: 5 },
);

emailWorker.on('failed', (job, err) => {
  logger.error({ jobId: job?.id, err }, 'email job failed');
});
''', "import block replaced by a comment; IORedis, Queue, Worker, Job, renderTemplate, mailer and logger never imported",
    needle="same imports as your current worker file", kind="comment-only")

add(L, "src/ml/featureStore.ts", r'''
import { Pool } from 'pg';

export interface FeatureRow {
  entityId: string;
  feature: string;
  value: number;
  ts: Date;
}

export class FeatureStore {
  private buffer: FeatureRow[] = [];
  private timer: NodeJS.Timeout;

  constructor(private readonly pool: Pool, private readonly maxBatch = 1000, flushMs = 2000) {
    this.timer = setInterval(() => void this.flushBatch(), flushMs);
  }

  async get(entityId: string, features: string[]): Promise<Record<string, number | null>> {
    const { rows } = await this.pool.query<{ feature: string; value: number }>(
      `SELECT DISTINCT ON (feature) feature, value
         FROM features
        WHERE entity_id = $1 AND feature = ANY($2)
        ORDER BY feature, ts DESC`,
      [entityId, features],
    );
    const out: Record<string, number | null> = Object.fromEntries(features.map((f) => [f, null]));
    for (const r of rows) out[r.feature] = r.value;
    return out;
  }

  put(row: FeatureRow): void {
    this.buffer.push(row);
    if (this.buffer.length >= this.maxBatch) void this.flushBatch();
  }

  // flushBatch() and close() below this point — no changes needed there
}
''', "comment closing the class in place of flushBatch()/close(), which the constructor and put() call",
    needle="flushBatch() and close() below this point", kind="comment-only")

add(L, "src/api/projects.routes.ts", r'''
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { projectRepo } from '../repos/projectRepo';
import { requireRole } from '../middleware/auth';

const router = Router();

const ProjectInput = z.object({
  name: z.string().min(1).max(120),
  description: z.string().max(2000).optional(),
  visibility: z.enum(['private', 'team', 'public']).default('private'),
});

router.get('/', async (req: Request, res: Response) => {
  const projects = await projectRepo.list({ ownerId: req.user!.id });
  res.json(projects);
});

router.post('/', async (req, res) => {
  const parsed = ProjectInput.safeParse(req.body);
  if (!parsed.success) return res.status(400).json(parsed.error.flatten());
  const project = await projectRepo.create({ ...parsed.data, ownerId: req.user!.id });
  res.status(201).json(project);
});

router.put('/:id', async (req, res) => {
  const parsed = ProjectInput.partial().safeParse(req.body);
  if (!parsed.success) return res.status(400).json(parsed.error.flatten());
  const updated = await projectRepo.update(req.params.id, parsed.data);
  if (!updated) return res.sendStatus(404);
  res.json(updated);
});

router.delete('/:id', requireRole('admin'), async (req, res) => {
  // delete handler: same shape as PUT, but projectRepo.remove() and a 204
});

export default router;
''', "DELETE route handler body replaced by a comment (never responds)",
    needle="delete handler: same shape as PUT", kind="comment-only")

add(L, "src/game/matchmaker.ts", r'''
export type Tier = 'bronze' | 'silver' | 'gold' | 'platinum' | 'diamond' | 'master';

export interface Ticket {
  playerId: string;
  rating: number;
  region: string;
  queuedAt: number;
}

export function tierFor(rating: number): Tier {
  if (rating < 1000) {
    return 'bronze';
  } else if (rating < 1400) {
    return 'silver';
  } else if (rating < 1800) {
    return 'gold';
  }
  // platinum / diamond thresholds follow the same 400-point steps
  else {
    return 'master';
  }
}

export function searchWindow(ticket: Ticket, now = Date.now()): number {
  const waitedSec = (now - ticket.queuedAt) / 1000;
  const base = tierFor(ticket.rating) === 'master' ? 50 : 100;
  return Math.min(base + waitedSec * 10, 600);
}

export function findMatch(ticket: Ticket, pool: Ticket[]): Ticket | undefined {
  const window = searchWindow(ticket);
  return pool
    .filter((t) => t.playerId !== ticket.playerId && t.region === ticket.region)
    .filter((t) => Math.abs(t.rating - ticket.rating) <= window)
    .sort((a, b) => a.queuedAt - b.queuedAt)[0];
}
''', "comment in the middle of an if/else-if chain standing for the platinum/diamond branches",
    needle="platinum / diamond thresholds", kind="comment-only")

add(L, "src/hooks/useWebSocket.ts", r'''
import { useEffect, useRef, useState, useCallback } from 'react';

type Status = 'connecting' | 'open' | 'closed';

const MAX_BACKOFF_MS = 30_000;

export function useWebSocket<T = unknown>(url: string, onMessage: (msg: T) => void) {
  const wsRef = useRef<WebSocket | null>(null);
  const retryRef = useRef(0);
  const [status, setStatus] = useState<Status>('connecting');

  const connect = useCallback(() => {
    const ws = new WebSocket(url);
    wsRef.current = ws;
    setStatus('connecting');

    ws.onopen = () => {
      retryRef.current = 0;
      setStatus('open');
    };
    ws.onmessage = (ev) => {
      try {
        onMessage(JSON.parse(ev.data) as T);
      } catch {
        console.warn('non-JSON frame ignored');
      }
    };
    ws.onclose = () => {
      setStatus('closed');
      // exponential backoff reconnect goes here (the setTimeout + retryRef bit you had)
    };
  }, [url, onMessage]);

  useEffect(() => {
    connect();
    return () => wsRef.current?.close();
  }, [connect]);

  const send = useCallback((data: unknown) => {
    if (wsRef.current?.readyState === WebSocket.OPEN) wsRef.current.send(JSON.stringify(data));
  }, []);

  return { status, send };
}
''', "reconnect logic in onclose replaced by a comment (MAX_BACKOFF_MS and retryRef increment never used)",
    needle="exponential backoff reconnect goes here", kind="comment-only")

add(L, "infra/lib/api-stack.ts", r'''
import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as ecsPatterns from 'aws-cdk-lib/aws-ecs-patterns';
import { Construct } from 'constructs';

export interface ApiStackProps extends cdk.StackProps {
  imageTag: string;
  desiredCount?: number;
}

export class ApiStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);

    // VPC with 2 AZs + public/private subnets, exactly like the staging stack

    const cluster = new ecs.Cluster(this, 'Cluster', { vpc, containerInsights: true });

    const service = new ecsPatterns.ApplicationLoadBalancedFargateService(this, 'Api', {
      cluster,
      cpu: 512,
      memoryLimitMiB: 1024,
      desiredCount: props.desiredCount ?? 2,
      publicLoadBalancer: true,
      taskImageOptions: {
        image: ecs.ContainerImage.fromRegistry(`ghcr.io/acme/api:${props.imageTag}`),
        containerPort: 8080,
        environment: { NODE_ENV: 'production' },
      },
    });

    service.targetGroup.configureHealthCheck({ path: '/healthz', healthyHttpCodes: '200' });

    const scaling = service.service.autoScaleTaskCount({ minCapacity: 2, maxCapacity: 10 });
    scaling.scaleOnCpuUtilization('Cpu', { targetUtilizationPercent: 60 });

    new cdk.CfnOutput(this, 'Url', { value: service.loadBalancer.loadBalancerDnsName });
  }
}
''', "VPC construct replaced by a comment; `vpc` is used by the Cluster and ec2 is imported but unused",
    needle="VPC with 2 AZs", kind="comment-only")

add(L, "src/utils/dateRange.ts", r'''
export type Preset = 'today' | 'yesterday' | 'last7' | 'last30' | 'thisMonth' | 'quarter';

export interface DateRange {
  from: Date;
  to: Date;
}

const startOfDay = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate());
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

export const PRESETS: Record<Preset, (now: Date) => DateRange> = {
  today: (now) => ({ from: startOfDay(now), to: now }),
  yesterday: (now) => {
    const y = addDays(startOfDay(now), -1);
    return { from: y, to: startOfDay(now) };
  },
  // last7 / last30 / thisMonth / quarter — same idea, just different offsets
};

export function resolveRange(preset: Preset, now = new Date()): DateRange {
  const fn = PRESETS[preset];
  if (!fn) throw new Error(`unknown preset: ${preset}`);
  return fn(now);
}

export function toQuery({ from, to }: DateRange): string {
  return new URLSearchParams({ from: from.toISOString(), to: to.toISOString() }).toString();
}
''', "comment in a Record<Preset,...> object literal standing for four missing members",
    needle="last7 / last30 / thisMonth / quarter", kind="comment-only")

# ------------------------------------------------------------- syntax-breaking

add(L, "src/server/index.ts", r'''
import Fastify from 'fastify';
import cors from '@fastify/cors';
import { registerRoutes } from './routes';
import { db } from './db';

const PORT = Number(process.env.PORT ?? 4000);

export async function buildServer() {
  const app = Fastify({ logger: { level: process.env.LOG_LEVEL ?? 'info' } });

  await app.register(cors, { origin: process.env.CORS_ORIGIN?.split(',') ?? true });
  await registerRoutes(app);

  app.addHook('onClose', async () => {
    await db.destroy();
  });

  app.setErrorHandler((err, req, reply) => {
    ...
  });

  return app;
}

async function main() {
  const app = await buildServer();
  try {
    await app.listen({ port: PORT, host: '0.0.0.0' });
  } catch (err) {
    app.log.error(err);
    process.exit(1);
  }
}

void main();
''', "bare `...` as the body of the error handler callback",
    needle="    ...", kind="syntax-breaking")

add(L, "src/lib/cache.ts", r'''
export interface CacheEntry<V> {
  value: V;
  expiresAt: number;
}

export class TtlCache<K, V> {
  private readonly store = new Map<K, CacheEntry<V>>();
  private readonly inflight = new Map<K, Promise<V>>();

  constructor(/* … */, private readonly maxEntries = 500) {}

  get(key: K): V | undefined {
    const hit = this.store.get(key);
    if (!hit) return undefined;
    if (hit.expiresAt < Date.now()) {
      this.store.delete(key);
      return undefined;
    }
    return hit.value;
  }

  set(key: K, value: V): void {
    if (this.store.size >= this.maxEntries) {
      const oldest = this.store.keys().next().value as K;
      this.store.delete(oldest);
    }
    this.store.set(key, { value, expiresAt: Date.now() + this.ttlMs });
  }

  async getOrLoad(key: K, load: () => Promise<V>): Promise<V> {
    const cached = this.get(key);
    if (cached !== undefined) return cached;
    const pending = this.inflight.get(key);
    if (pending) return pending;
    const p = load()
      .then((v) => {
        this.set(key, v);
        return v;
      })
      .finally(() => this.inflight.delete(key));
    this.inflight.set(key, p);
    return p;
  }
}
''', "`/* … */` in place of the first constructor parameter (ttlMs, used by set()), followed by a comma: empty parameter slot",
    needle="/* … */", kind="syntax-breaking")

add(L, "src/components/CheckoutForm.tsx", r'''
import { useState, type FormEvent } from 'react';
import { useCart } from '../hooks/useCart';
import { submitOrder } from '../api/orders';

interface Props {
  onSuccess: (orderId: string) => void;
}

export default function CheckoutForm({ onSuccess }: Props) {
  const { items, totalCents, clear } = useCart();
  const [email, setEmail] = useState('');
  const [address, setAddress] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function handleSubmit(e: FormEvent) {
    e.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      const { id } = await submitOrder({ email, address, items });
      clear();
      onSuccess(id);
    } catch (err) {
      setError(err instanceof Error ? err.message : 'Something went wrong');
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form onSubmit={handleSubmit} className="checkout">
      <label>
        Email
        <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
      </label>
      <!-- address + city/zip inputs same as before -->
      {error && <p role="alert">{error}</p>}
      <button type="submit" disabled={submitting || items.length === 0}>
        {submitting ? 'Placing order…' : `Pay $${(totalCents / 100).toFixed(2)}`}
      </button>
    </form>
  );
}
''', "HTML comment `<!-- ... -->` inside TSX standing for the address inputs",
    needle="<!-- address + city/zip inputs", kind="syntax-breaking")

add(L, "src/lib/retry.ts", r'''
export interface RetryOptions {
  attempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
}

export class HttpError extends Error {
  constructor(public readonly status: number, message: string) {
    super(message);
  }
}

function isRetryable(err: unknown): boolean {
  if (err instanceof HttpError) {
    return [408, 429, 502, 503, 504].includes(err.status) ||
      // ...
  }
  return err instanceof TypeError; // network failure in fetch
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function withRetry<T>(fn: () => Promise<T>, opts: RetryOptions = {}): Promise<T> {
  const { attempts = 4, baseDelayMs = 200, maxDelayMs = 5_000 } = opts;
  let lastErr: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await fn();
    } catch (err) {
      lastErr = err;
      if (!isRetryable(err) || i === attempts - 1) break;
      const delay = Math.min(maxDelayMs, baseDelayMs * 2 ** i) * (0.5 + Math.random() / 2);
      await sleep(delay);
    }
  }
  throw lastErr;
}
''', "`|| // ...` — right operand of || replaced by a comment, expression missing",
    needle="      // ...", kind="syntax-breaking")

add(L, "src/etl/transform.ts", r'''
import type { RawEvent, CleanEvent } from './types';

const BOT_UA = /bot|crawler|spider|headless/i;

export function normalize(raw: RawEvent): CleanEvent | null {
  if (!raw.userId || !raw.ts) return null;
  if (raw.userAgent && BOT_UA.test(raw.userAgent)) return null;

  const ts = new Date(raw.ts);
  if (Number.isNaN(ts.getTime())) return null;

  return {
    userId: raw.userId.trim(),
    event: raw.event.toLowerCase().replace(/\s+/g, '_'),
    ts: ts.toISOString(),
    country: raw.geo?.country ?? 'ZZ',
    props: sanitizeProps(raw.props ?? {}),
  };
}

function sanitizeProps(props: Record<string, unknown>): Record<string, string | number | boolean> {
  <snip>
}

export function dedupe(events: CleanEvent[]): CleanEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const key = `${e.userId}|${e.event}|${e.ts}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
''', "`<snip>` marker as the whole body of sanitizeProps (parsed as an unfinished type assertion)",
    needle="<snip>", kind="syntax-breaking")

add(L, "src/handlers/stripeWebhook.ts", r'''
import type { Request, Response } from 'express';
import Stripe from 'stripe';
import { markInvoicePaid, cancelSubscription, upsertCustomer } from '../services/billing';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-06-20' });
const endpointSecret = process.env.STRIPE_WEBHOOK_SECRET!;

export async function stripeWebhook(req: Request, res: Response) {
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, endpointSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${(err as Error).message}`);
  }

  switch (event.type) {
    case 'invoice.paid':
      await markInvoicePaid(event.data.object as Stripe.Invoice);
      break;
    case 'customer.subscription.deleted':
      await cancelSubscription(event.data.object as Stripe.Subscription);
      break;
    case 'customer.updated':
      ...
    default:
      console.log(`Unhandled event type ${event.type}`);
  }

  res.json({ received: true });
}
''', "bare `...` as the body of a switch case (upsertCustomer imported but never called)",
    needle="      ...", kind="syntax-breaking")
