from common import add

L = "placeholder"
T = "TypeScript"


def c(path, body, mark, where, nl=True):
    add(L, path, T, body, f"comment-only elision '{mark.strip()}' ({where}) at line {{0}}; syntax stays valid", [mark], nl, kind="comment")


def m(path, body, mark, what, nl=True):
    add(L, path, T, body, f"syntax-breaking elision marker {what} at line {{0}}", [mark], nl, kind="marker")


c("src/services/user.service.ts", r'''
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { User } from './user.entity';
import { CreateUserDto } from './dto/create-user.dto';

@Injectable()
export class UserService {
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

  // ... existing methods

  async create(dto: CreateUserDto): Promise<User> {
    const entity = this.users.create({
      email: dto.email.toLowerCase(),
      displayName: dto.displayName,
    });
    return this.users.save(entity);
  }
}
''', "// ... existing methods", "middle of the service class")

c("src/dto/order-response.ts", r'''
import type { Money } from '../shared/money';

export type OrderStatus = 'pending' | 'paid' | 'shipped' | 'cancelled';

export interface OrderLine {
  sku: string;
  quantity: number;
  unitPrice: Money;
}

export interface OrderResponse {
  id: string;
  status: OrderStatus;
  lines: OrderLine[];
  total: Money;
  // remaining DTO fields unchanged
}

export function toOrderResponse(row: Record<string, unknown>): OrderResponse {
  return {
    id: String(row.id),
    status: row.status as OrderStatus,
    lines: (row.lines as OrderLine[]) ?? [],
    total: row.total as Money,
  };
}
''', "// remaining DTO fields unchanged", "at the end of the OrderResponse interface")

c("src/lib/http.ts", r'''
import axios, { AxiosError, type AxiosInstance } from 'axios';

export interface HttpOptions {
  baseURL: string;
  timeoutMs?: number;
  token?: () => string | undefined;
}

export function createHttp(opts: HttpOptions): AxiosInstance {
  const instance = axios.create({
    baseURL: opts.baseURL,
    timeout: opts.timeoutMs ?? 10_000,
  });

  instance.interceptors.request.use((config) => {
    const token = opts.token?.();
    if (token) {
      config.headers.set('Authorization', `Bearer ${token}`);
    }
    return config;
  });

  /* copied from the original module */

  return instance;
}

export function isHttpError(err: unknown): err is AxiosError {
  return axios.isAxiosError(err);
}
''', "/* copied from the original module */", "where the response interceptor was")

c("src/jobs/reportScheduler.ts", r'''
import cron from 'node-cron';
import { logger } from '../logger';
import { ReportRepository } from '../repositories/report.repository';
import { Mailer } from '../mail/mailer';

export class ReportScheduler {
  private task?: cron.ScheduledTask;

  constructor(
    private readonly reports: ReportRepository,
    private readonly mailer: Mailer,
  ) {}

  start(expression = '0 7 * * 1-5'): void {
    this.task = cron.schedule(expression, () => {
      void this.runOnce();
    });
    logger.info({ expression }, 'report scheduler started');
  }

  stop(): void {
    this.task?.stop();
  }

  async runOnce(): Promise<void> {
    // TODO: implement the rest
  }
}
''', "// TODO: implement the rest", "the whole body of runOnce() emptied, at the end of the class")

c("src/middleware/errorHandler.ts", r'''
import type { ErrorRequestHandler } from 'express';
import { ZodError } from 'zod';
import { logger } from '../logger';

export class HttpError extends Error {
  constructor(
    public readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  if (err instanceof ZodError) {
    res.status(400).json({ error: 'ValidationError', issues: err.issues });
    return;
  }

  if (err instanceof HttpError) {
    res.status(err.status).json({ error: err.message });
    return;
  }

  // keep your current error handling here

  logger.error({ err, url: req.originalUrl }, 'unexpected error');
  res.status(500).json({ error: 'InternalServerError' });
};
''', "// keep your current error handling here", "before the fallback branch")

c("src/app.module.ts", r'''
import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { UsersModule } from './users/users.module';
import { HealthController } from './health.controller';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true }),
    TypeOrmModule.forRoot({
      type: 'postgres',
      url: process.env.DATABASE_URL,
      autoLoadEntities: true,
    }),
    ThrottlerModule.forRoot([{ ttl: 60_000, limit: 100 }]),
    UsersModule,
  ],
  controllers: [HealthController],
  providers: [
    { provide: APP_GUARD, useClass: ThrottlerGuard },
    // (other providers as before)
  ],
})
export class AppModule {}
''', "// (other providers as before)", "inside the providers array")

c("src/domain/permissions.ts", r'''
export enum Permission {
  ReadProjects = 'projects:read',
  WriteProjects = 'projects:write',
  DeleteProjects = 'projects:delete',
  ManageMembers = 'members:manage',
  // rest of the enum values
}

export type Role = 'viewer' | 'editor' | 'admin';

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  viewer: [Permission.ReadProjects],
  editor: [Permission.ReadProjects, Permission.WriteProjects],
  admin: Object.values(Permission),
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
''', "// rest of the enum values", "at the end of the enum")

