from bases import ph

ph("api_client_method_body.ts", r'''
import type { RequestOptions, ApiResponse } from './types';
import { buildUrl, withAuthHeader } from './http';

export class ApiClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token?: string,
  ) {}

  async get<T>(path: string, opts: RequestOptions = {}): Promise<ApiResponse<T>> {
    const res = await fetch(buildUrl(this.baseUrl, path, opts.query), {
      method: 'GET',
      headers: withAuthHeader(opts.headers, this.token),
      signal: opts.signal,
    });
    return this.handle<T>(res);
  }

  async post<T>(path: string, body: unknown, opts: RequestOptions = {}): Promise<ApiResponse<T>> {
    const res = await fetch(buildUrl(this.baseUrl, path, opts.query), {
      method: 'POST',
      headers: withAuthHeader({ 'Content-Type': 'application/json', ...opts.headers }, this.token),
      body: JSON.stringify(body),
      signal: opts.signal,
    });
    return this.handle<T>(res);
  }

  private async handle<T>(res: Response): Promise<ApiResponse<T>> {
    // existing retry + error-mapping logic unchanged
  }
}
''')

ph("user_types_interface_end.ts", r'''
export type UserRole = 'admin' | 'editor' | 'viewer';

export interface Address {
  street: string;
  city: string;
  postalCode: string;
  country: string;
}

export interface User {
  id: string;
  email: string;
  displayName: string;
  role: UserRole;
  address?: Address;
  createdAt: Date;
  // New: track last login for the inactivity report
  lastLoginAt: Date | null;
  // ...other fields
}

export interface UserListResponse {
  items: User[];
  total: number;
  nextCursor: string | null;
}
''')

ph("reducer_switch_remaining_cases.ts", r'''
import type { CartState, CartAction } from './cart.types';

export const initialCartState: CartState = {
  items: [],
  couponCode: null,
  updatedAt: 0,
};

export function cartReducer(state: CartState, action: CartAction): CartState {
  switch (action.type) {
    case 'cart/add': {
      const existing = state.items.find((i) => i.sku === action.item.sku);
      const items = existing
        ? state.items.map((i) =>
            i.sku === action.item.sku ? { ...i, qty: i.qty + action.item.qty } : i,
          )
        : [...state.items, action.item];
      return { ...state, items, updatedAt: Date.now() };
    }
    case 'cart/applyCoupon':
      return { ...state, couponCode: action.code.trim().toUpperCase(), updatedAt: Date.now() };

    // ... remaining cases unchanged

    default:
      return state;
  }
}
''')

ph("router_routes_array_bare_ellipsis.ts", r'''
import { Routes } from '@angular/router';
import { AuthGuard } from './core/auth.guard';
import { HomeComponent } from './home/home.component';
import { NotFoundComponent } from './shared/not-found.component';

export const routes: Routes = [
  { path: '', component: HomeComponent, pathMatch: 'full' },
  {
    path: 'reports',
    canActivate: [AuthGuard],
    loadChildren: () => import('./reports/reports.routes').then((m) => m.REPORT_ROUTES),
  },
  { path: '**', component: NotFoundComponent },
  ...
];
''', parses=False)

ph("server_config_object_ellipsis_member.ts", r'''
import { z } from 'zod';

const EnvSchema = z.object({
  PORT: z.coerce.number().default(3000),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  DATABASE_URL: z.string().url(),
});

const env = EnvSchema.parse(process.env);

export const config = {
  port: env.PORT,
  logLevel: env.LOG_LEVEL,
  database: {
    url: env.DATABASE_URL,
    poolSize: 10,
  },
  ...,
  shutdownTimeoutMs: 15_000,
} as const;

export type AppConfig = typeof config;
''', parses=False)

ph("error_codes_enum_tail.ts", r'''
/**
 * Error codes returned in the `code` field of API error payloads.
 * Keep in sync with docs/errors.md.
 */
export enum ErrorCode {
  Unknown = 'E0000',
  ValidationFailed = 'E1001',
  MissingField = 'E1002',
  Unauthorized = 'E2001',
  Forbidden = 'E2003',
  NotFound = 'E3004',
  RateLimited = 'E4029',
  /* ... more error codes ... */
}

export function isClientError(code: ErrorCode): boolean {
  return code.startsWith('E1') || code.startsWith('E2') || code.startsWith('E3');
}

export function httpStatusFor(code: ErrorCode): number {
  if (code === ErrorCode.Unauthorized) return 401;
  if (code === ErrorCode.Forbidden) return 403;
  if (code === ErrorCode.NotFound) return 404;
  if (code === ErrorCode.RateLimited) return 429;
  return isClientError(code) ? 400 : 500;
}
''')

