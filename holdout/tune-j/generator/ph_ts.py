"""placeholder / TypeScript (40 files, 10 syntax-breaking)."""
from common import P

FILES = [
P("src/orders/orders.controller.ts",
  "controller stops after findOne; the update/remove endpoints are elided ({L}) while Patch, Delete and UpdateOrderDto are imported for them and left unused",
  r'''
import {
  Body,
  Controller,
  Delete,
  Get,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  UseGuards,
} from '@nestjs/common';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { CreateOrderDto } from './dto/create-order.dto';
import { UpdateOrderDto } from './dto/update-order.dto';
import { ListOrdersQuery } from './dto/list-orders.query';
import { OrdersService } from './orders.service';

@Controller('orders')
@UseGuards(JwtAuthGuard)
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @Post()
  create(@Body() dto: CreateOrderDto) {
    return this.orders.create(dto);
  }

  @Get()
  findAll(@Query() query: ListOrdersQuery) {
    return this.orders.findAll(query);
  }

  @Get(':id')
  findOne(@Param('id', ParseUUIDPipe) id: string) {
    return this.orders.findOne(id);
  }

§  // update() and remove() endpoints: same decorator pattern as findOne,
§  // with @Patch(':id') + UpdateOrderDto and @Delete(':id')
}
'''),

P("src/orders/orders.service.ts",
  "a bare `...` class member ({L}) stands in for findOne/update/remove (the private getOrThrow helper is left unused); `...` is not a valid class member",
  r'''
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Order } from './entities/order.entity';
import { CreateOrderDto } from './dto/create-order.dto';
import { ListOrdersQuery } from './dto/list-orders.query';

@Injectable()
export class OrdersService {
  constructor(
    @InjectRepository(Order)
    private readonly repo: Repository<Order>,
  ) {}

  async create(dto: CreateOrderDto): Promise<Order> {
    const order = this.repo.create({ ...dto, status: 'pending' });
    return this.repo.save(order);
  }

  async findAll({ page = 1, pageSize = 20, status }: ListOrdersQuery) {
    const [items, total] = await this.repo.findAndCount({
      where: status ? { status } : {},
      order: { createdAt: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items, total, page, pageSize };
  }

§  ...rest of the service methods

  private async getOrThrow(id: string): Promise<Order> {
    const order = await this.repo.findOneBy({ id });
    if (!order) throw new NotFoundException(`Order ${id} not found`);
    return order;
  }
}
''', breaks=True),

P("src/app/api/users/route.ts",
  "POST handler's parsing/validation/insert is elided ({L}); `user` is returned at {@NextResponse.json(user, } but never declared",
  r'''
import { NextRequest, NextResponse } from 'next/server';
import { z } from 'zod';
import { db } from '@/lib/db';
import { auth } from '@/lib/auth';

const createUserSchema = z.object({
  email: z.string().email(),
  name: z.string().min(1).max(120),
  role: z.enum(['admin', 'member']).default('member'),
});

export async function GET(req: NextRequest) {
  const session = await auth();
  if (!session) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });

  const search = req.nextUrl.searchParams.get('q') ?? '';
  const users = await db.user.findMany({
    where: { name: { contains: search, mode: 'insensitive' } },
    take: 50,
  });
  return NextResponse.json(users);
}

export async function POST(req: NextRequest) {
  const session = await auth();
  if (session?.user.role !== 'admin') {
    return NextResponse.json({ error: 'forbidden' }, { status: 403 });
  }

§  // body parsing + createUserSchema.safeParse + db.user.create —
§  // identical to the pages/api version, only the response helpers changed

  return NextResponse.json(user, { status: 201 });
}
'''),

P("src/components/DataTable.tsx",
  "the table body is replaced by a bare `{...}` JSX expression ({L}); the rows/cells rendering is missing and `{...}` does not parse",
  r'''
import { useMemo, useState } from 'react';

export interface Column<T> {
  key: keyof T & string;
  header: string;
  render?: (row: T) => React.ReactNode;
  sortable?: boolean;
}

interface DataTableProps<T> {
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  emptyText?: string;
}

export function DataTable<T>({ rows, columns, rowKey, emptyText = 'Nothing here' }: DataTableProps<T>) {
  const [sortBy, setSortBy] = useState<keyof T | null>(null);
  const [asc, setAsc] = useState(true);

  const sorted = useMemo(() => {
    if (!sortBy) return rows;
    return [...rows].sort((a, b) => {
      const r = String(a[sortBy]).localeCompare(String(b[sortBy]));
      return asc ? r : -r;
    });
  }, [rows, sortBy, asc]);

  if (rows.length === 0) return <p className="muted">{emptyText}</p>;

  return (
    <table>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key} onClick={() => c.sortable && (setSortBy(c.key), setAsc(sortBy === c.key ? !asc : true))}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
§        {...}
      </tbody>
    </table>
  );
}
''', breaks=True),

P("src/hooks/useAuth.tsx",
  "the context value built in AuthProvider omits logout and refresh ({L}) which AuthContextValue declares and consumers call",
  r'''
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { api } from '../lib/api';

export interface User {
  id: string;
  email: string;
  roles: string[];
}

interface AuthContextValue {
  user: User | null;
  login: (email: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
  refresh: () => Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);

  const login = useCallback(async (email: string, password: string) => {
    const { data } = await api.post<{ user: User }>('/auth/login', { email, password });
    setUser(data.user);
  }, []);

  const value = useMemo(
    () => ({
      user,
      login,
§      /* logout + refresh omitted — they mirror login, hitting /auth/logout
§         and /auth/refresh respectively */
    }),
    [user, login],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth() {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth must be used inside <AuthProvider>');
  return { ...ctx, isAdmin: ctx.user?.roles.includes('admin') ?? false };
}
'''),

P("src/types/api.ts",
  "the Order interface ends in a bare `...` line ({L}) standing for the remaining fields (customer, items, totals) that OrderSummary picks; not valid TypeScript",
  r'''
export type OrderStatus = 'pending' | 'paid' | 'shipped' | 'cancelled' | 'refunded';

export interface Money {
  amount: number;
  currency: string;
}

export interface Address {
  line1: string;
  line2?: string;
  city: string;
  postcode: string;
  country: string;
}

export interface Order {
  id: string;
  status: OrderStatus;
  createdAt: string;
§  ... // customer, items, totals
}

export type OrderSummary = Pick<Order, 'id' | 'status' | 'total' | 'customer'>;

export interface Paginated<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export type OrdersResponse = Paginated<OrderSummary>;
''', breaks=True),

P("src/store/slices/userSlice.ts",
  "extraReducers only handles fetchUser.pending; the fulfilled/rejected cases are elided ({L}) so status never leaves 'loading'",
  r'''
import { createAsyncThunk, createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { RootState } from '../index';
import { getUser, type UserDto } from '../../api/users';

interface UserState {
  current: UserDto | null;
  status: 'idle' | 'loading' | 'succeeded' | 'failed';
  error: string | null;
}

const initialState: UserState = { current: null, status: 'idle', error: null };

export const fetchUser = createAsyncThunk('user/fetch', async (id: string) => {
  return getUser(id);
});

const userSlice = createSlice({
  name: 'user',
  initialState,
  reducers: {
    clearUser(state) {
      state.current = null;
      state.status = 'idle';
    },
    setDisplayName(state, action: PayloadAction<string>) {
      if (state.current) state.current.displayName = action.payload;
    },
  },
  extraReducers: (builder) => {
    builder
      .addCase(fetchUser.pending, (state) => {
        state.status = 'loading';
        state.error = null;
      });
§      // .addCase(fetchUser.fulfilled …) / .addCase(fetchUser.rejected …) chain continues as before
  },
});

export const { clearUser, setDisplayName } = userSlice.actions;
export const selectUser = (state: RootState) => state.user.current;
export default userSlice.reducer;
'''),

P("prisma/seed.ts",
  "a lone `…` line ({L}) replaces the creation of the demo projects, which the membership loop below iterates; `…` is an invalid character in TypeScript",
  r'''
import { PrismaClient, Role } from '@prisma/client';
import { hash } from 'bcryptjs';

const prisma = new PrismaClient();

async function main() {
  const passwordHash = await hash('demo1234', 10);

  const admin = await prisma.user.upsert({
    where: { email: 'admin@example.com' },
    update: {},
    create: { email: 'admin@example.com', name: 'Admin', role: Role.ADMIN, passwordHash },
  });

  const members = await Promise.all(
    ['ana', 'ben', 'chen'].map((name) =>
      prisma.user.create({
        data: { email: `${name}@example.com`, name, role: Role.MEMBER, passwordHash },
      }),
    ),
  );

§  … (create the demo projects like the users above)

  for (const project of projects) {
    await prisma.membership.createMany({
      data: [admin, ...members].map((u) => ({ userId: u.id, projectId: project.id })),
    });
  }
}

main()
  .then(() => prisma.$disconnect())
  .catch(async (e) => {
    console.error(e);
    await prisma.$disconnect();
    process.exit(1);
  });
''', breaks=True),

P("src/server.ts",
  "plugin registration stops after fastify-sensible ({L}); cors, helmet and swagger are never registered although app.swagger() is called on ready",
  r'''
import Fastify from 'fastify';
import sensible from '@fastify/sensible';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import { healthRoutes } from './routes/health';
import { invoiceRoutes } from './routes/invoices';

export async function buildServer() {
  const app = Fastify({
    logger: { level: process.env.LOG_LEVEL ?? 'info' },
    trustProxy: true,
  });

  await app.register(sensible);
§  // register the remaining plugins (cors, helmet, swagger) in the same order
§  // as before; swagger has to come before the routes

  await app.register(healthRoutes);
  await app.register(invoiceRoutes, { prefix: '/invoices' });

  app.addHook('onReady', async () => {
    const spec = app.swagger();
    app.log.info({ paths: Object.keys(spec.paths ?? {}).length }, 'openapi ready');
  });

  return app;
}

if (require.main === module) {
  buildServer()
    .then((app) => app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' }))
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
'''),

P("src/components/Navbar.tsx",
  "menuOpen state is toggled nowhere: the mobile menu toggle button is elided by a JSX comment ({L}) so the mobile menu can never open",
  r'''
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useState } from 'react';
import clsx from 'clsx';

const LINKS = [
  { href: '/', label: 'Home' },
  { href: '/pricing', label: 'Pricing' },
  { href: '/docs', label: 'Docs' },
  { href: '/blog', label: 'Blog' },
];

export function Navbar() {
  const pathname = usePathname();
  const [menuOpen, setMenuOpen] = useState(false);

  return (
    <header className="navbar">
      <Link href="/" className="navbar__brand">
        Acme
      </Link>
§      {/* mobile menu toggle — unchanged */}
      <nav className={clsx('navbar__links', menuOpen && 'navbar__links--open')}>
        {LINKS.map((link) => (
          <Link
            key={link.href}
            href={link.href}
            className={clsx(pathname === link.href && 'active')}
            onClick={() => setMenuOpen(false)}
          >
            {link.label}
          </Link>
        ))}
      </nav>
    </header>
  );
}
'''),

P("src/app/dashboard/page.tsx",
  "revenue and recentOrders are fetched but the sections rendering them are elided ({L})",
  r'''
import { Suspense } from 'react';
import { redirect } from 'next/navigation';
import { getSession } from '@/lib/session';
import { getRevenueSeries, getRecentOrders, getKpis } from '@/lib/queries';
import { KpiGrid } from '@/components/kpi-grid';
import { PageTitle } from '@/components/page-title';

export const dynamic = 'force-dynamic';

export default async function DashboardPage() {
  const session = await getSession();
  if (!session) redirect('/login');

  const [kpis, revenue, recentOrders] = await Promise.all([
    getKpis(session.orgId),
    getRevenueSeries(session.orgId, { days: 30 }),
    getRecentOrders(session.orgId, { limit: 10 }),
  ]);

  return (
    <div className="space-y-8">
      <PageTitle>Dashboard</PageTitle>
      <KpiGrid items={kpis} />
      <Suspense fallback={<p>Loading…</p>}>
§        {/* <RevenueChart data={revenue} /> and <RecentOrders orders={recentOrders} />
§            sections go here; markup is the same as on the old /overview page */}
      </Suspense>
    </div>
  );
}
'''),

P("src/cache/cache.service.ts",
  "invalidatePrefix()'s SCAN/UNLINK loop is elided ({L1}) and it always returns 0; onModuleDestroy also only holds a comment ({L2}) so the redis connection is never closed",
  r'''
import { Injectable, OnModuleDestroy, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import Redis from 'ioredis';

@Injectable()
export class CacheService implements OnModuleDestroy {
  private readonly logger = new Logger(CacheService.name);
  private readonly redis: Redis;

  constructor(config: ConfigService) {
    this.redis = new Redis(config.getOrThrow<string>('REDIS_URL'), {
      maxRetriesPerRequest: 2,
      lazyConnect: false,
    });
  }

  async getJson<T>(key: string): Promise<T | null> {
    const raw = await this.redis.get(key);
    return raw ? (JSON.parse(raw) as T) : null;
  }

  async setJson(key: string, value: unknown, ttlSeconds = 300): Promise<void> {
    await this.redis.set(key, JSON.stringify(value), 'EX', ttlSeconds);
  }

  async invalidatePrefix(prefix: string): Promise<number> {
§    // SCAN + UNLINK loop from the previous implementation
    return 0;
  }

  async onModuleDestroy() {
§    // existing code here
  }
}
'''),

P("src/utils/retry.ts",
  "the elision comment on {L} swallows the closing brace of the delay computation block so the function is never closed",
  r'''
export interface RetryOptions {
  retries?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  shouldRetry?: (err: unknown, attempt: number) => boolean;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function retry<T>(fn: () => Promise<T>, opts: RetryOptions = {}): Promise<T> {
  const { retries = 3, baseDelayMs = 200, maxDelayMs = 5_000, shouldRetry = () => true } = opts;
  let attempt = 0;

  for (;;) {
    try {
      return await fn();
    } catch (err) {
      attempt += 1;
      if (attempt > retries || !shouldRetry(err, attempt)) {
        throw err;
      }
      const delay = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
§      // jitter + backoff calculation unchanged }
      await sleep(delay);
    }
  }

export const retryFetch = (input: RequestInfo, init?: RequestInit) =>
  retry(() => fetch(input, init).then((r) => (r.ok ? r : Promise.reject(r))));
''', breaks=True),

P("server/main.ts",
  "the route switch handles only GET /health; the /notes cases are elided ({L}) though listNotes/createNote are imported for them",
  r'''
import { listNotes, createNote } from './notes.ts';
import { json, notFound } from './http.ts';

const port = Number(Deno.env.get('PORT') ?? 8000);

async function handler(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const route = `${req.method} ${url.pathname}`;

  switch (route) {
    case 'GET /health':
      return json({ ok: true, version: Deno.env.get('APP_VERSION') ?? 'dev' });
§    /* 'GET /notes' and 'POST /notes' go here — they call listNotes()/createNote()
§       exactly like before; nothing else changed in this file */
    default:
      return notFound(url.pathname);
  }
}

Deno.serve({ port, onListen: ({ hostname, port }) => console.log(`http://${hostname}:${port}`) }, async (req) => {
  try {
    return await handler(req);
  } catch (err) {
    console.error(err);
    return json({ error: 'internal' }, 500);
  }
});
'''),

P("src/index.ts",
  "websocket message() handler body is only an elision comment ({L}); chat messages are neither validated nor broadcast to the room",
  r'''
import { verify } from './auth';
import { roomFor, type ChatMessage } from './rooms';

type SocketData = { userId: string; room: string };

const server = Bun.serve<SocketData>({
  port: Number(process.env.PORT ?? 3001),
  async fetch(req, server) {
    const url = new URL(req.url);
    if (url.pathname !== '/ws') {
      return new Response('not found', { status: 404 });
    }
    const token = url.searchParams.get('token');
    const userId = token ? await verify(token) : null;
    if (!userId) return new Response('unauthorized', { status: 401 });

    const room = roomFor(url.searchParams.get('room'));
    if (server.upgrade(req, { data: { userId, room } })) return undefined;
    return new Response('upgrade failed', { status: 400 });
  },
  websocket: {
    open(ws) {
      ws.subscribe(ws.data.room);
      server.publish(ws.data.room, JSON.stringify({ type: 'join', userId: ws.data.userId }));
    },
    message(ws, raw) {
§      // broadcast logic from the previous version (parse -> ChatMessage, publish to ws.data.room)
    },
    close(ws) {
      ws.unsubscribe(ws.data.room);
      server.publish(ws.data.room, JSON.stringify({ type: 'leave', userId: ws.data.userId }));
    },
  },
});

console.log(`ws server on :${server.port}`);
'''),

P("src/app/app.routes.ts",
  "the lazy admin and reports routes are elided ({L}); adminGuard is imported for them but unused",
  r'''
import { Routes } from '@angular/router';
import { authGuard } from './core/auth.guard';
import { adminGuard } from './core/admin.guard';
import { ShellComponent } from './layout/shell.component';

export const routes: Routes = [
  {
    path: 'login',
    loadComponent: () => import('./auth/login.component').then((m) => m.LoginComponent),
  },
  {
    path: '',
    component: ShellComponent,
    canActivate: [authGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'home' },
      {
        path: 'home',
        loadComponent: () => import('./home/home.component').then((m) => m.HomeComponent),
      },
§      // …lazy routes for admin (canMatch: [adminGuard]) and reports,
§      // using the same loadComponent/loadChildren pattern as home
    ],
  },
  { path: '**', redirectTo: '' },
];
'''),

P("src/app/users/user-list.component.ts",
  "ngOnInit elides the paginator/sort wiring ({L}); `this.sort` and `this.paginator` are queried but never connected to the data source",
  r'''
import { AfterViewInit, Component, OnInit, ViewChild, inject } from '@angular/core';
import { MatPaginator } from '@angular/material/paginator';
import { MatSort } from '@angular/material/sort';
import { MatTableDataSource } from '@angular/material/table';
import { UsersService, type UserRow } from '../core/users.service';

@Component({
  selector: 'app-user-list',
  templateUrl: './user-list.component.html',
  styleUrls: ['./user-list.component.scss'],
})
export class UserListComponent implements OnInit, AfterViewInit {
  private readonly users = inject(UsersService);

  displayedColumns = ['name', 'email', 'role', 'createdAt'];
  dataSource = new MatTableDataSource<UserRow>([]);
  loading = true;

  @ViewChild(MatPaginator) paginator!: MatPaginator;
  @ViewChild(MatSort) sort!: MatSort;

  ngOnInit(): void {
    this.users.list().subscribe((rows) => {
      this.dataSource.data = rows;
      this.loading = false;
    });
  }

  ngAfterViewInit(): void {
§    // (rest unchanged)
  }

  applyFilter(value: string): void {
    this.dataSource.filter = value.trim().toLowerCase();
    this.paginator?.firstPage();
  }
}
'''),

P("src/app/core/api.service.ts",
  "handleError is passed to catchError in every request but its body is only an elision comment ({L}); it returns undefined instead of an Observable",
  r'''
import { Injectable, inject } from '@angular/core';
import { HttpClient, HttpErrorResponse, HttpParams } from '@angular/common/http';
import { Observable, throwError, catchError, retry } from 'rxjs';
import { environment } from '../../environments/environment';

@Injectable({ providedIn: 'root' })
export class ApiService {
  private readonly http = inject(HttpClient);
  private readonly base = environment.apiUrl;

  get<T>(path: string, params?: Record<string, string | number>): Observable<T> {
    return this.http
      .get<T>(`${this.base}${path}`, { params: new HttpParams({ fromObject: params ?? {} }) })
      .pipe(retry(1), catchError(this.handleError));
  }

  post<T>(path: string, body: unknown): Observable<T> {
    return this.http.post<T>(`${this.base}${path}`, body).pipe(catchError(this.handleError));
  }

  delete<T>(path: string): Observable<T> {
    return this.http.delete<T>(`${this.base}${path}`).pipe(catchError(this.handleError));
  }

  private handleError(error: HttpErrorResponse): Observable<never> {
§    /* logging + the user-facing message mapping stay exactly as in the
§       current api.service.ts; return throwError(() => ...) at the end */
  }
}
'''),

P("src/pages/api/webhooks/stripe.ts",
  "the customer.subscription.* cases are elided ({L}) although syncSubscription is imported for them; subscription changes are silently ignored",
  r'''
import type { NextApiRequest, NextApiResponse } from 'next';
import Stripe from 'stripe';
import { buffer } from 'micro';
import { markInvoicePaid, syncSubscription } from '@/server/billing';

export const config = { api: { bodyParser: false } };

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-06-20' });

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();

  let event: Stripe.Event;
  try {
    const sig = req.headers['stripe-signature'] as string;
    event = stripe.webhooks.constructEvent(await buffer(req), sig, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${(err as Error).message}`);
  }

  switch (event.type) {
    case 'invoice.paid':
      await markInvoicePaid(event.data.object as Stripe.Invoice);
      break;
§    // customer.subscription.created/updated/deleted cases — identical to
§    // what you already have in the Express webhook
    default:
      break;
  }

  res.json({ received: true });
}
'''),

P("src/components/form/TextField.tsx",
  "the props interface elides the remaining field props ({L}); helperText and error are destructured and rendered but never declared",
  r'''
import { forwardRef, useId, type InputHTMLAttributes } from 'react';
import clsx from 'clsx';
import styles from './TextField.module.css';

export interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
§  // …rest of the code unchanged
}

export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { label, helperText, error, size = 'md', className, id, ...rest },
  ref,
) {
  const autoId = useId();
  const inputId = id ?? autoId;
  const describedBy = helperText || error ? `${inputId}-desc` : undefined;

  return (
    <div className={clsx(styles.field, styles[size], error && styles.invalid, className)}>
      <label htmlFor={inputId}>{label}</label>
      <input ref={ref} id={inputId} aria-invalid={!!error} aria-describedby={describedBy} {...rest} />
      {describedBy && (
        <p id={describedBy} className={styles.help}>
          {error ?? helperText}
        </p>
      )}
    </div>
  );
});
'''),

P("test/invoices.service.spec.ts",
  "the testing module's providers list is elided ({L}) so InvoicesService and its repository mock are never provided, yet `service` and `repo` are resolved from it",
  r'''
import { Test } from '@nestjs/testing';
import { getRepositoryToken } from '@nestjs/typeorm';
import { InvoicesService } from '../src/invoices/invoices.service';
import { Invoice } from '../src/invoices/invoice.entity';

describe('InvoicesService', () => {
  let service: InvoicesService;
  let repo: { findOneBy: jest.Mock; save: jest.Mock };

  beforeEach(async () => {
    const moduleRef = await Test.createTestingModule({
      providers: [
§        /* providers: same mocks as in the controller spec */
      ],
    }).compile();

    service = moduleRef.get(InvoicesService);
    repo = moduleRef.get(getRepositoryToken(Invoice));
  });

  it('marks an open invoice as paid', async () => {
    repo.findOneBy.mockResolvedValue({ id: 'inv_1', status: 'open' });
    repo.save.mockImplementation(async (i) => i);

    const result = await service.markPaid('inv_1');

    expect(result.status).toBe('paid');
    expect(repo.save).toHaveBeenCalledWith(expect.objectContaining({ status: 'paid' }));
  });

  it('refuses to pay a void invoice', async () => {
    repo.findOneBy.mockResolvedValue({ id: 'inv_2', status: 'void' });
    await expect(service.markPaid('inv_2')).rejects.toThrow('cannot pay a void invoice');
  });
});
'''),

P("src/config/env.ts",
  "the env schema elides DATABASE_URL, REDIS_URL and the SMTP block ({L}) although env.DATABASE_URL and env.SMTP_HOST are read further down",
  r'''
import { z } from 'zod';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().positive().default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
  JWT_SECRET: z.string().min(32),
§  // DATABASE_URL, REDIS_URL and the SMTP_* block go here unchanged
});

const parsed = schema.safeParse(process.env);

if (!parsed.success) {
  console.error('Invalid environment:', parsed.error.flatten().fieldErrors);
  process.exit(1);
}

export const env = parsed.data;

export const dbConfig = {
  url: env.DATABASE_URL,
  poolSize: env.NODE_ENV === 'production' ? 20 : 5,
};

export const mailConfig = {
  host: env.SMTP_HOST,
  port: env.SMTP_PORT,
  secure: env.SMTP_PORT === 465,
};
'''),

P("vite.config.ts",
  "server.proxy is elided ({L}); `target` (from API_PROXY_TARGET) is computed for it but never used",
  r'''
import { defineConfig, loadEnv } from 'vite';
import vue from '@vitejs/plugin-vue';
import { fileURLToPath, URL } from 'node:url';

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '');
  const target = env.API_PROXY_TARGET || 'http://localhost:8080';

  return {
    plugins: [vue()],
    resolve: {
      alias: {
        '@': fileURLToPath(new URL('./src', import.meta.url)),
      },
    },
    server: {
      port: 5173,
      strictPort: true,
§      // proxy: { '/api': ..., '/socket.io': ... } — lift it from your old vue.config.js
    },
    build: {
      sourcemap: mode !== 'production',
      rollupOptions: {
        output: {
          manualChunks: { vendor: ['vue', 'vue-router', 'pinia'] },
        },
      },
    },
  };
});
'''),

P("src/components/Tabs.tsx",
  "the TabPanel element carries a bare `...` attribute ({L}) in place of the id/aria props; `...` without braces is not a valid JSX attribute",
  r'''
import { useId, useState, type ReactNode } from 'react';

export interface TabItem {
  key: string;
  label: string;
  content: ReactNode;
}

function TabPanel({ id, labelledBy, hidden, children }: { id: string; labelledBy: string; hidden: boolean; children: ReactNode }) {
  return (
    <div role="tabpanel" id={id} aria-labelledby={labelledBy} hidden={hidden}>
      {children}
    </div>
  );
}

export function Tabs({ items, initial }: { items: TabItem[]; initial?: string }) {
  const baseId = useId();
  const [active, setActive] = useState(initial ?? items[0]?.key);

  return (
    <div className="tabs">
      <div role="tablist">
        {items.map((item) => (
          <button
            key={item.key}
            role="tab"
            id={`${baseId}-tab-${item.key}`}
            aria-selected={active === item.key}
            onClick={() => setActive(item.key)}
          >
            {item.label}
          </button>
        ))}
      </div>
      {items.map((item) => (
§        <TabPanel key={item.key} hidden={active !== item.key} ... >
          {item.content}
        </TabPanel>
      ))}
    </div>
  );
}
''', breaks=True),

P("src/jobs/email.queue.ts",
  "the worker's processor elides the per-template branches ({L}); renderDigest/renderInvoice are imported but `html` is never assigned before sendMail",
  r'''
import { Queue, Worker, type Job } from 'bullmq';
import IORedis from 'ioredis';
import { transporter } from '../mail/transporter';
import { renderDigest, renderInvoice } from '../mail/templates';

export type EmailJob =
  | { template: 'digest'; to: string; userId: string }
  | { template: 'invoice'; to: string; invoiceId: string };

const connection = new IORedis(process.env.REDIS_URL!, { maxRetriesPerRequest: null });

export const emailQueue = new Queue<EmailJob>('email', {
  connection,
  defaultJobOptions: { attempts: 5, backoff: { type: 'exponential', delay: 10_000 }, removeOnComplete: 1000 },
});

async function processor(job: Job<EmailJob>) {
  let html: string;
  let subject: string;

§  // one branch per job.data.template goes here: each one renders its template
§  // (renderDigest / renderInvoice) and sets `html` + `subject`. Same as the
§  // old cron-based sender, just moved into the worker.

  await transporter.sendMail({ to: job.data.to, subject, html });
  return { sentAt: new Date().toISOString() };
}

export const emailWorker = new Worker<EmailJob>('email', processor, { connection, concurrency: 5 });

emailWorker.on('failed', (job, err) => {
  console.error(`email job ${job?.id} failed after ${job?.attemptsMade} attempts`, err);
});
'''),

P("src/middleware.ts",
  "the exported config lost its matcher ({L}); the middleware now runs on every request including static assets and _next",
  r'''
import { NextResponse, type NextRequest } from 'next/server';
import { verifySession } from '@/lib/session-edge';

const PUBLIC_PATHS = ['/login', '/signup', '/forgot-password'];

export async function middleware(req: NextRequest) {
  const { pathname } = req.nextUrl;

  if (PUBLIC_PATHS.some((p) => pathname.startsWith(p))) {
    return NextResponse.next();
  }

  const token = req.cookies.get('session')?.value;
  const session = token ? await verifySession(token) : null;

  if (!session) {
    const url = req.nextUrl.clone();
    url.pathname = '/login';
    url.searchParams.set('next', pathname);
    return NextResponse.redirect(url);
  }

  const res = NextResponse.next();
  res.headers.set('x-user-id', session.userId);
  return res;
}

export const config = {
§  // matcher: keep the one from your current middleware.ts
§  // (the negative lookahead that skips _next/static, images and favicon.ico)
};
'''),

P("src/graphql/resolvers.ts",
  "the Mutation map ends with a `…` placeholder ({L}) in place of updatePost/deletePost which the schema declares; `…` is an invalid character",
  r'''
import type { Resolvers } from './generated/types';
import { GraphQLError } from 'graphql';

export const resolvers: Resolvers = {
  Query: {
    post: (_parent, { id }, { dataSources }) => dataSources.posts.findById(id),
    posts: (_parent, { first, after }, { dataSources }) =>
      dataSources.posts.list({ first: first ?? 20, after }),
    me: (_parent, _args, { user }) => user,
  },

  Mutation: {
    createPost: async (_parent, { input }, { user, dataSources }) => {
      if (!user) throw new GraphQLError('not authenticated', { extensions: { code: 'UNAUTHENTICATED' } });
      return dataSources.posts.create({ ...input, authorId: user.id });
    },
§    …updatePost, deletePost
  },

  Post: {
    author: (post, _args, { loaders }) => loaders.userById.load(post.authorId),
    commentCount: (post, _args, { dataSources }) => dataSources.comments.countFor(post.id),
  },
};
''', breaks=True),

P("src/users/user.entity.ts",
  "the column declarations after id are elided ({L}) but @Index(['email']) and the isAdmin getter (this.role) refer to them",
  r'''
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Post } from '../posts/post.entity';

@Entity({ name: 'users' })
@Index(['email'], { unique: true })
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

§  // @Column()s for email, displayName, passwordHash and role — omitted, they
§  // didn't change

  @OneToMany(() => Post, (post) => post.author)
  posts!: Post[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  get isAdmin(): boolean {
    return this.role === 'admin';
  }
}
'''),

P("src/store/index.ts",
  "the reducer map stops after auth ({L}); cartReducer and uiReducer are imported and RootState consumers read state.cart/state.ui",
  r'''
import { configureStore } from '@reduxjs/toolkit';
import { setupListeners } from '@reduxjs/toolkit/query';
import { TypedUseSelectorHook, useDispatch, useSelector } from 'react-redux';
import authReducer from './slices/authSlice';
import cartReducer from './slices/cartSlice';
import uiReducer from './slices/uiSlice';
import { api } from './api';

export const store = configureStore({
  reducer: {
    auth: authReducer,
    [api.reducerPath]: api.reducer,
§    // keep your other reducers
  },
  middleware: (getDefault) => getDefault().concat(api.middleware),
  devTools: process.env.NODE_ENV !== 'production',
});

setupListeners(store.dispatch);

export type RootState = ReturnType<typeof store.getState>;
export type AppDispatch = typeof store.dispatch;

export const useAppDispatch: () => AppDispatch = useDispatch;
export const useAppSelector: TypedUseSelectorHook<RootState> = useSelector;

export const selectCartCount = (state: RootState) => state.cart.items.length;
export const selectTheme = (state: RootState) => state.ui.theme;
'''),

P("src/cli/index.ts",
  "the pull command's action body is an inline `{ ... }` ({L}); a bare `...` inside a block is not valid TypeScript and the pull logic is missing",
  r'''
#!/usr/bin/env node
import { Command } from 'commander';
import { loadConfig } from './config';
import { push } from './push';
import { diffRemote } from './diff';
import pc from 'picocolors';

const program = new Command();

program
  .name('envsync')
  .description('sync .env files with the team vault')
  .version('0.4.0')
  .option('-c, --config <file>', 'config file', '.envsync.json');

program
  .command('push')
  .description('upload local values to the vault')
  .option('--force', 'overwrite remote values')
  .action(async (opts) => {
    const cfg = await loadConfig(program.opts().config);
    const changed = await push(cfg, { force: !!opts.force });
    console.log(pc.green(`pushed ${changed} key(s)`));
  });

program
  .command('pull')
  .description('download vault values into the local .env')
§  .action(async (opts) => { ... });

program
  .command('diff')
  .action(async () => {
    const cfg = await loadConfig(program.opts().config);
    for (const line of await diffRemote(cfg)) console.log(line);
  });

program.parseAsync().catch((err) => {
  console.error(pc.red(err.message));
  process.exit(1);
});
''', breaks=True),

P("src/utils/validators.ts",
  "isPhone and isPostcode are referenced in the `validators` map but their definitions are elided ({L})",
  r'''
export type Validator = (value: string) => string | null;

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const required: Validator = (value) =>
  value.trim().length > 0 ? null : 'This field is required';

export const isEmail: Validator = (value) =>
  EMAIL_RE.test(value) ? null : 'Enter a valid email address';

§/* isPhone and isPostcode: see the previous message, nothing changed there */

export const minLength =
  (n: number): Validator =>
  (value) =>
    value.length >= n ? null : `Must be at least ${n} characters`;

export const validators = {
  required,
  email: isEmail,
  phone: isPhone,
  postcode: isPostcode,
} satisfies Record<string, Validator>;

export function validate(value: string, rules: Validator[]): string | null {
  for (const rule of rules) {
    const error = rule(value);
    if (error) return error;
  }
  return null;
}
'''),

P("src/app/layout.tsx",
  "the font setup is elided ({L}); `inter` is used in the <html> className but never declared (Inter is imported)",
  r'''
import type { Metadata, Viewport } from 'next';
import { Inter } from 'next/font/google';
import { Toaster } from '@/components/ui/toaster';
import { Providers } from './providers';
import './globals.css';

§// next/font setup (const inter = Inter({...})) stays as it is in your layout

export const metadata: Metadata = {
  title: { default: 'Ledgerly', template: '%s · Ledgerly' },
  description: 'Invoices and expenses for small teams',
  metadataBase: new URL(process.env.NEXT_PUBLIC_APP_URL ?? 'http://localhost:3000'),
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0b0b0f' },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={inter.className} suppressHydrationWarning>
      <body>
        <Providers>
          {children}
          <Toaster />
        </Providers>
      </body>
    </html>
  );
}
'''),

P("src/components/Editor.tsx",
  "an `<existing toolbar buttons>` pseudo-tag ({L}) replaces the bold/italic/link buttons; it opens an element that is never closed so the TSX does not parse",
  r'''
import { useEditor, EditorContent } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import Link from '@tiptap/extension-link';
import Placeholder from '@tiptap/extension-placeholder';

interface EditorProps {
  value: string;
  onChange: (html: string) => void;
  placeholder?: string;
}

export function Editor({ value, onChange, placeholder = 'Write something…' }: EditorProps) {
  const editor = useEditor({
    extensions: [StarterKit, Link.configure({ openOnClick: false }), Placeholder.configure({ placeholder })],
    content: value,
    onUpdate: ({ editor }) => onChange(editor.getHTML()),
  });

  if (!editor) return null;

  return (
    <div className="editor">
      <div className="editor__toolbar" role="toolbar">
§        <existing toolbar buttons>
      </div>
      <EditorContent editor={editor} className="editor__content" />
    </div>
  );
}
''', breaks=True),

P("src/settings/settings.module.ts",
  "the providers list elides the two repositories with a bare `[...]` comment ({L}); SettingsService injects them, and exports references SettingsRepository which is no longer provided",
  r'''
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SettingsController } from './settings.controller';
import { SettingsService } from './settings.service';
import { SettingsRepository } from './settings.repository';
import { FeatureFlagRepository } from './feature-flag.repository';
import { Setting } from './setting.entity';
import { FeatureFlag } from './feature-flag.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Setting, FeatureFlag])],
  controllers: [SettingsController],
  providers: [
    SettingsService,
§    /* [...] */
  ],
  exports: [SettingsService, SettingsRepository],
})
export class SettingsModule {}
'''),

P("src/routes/todos/+page.server.ts",
  "the actions object defines `update` but the `delete` action used by the page's ?/delete form is elided ({L})",
  r'''
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/db';

export const load: PageServerLoad = async ({ locals }) => {
  if (!locals.user) throw redirect(303, '/login');
  const todos = await db.todo.findMany({
    where: { ownerId: locals.user.id },
    orderBy: { createdAt: 'asc' },
  });
  return { todos };
};

export const actions: Actions = {
  update: async ({ request, locals }) => {
    if (!locals.user) return fail(401);
    const data = await request.formData();
    const id = String(data.get('id'));
    const done = data.get('done') === 'on';
    await db.todo.update({ where: { id, ownerId: locals.user.id }, data: { done } });
    return { success: true };
  },
§  // the 'delete' action is the same as 'update' but calls db.todo.delete
};
'''),

P("supabase/functions/notify/index.ts",
  "the insert payload for the notifications row is elided inside the object literal ({L}); insert() receives an empty row",
  r'''
import { createClient } from 'npm:@supabase/supabase-js@2';

interface Payload {
  type: 'INSERT';
  table: string;
  record: { id: string; user_id: string; title: string; body: string };
}

const supabase = createClient(Deno.env.get('SUPABASE_URL')!, Deno.env.get('SUPABASE_SERVICE_ROLE_KEY')!);

Deno.serve(async (req) => {
  if (req.method !== 'POST') {
    return new Response('method not allowed', { status: 405 });
  }

  const payload = (await req.json()) as Payload;
  if (payload.table !== 'comments') {
    return new Response('ignored', { status: 202 });
  }

  const { error } = await supabase.from('notifications').insert({
§    // ... existing code (payload mapping) ...
  });

  if (error) {
    console.error(error);
    return new Response(JSON.stringify({ error: error.message }), { status: 500 });
  }
  return new Response(JSON.stringify({ ok: true }), {
    headers: { 'Content-Type': 'application/json' },
  });
});
'''),

P("src/lib/http.ts",
  "the response interceptor (401 -> refresh -> retry) is elided at the end of the file ({L}); refreshAccessToken is imported and isRefreshing declared but never used",
  r'''
import axios, { AxiosError, type InternalAxiosRequestConfig } from 'axios';
import { getAccessToken, refreshAccessToken } from './tokens';

export const http = axios.create({
  baseURL: import.meta.env.VITE_API_URL,
  timeout: 15_000,
  withCredentials: true,
});

let isRefreshing = false;
let waiters: Array<(token: string) => void> = [];

http.interceptors.request.use((config: InternalAxiosRequestConfig) => {
  const token = getAccessToken();
  if (token) {
    config.headers.set('Authorization', `Bearer ${token}`);
  }
  return config;
});

export function isAxiosError<T = unknown>(e: unknown): e is AxiosError<T> {
  return axios.isAxiosError(e);
}

§/* response interceptor (401 → refresh → replay queued requests via `waiters`)
§   stays exactly as it was */
'''),

P("src/reducers/cart.ts",
  "the CartActionType enum ends in a bare `...` member ({L}) standing for Remove/Clear which the reducer switches on; not valid TypeScript",
  r'''
export enum CartActionType {
  Add = 'cart/add',
  SetQty = 'cart/setQty',
§  ... (Remove, Clear)
}

export interface CartLine {
  sku: string;
  qty: number;
  unitPrice: number;
}

export type CartAction =
  | { type: CartActionType.Add; line: CartLine }
  | { type: CartActionType.SetQty; sku: string; qty: number }
  | { type: CartActionType.Remove; sku: string }
  | { type: CartActionType.Clear };

export function cartReducer(state: CartLine[], action: CartAction): CartLine[] {
  switch (action.type) {
    case CartActionType.Add:
      return [...state.filter((l) => l.sku !== action.line.sku), action.line];
    case CartActionType.SetQty:
      return state.map((l) => (l.sku === action.sku ? { ...l, qty: action.qty } : l));
    case CartActionType.Remove:
      return state.filter((l) => l.sku !== action.sku);
    case CartActionType.Clear:
      return [];
  }
}
''', breaks=True),

P("src/components/Pagination.tsx",
  "goTo() is wired to every page button but its body is only an elision comment ({L}); clicking pages does nothing",
  r'''
import { useMemo } from 'react';

interface PaginationProps {
  page: number;
  pageCount: number;
  onPageChange: (page: number) => void;
  siblingCount?: number;
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start + 1 }, (_, i) => start + i);
}

export function Pagination({ page, pageCount, onPageChange, siblingCount = 1 }: PaginationProps) {
  const pages = useMemo(() => {
    const start = Math.max(1, page - siblingCount);
    const end = Math.min(pageCount, page + siblingCount);
    return range(start, end);
  }, [page, pageCount, siblingCount]);

  function goTo(target: number) {
§    // clamp to [1, pageCount], skip if === page, then onPageChange(...) — as before
  }

  return (
    <nav aria-label="pagination" className="pagination">
      <button disabled={page <= 1} onClick={() => goTo(page - 1)}>
        Previous
      </button>
      {pages.map((p) => (
        <button key={p} aria-current={p === page ? 'page' : undefined} onClick={() => goTo(p)}>
          {p}
        </button>
      ))}
      <button disabled={page >= pageCount} onClick={() => goTo(page + 1)}>
        Next
      </button>
    </nav>
  );
}
'''),

P("jest.config.ts",
  "moduleNameMapper only keeps the @/ alias ({L}); the CSS-module and SVG mocks it mentions are missing so component tests importing styles fail",
  r'''
import type { Config } from 'jest';
import nextJest from 'next/jest.js';

const createJestConfig = nextJest({ dir: './' });

const config: Config = {
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/src/$1',
§    // plus the css/svg mocks you already have
§    // (identity-obj-proxy for *.module.css, __mocks__/svg.tsx for *.svg)
  },
  testPathIgnorePatterns: ['<rootDir>/e2e/', '<rootDir>/.next/'],
  collectCoverageFrom: ['src/**/*.{ts,tsx}', '!src/**/*.stories.tsx', '!src/**/index.ts'],
  coverageThreshold: {
    global: { branches: 70, functions: 75, lines: 80, statements: 80 },
  },
};

export default createJestConfig(config);
'''),
]