c("src/utils/date.spec.ts", r'''
import { describe, expect, it } from 'vitest';
import { addBusinessDays, isWeekend, startOfIsoWeek } from './date';

describe('isWeekend', () => {
  it('returns true for Saturday and Sunday', () => {
    expect(isWeekend(new Date('2024-06-01'))).toBe(true);
    expect(isWeekend(new Date('2024-06-02'))).toBe(true);
  });

  it('returns false for a Monday', () => {
    expect(isWeekend(new Date('2024-06-03'))).toBe(false);
  });
});

describe('addBusinessDays', () => {
  it('skips the weekend', () => {
    const friday = new Date('2024-06-07');
    expect(addBusinessDays(friday, 1).toISOString().slice(0, 10)).toBe('2024-06-10');
  });
});

// ... the remaining tests follow the same structure
''', "// ... the remaining tests follow the same structure", "at the end of the spec file")

c("src/controllers/accounts.controller.ts", r'''
import type { Request, Response } from 'express';
import { z } from 'zod';
import { accountService } from '../services/account.service';

const createAccountSchema = z.object({
  email: z.string().email(),
  name: z.string().min(1).max(120),
  plan: z.enum(['free', 'team', 'enterprise']).default('free'),
});

export async function createAccount(req: Request, res: Response) {
  const input = createAccountSchema.parse(req.body);
  const account = await accountService.create(input);
  res.status(201).location(`/accounts/${account.id}`).json(account);
}

export async function updateAccount(req: Request, res: Response) {
  // same as the createAccount handler above
}

export async function getAccount(req: Request, res: Response) {
  const account = await accountService.get(req.params.id);
  if (!account) {
    res.sendStatus(404);
    return;
  }
  res.json(account);
}
''', "// same as the createAccount handler above", "the whole body of updateAccount() emptied")

c("src/lib/featureFlags.ts", r'''
export interface FlagContext {
  userId?: string;
  tenantId?: string;
  environment: 'development' | 'staging' | 'production';
}

type Flag = {
  key: string;
  rolloutPercent: number;
  environments: FlagContext['environment'][];
};

const FLAGS: Flag[] = [
  { key: 'new-checkout', rolloutPercent: 25, environments: ['staging', 'production'] },
  { key: 'bulk-export', rolloutPercent: 100, environments: ['development', 'staging'] },
];

function bucket(id: string): number {
  /* unchanged */
}

export function isEnabled(key: string, ctx: FlagContext): boolean {
  const flag = FLAGS.find((f) => f.key === key);
  if (!flag || !flag.environments.includes(ctx.environment)) return false;
  if (flag.rolloutPercent >= 100) return true;
  const id = ctx.userId ?? ctx.tenantId;
  return id !== undefined && bucket(id) < flag.rolloutPercent;
}
''', "/* unchanged */", "the whole body of bucket() emptied")

c("src/config/env.ts", r'''
import 'dotenv/config';
import { z } from 'zod';

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().positive().default(3000),
  DATABASE_URL: z.string().url(),
  REDIS_URL: z.string().url().optional(),
  JWT_SECRET: z.string().min(32),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
});

export type Env = z.infer<typeof EnvSchema>;

const parsed = EnvSchema.safeParse(process.env);

if (!parsed.success) {
  console.error('Invalid environment:', parsed.error.flatten().fieldErrors);
  process.exit(1);
}

export const env: Env = parsed.data;

// the rest of the file is identical
''', "// the rest of the file is identical", "at the end of the file")

c("web/src/router.tsx", r'''
import { createBrowserRouter } from 'react-router-dom';
import { RootLayout } from './layouts/RootLayout';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { requireUser } from './auth/loaders';

export const router = createBrowserRouter([
  {
    path: '/',
    element: <RootLayout />,
    errorElement: <NotFoundPage />,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'settings',
        loader: requireUser,
        lazy: () => import('./pages/SettingsPage'),
      },
      // add remaining route definitions
    ],
  },
  { path: '/login', element: <LoginPage /> },
]);
''', "// add remaining route definitions", "inside the children array")

c("src/schemas/product.ts", r'''
import { z } from 'zod';

export const PriceSchema = z.object({
  amount: z.number().int().nonnegative(),
  currency: z.string().length(3),
});

export const ProductSchema = z.object({
  id: z.string().uuid(),
  sku: z.string().regex(/^[A-Z0-9-]{4,32}$/),
  title: z.string().min(1),
  price: PriceSchema,
  tags: z.array(z.string()).default([]),
  // other fields omitted
});

export type Product = z.infer<typeof ProductSchema>;

export const ProductListSchema = z.object({
  items: z.array(ProductSchema),
  nextCursor: z.string().nullable(),
});
''', "// other fields omitted", "inside the ProductSchema object")