ph("express_app_middleware_same_line.ts", r'''
import express from 'express';
import cors from 'cors';
import helmet from 'helmet';
import { requestId } from './middleware/requestId';
import { apiRouter } from './routes';
import { errorHandler } from './middleware/errorHandler';

export function createApp() {
  const app = express();

  app.disable('x-powered-by');
  app.use(helmet());
  app.use(cors({ origin: process.env.CORS_ORIGIN?.split(',') ?? false })); // ... other middleware
  app.use(express.json({ limit: '1mb' }));
  app.use(requestId());

  app.get('/healthz', (_req, res) => res.json({ ok: true }));
  app.use('/api/v1', apiRouter);

  app.use(errorHandler);
  return app;
}
''')

ph("zod_signup_schema_rest.ts", r'''
import { z } from 'zod';

export const passwordSchema = z
  .string()
  .min(12, 'Password must be at least 12 characters')
  .regex(/[A-Z]/, 'Password needs an uppercase letter')
  .regex(/[0-9]/, 'Password needs a digit');

export const signupSchema = z
  .object({
    email: z.string().email(),
    password: passwordSchema,
    confirmPassword: z.string(),
    acceptTerms: z.literal(true),
    // rest of the schema stays the same
  })
  .refine((d) => d.password === d.confirmPassword, {
    message: 'Passwords do not match',
    path: ['confirmPassword'],
  });

export type SignupInput = z.infer<typeof signupSchema>;
''')

ph("debounce_util_todo_body.ts", r'''
export type AnyFn = (...args: any[]) => void;

export function throttle<F extends AnyFn>(fn: F, waitMs: number): F {
  let last = 0;
  return function (this: unknown, ...args: Parameters<F>) {
    const now = Date.now();
    if (now - last >= waitMs) {
      last = now;
      fn.apply(this, args);
    }
  } as F;
}

export function debounce<F extends AnyFn>(fn: F, waitMs: number, leading = false): F {
  // TODO: implement
}

export function once<F extends AnyFn>(fn: F): F {
  let called = false;
  return function (this: unknown, ...args: Parameters<F>) {
    if (called) return;
    called = true;
    fn.apply(this, args);
  } as F;
}
''')

ph("graphql_resolvers_mutation_map.ts", r'''
import type { Resolvers } from './generated/graphql';
import { requireUser } from './auth';

export const resolvers: Resolvers = {
  Query: {
    me: (_parent, _args, ctx) => requireUser(ctx),
    project: (_parent, { id }, ctx) => ctx.loaders.project.load(id),
    projects: async (_parent, { first, after }, ctx) => {
      const user = requireUser(ctx);
      return ctx.db.projects.paginate({ ownerId: user.id, first, after });
    },
  },
  Mutation: {
    // ...existing mutation resolvers
  },
  Project: {
    owner: (project, _args, ctx) => ctx.loaders.user.load(project.ownerId),
    members: (project, _args, ctx) => ctx.loaders.membersByProject.load(project.id),
  },
};
''')

ph("imports_unchanged_top_of_file.ts", r'''
// ... (imports unchanged)

const MAX_ATTEMPTS = 5;

export async function syncInventory(client: WarehouseClient, logger: Logger): Promise<SyncResult> {
  let attempt = 0;
  while (attempt < MAX_ATTEMPTS) {
    attempt += 1;
    try {
      const snapshot = await client.fetchSnapshot();
      const changed = diffInventory(await loadLocal(), snapshot);
      await applyChanges(changed);
      logger.info({ changed: changed.length, attempt }, 'inventory synced');
      return { ok: true, changed: changed.length };
    } catch (err) {
      logger.warn({ err, attempt }, 'inventory sync failed, retrying');
      await sleep(2 ** attempt * 250);
    }
  }
  return { ok: false, changed: 0 };
}
''')

ph("date_utils_spec_cases_omitted.ts", r'''
import { describe, it, expect } from 'vitest';
import { addBusinessDays, isWeekend } from '../src/dateUtils';

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
    expect(addBusinessDays(new Date('2024-06-07'), 1)).toEqual(new Date('2024-06-10'));
  });

  // [other test cases omitted for brevity]
});
''')

ph("store_slice_bare_ellipsis_line.ts", r'''
import { createSlice, type PayloadAction } from '@reduxjs/toolkit';

interface Notification {
  id: string;
  message: string;
  read: boolean;
}

interface NotificationsState {
  items: Notification[];
  unread: number;
}

const initialState: NotificationsState = { items: [], unread: 0 };

export const notificationsSlice = createSlice({
  name: 'notifications',
  initialState,
  reducers: {
    received(state, action: PayloadAction<Notification>) {
      state.items.unshift(action.payload);
      state.unread += 1;
    },
    markAllRead(state) {
      ...
    },
  },
});

export const { received, markAllRead } = notificationsSlice.actions;
export default notificationsSlice.reducer;
''', parses=False)

ph("prisma_order_service_lines_note.ts", r'''
import { Injectable, NotFoundException } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
import type { CreateOrderDto } from './dto/create-order.dto';

@Injectable()
export class OrderService {
  constructor(private readonly prisma: PrismaService) {}

  async findOne(id: string) {
    const order = await this.prisma.order.findUnique({
      where: { id },
      include: { lines: true, customer: true },
    });
    if (!order) throw new NotFoundException(`Order ${id} not found`);
    return order;
  }

  // lines 45-120 unchanged

  async cancel(id: string, reason: string) {
    await this.findOne(id);
    return this.prisma.order.update({
      where: { id },
      data: { status: 'CANCELLED', cancelReason: reason, cancelledAt: new Date() },
    });
  }
}
''')

ph("angular_module_providers_inline.ts", r'''
import { NgModule } from '@angular/core';
import { BrowserModule } from '@angular/platform-browser';
import { HTTP_INTERCEPTORS, HttpClientModule } from '@angular/common/http';
import { AppComponent } from './app.component';
import { AppRoutingModule } from './app-routing.module';
import { AuthInterceptor } from './core/auth.interceptor';
import { AuthGuard } from './core/auth.guard';

@NgModule({
  declarations: [AppComponent],
  imports: [BrowserModule, HttpClientModule, AppRoutingModule],
  providers: [
    AuthGuard,
    { provide: HTTP_INTERCEPTORS, useClass: AuthInterceptor, multi: true },
    /* ...existing providers */
  ],
  bootstrap: [AppComponent],
})
export class AppModule {}
''')

ph("process_env_declaration_more.ts", r'''
export {};

declare global {
  namespace NodeJS {
    interface ProcessEnv {
      NODE_ENV: 'development' | 'test' | 'production';
      DATABASE_URL: string;
      REDIS_URL: string;
      SESSION_SECRET: string;
      // … other env vars
    }
  }
}

export function requireEnv(name: keyof NodeJS.ProcessEnv): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`Missing required environment variable ${name}`);
  }
  return value;
}
''')

ph("payment_class_constructor_remains.ts", r'''
import Stripe from 'stripe';
import type { Logger } from 'pino';

export class PaymentGateway {
  private readonly stripe: Stripe;
  private readonly webhookSecret: string;

  constructor(apiKey: string, webhookSecret: string, private readonly logger: Logger) {
    // constructor remains the same
  }

  async createIntent(amountCents: number, currency: string, customerId: string) {
    this.logger.debug({ amountCents, currency }, 'creating payment intent');
    return this.stripe.paymentIntents.create({
      amount: amountCents,
      currency,
      customer: customerId,
      automatic_payment_methods: { enabled: true },
    });
  }

  verifyWebhook(payload: Buffer, signature: string): Stripe.Event {
    return this.stripe.webhooks.constructEvent(payload, signature, this.webhookSecret);
  }
}
''')

ph("queue_worker_rest_of_file.ts", r'''
import { Worker, type Job } from 'bullmq';
import { connection } from './redis';
import { sendEmail } from './mailer';

type EmailJob = { to: string; template: string; vars: Record<string, string> };

export const emailWorker = new Worker<EmailJob>(
  'email',
  async (job: Job<EmailJob>) => {
    const { to, template, vars } = job.data;
    await sendEmail(to, template, vars);
    return { deliveredAt: new Date().toISOString() };
  },
  { connection, concurrency: 5 },
);

emailWorker.on('failed', (job, err) => {
  console.error(`email job ${job?.id} failed: ${err.message}`);
});

// (rest of file)
''')