c("web/src/state/playerReducer.ts", r'''
export type PlayerState = {
  trackId: string | null;
  playing: boolean;
  positionSec: number;
  volume: number;
};

export type PlayerAction =
  | { type: 'load'; trackId: string }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'seek'; positionSec: number }
  | { type: 'setVolume'; volume: number };

export const initialPlayerState: PlayerState = {
  trackId: null,
  playing: false,
  positionSec: 0,
  volume: 0.8,
};

export function playerReducer(state: PlayerState, action: PlayerAction): PlayerState {
  switch (action.type) {
    case 'load':
      return { ...state, trackId: action.trackId, positionSec: 0, playing: false };
    case 'play':
      return { ...state, playing: true };
    // continue with the other cases in the same way
    default:
      return state;
  }
}
''', "// continue with the other cases in the same way", "inside the switch")

c("src/cli/commands.ts", r'''
import { Command } from 'commander';
import { runMigrations } from '../db/migrate';
import { seedDatabase } from '../db/seed';

export function buildCli(): Command {
  const program = new Command();

  program
    .name('opsctl')
    .description('Operational tasks for the billing service')
    .version(process.env.npm_package_version ?? '0.0.0');

  program
    .command('migrate')
    .option('--dry-run', 'print SQL without executing it')
    .action(async (opts: { dryRun?: boolean }) => {
      await runMigrations({ dryRun: Boolean(opts.dryRun) });
    });

  program
    .command('seed')
    .option('-n, --count <n>', 'number of fake customers', '50')
    .action(async (opts: { count: string }) => {
      await seedDatabase(Number(opts.count));
    });

  // ---- snip ----

  return program;
}
''', "// ---- snip ----", "before the return, where further commands were")

# ---- markers ----
m("src/types/api.ts", r'''
export interface Pagination {
  page: number;
  perPage: number;
  total: number;
}

export interface ApiError {
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

export interface Invoice {
  id: string;
  customerId: string;
  amountCents: number;
  currency: 'USD' | 'EUR' | 'GBP';
  ...
  dueDate: string;
}

export interface ApiResponse<T> {
  data: T;
  pagination?: Pagination;
  error?: ApiError;
}
''', "  ...", "bare '...' line inside the Invoice interface")

m("src/storage/s3Store.ts", r'''
import {
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

export class S3Store {
  private readonly client: S3Client;

  constructor(
    private readonly bucket: string,
    region = process.env.AWS_REGION ?? 'eu-west-1',
  ) {
    this.client = new S3Client({ region });
  }

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: contentType }),
    );
  }

  …

  async signedDownloadUrl(key: string, expiresIn = 900): Promise<string> {
    const command = new GetObjectCommand({ Bucket: this.bucket, Key: key });
    return getSignedUrl(this.client, command, { expiresIn });
  }
}
''', "  …", "bare '…' (U+2026) line in the class body")

m("src/webhooks/stripe.ts", r'''
import type { Request, Response } from 'express';
import Stripe from 'stripe';
import { markInvoicePaid } from '../billing/invoices';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
const endpointSecret = process.env.STRIPE_WEBHOOK_SECRET!;

export async function stripeWebhook(req: Request, res: Response) {
  const signature = req.headers['stripe-signature'] as string;
  let event: Stripe.Event;

  try {
    event = stripe.webhooks.constructEvent(req.body, signature, endpointSecret);
  } catch (err) {
    res.status(400).send(`Webhook Error: ${(err as Error).message}`);
    return;
  }

  if (event.type === 'invoice.paid') {
    await markInvoicePaid(event.data.object.id);
  }

  <existing code>

  res.json({ received: true });
}
''', "<existing code>", "'<existing code>' before the final response")

m("src/events/bus.ts", r'''
type Handler<T> = (payload: T) => void | Promise<void>;

export interface EventMap {
  'user.created': { id: string; email: string };
  'user.deleted': { id: string };
  'order.placed': { orderId: string; total: number };
}

export class EventBus<E extends Record<string, unknown> = EventMap> {
  private handlers = new Map<keyof E, Set<Handler<any>>>();

  on<K extends keyof E>(event: K, handler: Handler<E[K]>): () => void {
    const set = this.handlers.get(event) ?? new Set();
    set.add(handler);
    this.handlers.set(event, set);
    return () => set.delete(handler);
  }

  [rest of file]
}

export const bus = new EventBus();
''', "[rest of file]", "'[rest of file]' in the class body")

m("src/routes/health.ts", r'''
import { Router, type Request, type Response } from 'express';
import { pool } from '../db/pool';
import { redis } from '../cache/redis';

export const healthRouter = Router();

healthRouter.get('/live', (_req: Request, res: Response) => {
  res.json({ status: 'ok' });
});

async function checkDatabase(): Promise<boolean> {...}

async function checkRedis(): Promise<boolean> {
  try {
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  }
}

healthRouter.get('/ready', async (_req: Request, res: Response) => {
  const [db, cache] = await Promise.all([checkDatabase(), checkRedis()]);
  const ok = db && cache;
  res.status(ok ? 200 : 503).json({ database: db, redis: cache });
});
''', "{...}", "'{...}' as the body of checkDatabase()")
