from common import F
L = "llm-chatter"
T = "typescript"

F(L, "web/src/api.ts", T, "prose before the code: line 1 'Here's the updated API client with retry support:'", r'''
Here's the updated API client with retry support:

import { retry } from './retry';

export interface Todo {
  id: number;
  title: string;
  done: boolean;
}

const BASE = import.meta.env.VITE_API_URL ?? '/api';

async function getJson<T>(path: string): Promise<T> {
  return retry(async () => {
    const res = await fetch(`${BASE}${path}`);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return (await res.json()) as T;
  }, { retries: 3 });
}

export const listTodos = () => getJson<Todo[]>('/todos');
export const getTodo = (id: number) => getJson<Todo>(`/todos/${id}`);
''')

F(L, "web/src/utils/debounce.ts", T, "numbered explanation after the code: from line 22 'This implementation:' ending 'Let me know if you have any questions!'", r'''
export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  cancel(): void;
  flush(): void;
}

export function debounce<A extends unknown[]>(fn: (...args: A) => void, wait = 250): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastArgs: A | undefined;

  const run = () => {
    timer = undefined;
    if (lastArgs) fn(...lastArgs);
    lastArgs = undefined;
  };

  const debounced = ((...args: A) => {
    lastArgs = args;
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, wait);
  }) as Debounced<A>;

  debounced.cancel = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    lastArgs = undefined;
  };
  debounced.flush = () => {
    if (timer) {
      clearTimeout(timer);
      run();
    }
  };
  return debounced;
}

This implementation:
1. Delays calls until `wait` ms have passed without a new call.
2. Exposes `cancel()` and `flush()` for cleanup in React effects.

Let me know if you have any questions!
''')

F(L, "web/src/hooks/useFetch.ts", T, "prose as a TS comment addressing the user: line 11 '// I've added an AbortController as you suggested, so stale requests are cancelled.'", r'''
import { useEffect, useState } from 'react';

interface FetchState<T> {
  data: T | null;
  error: Error | null;
  loading: boolean;
}

export function useFetch<T>(url: string): FetchState<T> {
  const [state, setState] = useState<FetchState<T>>({ data: null, error: null, loading: true });
  // I've added an AbortController as you suggested, so stale requests are cancelled.
  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    fetch(url, { signal: controller.signal })
      .then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.json() as Promise<T>;
      })
      .then((data) => setState({ data, error: null, loading: false }))
      .catch((error: Error) => {
        if (error.name !== 'AbortError') setState({ data: null, error, loading: false });
      });
    return () => controller.abort();
  }, [url]);

  return state;
}
''')

F(L, "server/src/server.ts", T, "prose between parts: line 21 'Now let's add the error handler at the bottom:'", r'''
import express, { type NextFunction, type Request, type Response } from 'express';
import { ZodError } from 'zod';
import { ordersRouter } from './orders';

const app = express();
app.use(express.json({ limit: '1mb' }));

app.get('/health', (_req, res) => {
  res.json({ ok: true });
});

app.use('/orders', ordersRouter);

app.listen(Number(process.env.PORT ?? 3000), () => {
  console.log('listening');
});

Now let's add the error handler at the bottom:

app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
  if (err instanceof ZodError) {
    res.status(400).json({ error: 'validation', issues: err.issues });
    return;
  }
  console.error(err);
  res.status(500).json({ error: 'internal' });
});
''')

F(L, "web/src/components/Button.tsx", T, "markdown prose after the code: line 30 '**Note:** this component assumes Tailwind CSS is configured in your project.'", r'''
import { forwardRef, type ButtonHTMLAttributes } from 'react';
import clsx from 'clsx';

type Variant = 'primary' | 'secondary' | 'danger';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  loading?: boolean;
}

const styles: Record<Variant, string> = {
  primary: 'bg-indigo-600 text-white hover:bg-indigo-500',
  secondary: 'bg-white text-gray-900 ring-1 ring-gray-300 hover:bg-gray-50',
  danger: 'bg-red-600 text-white hover:bg-red-500',
};

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(
  ({ variant = 'primary', loading = false, className, children, disabled, ...rest }, ref) => (
    <button
      ref={ref}
      className={clsx('rounded-md px-3 py-2 text-sm font-semibold', styles[variant], className)}
      disabled={disabled || loading}
      {...rest}
    >
      {loading ? 'Loading…' : children}
    </button>
  ),
);

**Note:** this component assumes Tailwind CSS is configured in your project.
''')

F(L, "shared/src/types.ts", T, "prose as a TS comment at the end: line 27 '// Let me know if you want me to add tests for these guards.'", r'''
export type Role = 'owner' | 'admin' | 'member' | 'guest';

export interface Member {
  id: string;
  email: string;
  role: Role;
  joinedAt: string;
}

export interface Team {
  id: string;
  name: string;
  members: Member[];
}

export function isRole(value: unknown): value is Role {
  return value === 'owner' || value === 'admin' || value === 'member' || value === 'guest';
}

export function isMember(value: unknown): value is Member {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  return typeof m.id === 'string' && typeof m.email === 'string' && isRole(m.role);
}

// Let me know if you want me to add tests for these guards.
''')

F(L, "web/src/store.ts", T, "bullet list after the code: from line 27 'What changed:' with bullets", r'''
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

interface CartItem {
  sku: string;
  qty: number;
}

interface CartState {
  items: CartItem[];
  add: (sku: string) => void;
  remove: (sku: string) => void;
  clear: () => void;
}

export const useCart = create<CartState>()(
  persist(
    (set) => ({
      items: [],
      add: (sku) =>
        set((s) => {
          const hit = s.items.find((i) => i.sku === sku);
          return hit
            ? { items: s.items.map((i) => (i.sku === sku ? { ...i, qty: i.qty + 1 } : i)) }
            : { items: [...s.items, { sku, qty: 1 }] };
        }),
      remove: (sku) => set((s) => ({ items: s.items.filter((i) => i.sku !== sku) })),
      clear: () => set({ items: [] }),
    }),
    { name: 'cart' },
  ),
);

What changed:
- The store is wrapped in `persist`, so the cart survives reloads.
- `add` increments the quantity instead of adding duplicates.
''')

F(L, "web/src/validators.ts", T, "prose before the code: line 1 'Sure! Here is a Zod schema for the signup form.'", r'''
Sure! Here is a Zod schema for the signup form.

import { z } from 'zod';

export const signupSchema = z
  .object({
    email: z.string().email('Enter a valid email address'),
    password: z
      .string()
      .min(12, 'At least 12 characters')
      .regex(/[A-Z]/, 'At least one uppercase letter')
      .regex(/[0-9]/, 'At least one digit'),
    confirm: z.string(),
    acceptTerms: z.literal(true, { errorMap: () => ({ message: 'You must accept the terms' }) }),
  })
  .refine((v) => v.password === v.confirm, {
    path: ['confirm'],
    message: 'Passwords do not match',
  });

export type SignupInput = z.infer<typeof signupSchema>;
''')

F(L, "shared/src/date.ts", T, "prose as a TS comment addressing the user: line 1 '// As you requested, this now uses date-fns instead of moment.'", r'''
// As you requested, this now uses date-fns instead of moment.
import { addBusinessDays, differenceInCalendarDays, format, isWeekend, parseISO } from 'date-fns';

export function toISODate(d: Date): string {
  return format(d, 'yyyy-MM-dd');
}

export function dueDate(issued: string, termsDays: number): string {
  return toISODate(addBusinessDays(parseISO(issued), termsDays));
}

export function daysOverdue(due: string, today = new Date()): number {
  return Math.max(0, differenceInCalendarDays(today, parseISO(due)));
}

export function nextWorkday(d: Date): Date {
  let next = new Date(d);
  do {
    next = new Date(next.getTime() + 24 * 60 * 60 * 1000);
  } while (isWeekend(next));
  return next;
}
''')

F(L, "web/middleware.ts", T, "prose after the code: line 25 'Place this file in the root of your project (next to `app/`), and Next.js will pick it up automatically.'", r'''
import { NextResponse, type NextRequest } from 'next/server';

const PUBLIC = ['/login', '/signup', '/api/health'];

export function middleware(req: NextRequest) {
  const { pathname } = req.nextUrl;
  if (PUBLIC.some((p) => pathname.startsWith(p))) {
    return NextResponse.next();
  }

  const session = req.cookies.get('session')?.value;
  if (!session) {
    const url = req.nextUrl.clone();
    url.pathname = '/login';
    url.searchParams.set('next', pathname);
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};

Place this file in the root of your project (next to `app/`), and Next.js will pick it up automatically.
''')

F(L, "worker/src/queue.ts", T, "markdown heading between parts: line 19 '### Worker' followed by a prose sentence", r'''
import { Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';

const connection = new IORedis(process.env.REDIS_URL ?? 'redis://localhost:6379', {
  maxRetriesPerRequest: null,
});

export interface ThumbnailJob {
  key: string;
  sizes: number[];
}

export const thumbnails = new Queue<ThumbnailJob>('thumbnails', { connection });

export async function enqueue(job: ThumbnailJob) {
  await thumbnails.add('resize', job, { attempts: 3, backoff: { type: 'exponential', delay: 1000 } });
}

### Worker

The worker below processes jobs from the same queue:

export const worker = new Worker<ThumbnailJob>(
  'thumbnails',
  async (job) => {
    const { resize } = await import('./resize');
    for (const size of job.data.sizes) {
      await resize(job.data.key, size);
    }
  },
  { connection, concurrency: 2 },
);
''')

F(L, "server/src/config.ts", T, "prose as a TS block comment at the end: line 24 '/* I hope this helps! Feel free to adjust the defaults to your environment. */'", r'''
import 'dotenv/config';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
}

function int(name: string, fallback: number): number {
  const raw = process.env[name];
  const n = raw ? Number.parseInt(raw, 10) : fallback;
  if (Number.isNaN(n)) throw new Error(`${name} must be an integer`);
  return n;
}

export const config = {
  port: int('PORT', 3000),
  databaseUrl: required('DATABASE_URL'),
  sessionSecret: required('SESSION_SECRET'),
  sessionTtlHours: int('SESSION_TTL_HOURS', 24),
  logLevel: process.env.LOG_LEVEL ?? 'info',
};

/* I hope this helps! Feel free to adjust the defaults to your environment. */
''')

F(L, "server/src/logger.ts", T, "prose after the code: line 21 'That's it! You can now import `logger` anywhere in the server and call `logger.info(...)`.' (no final newline)", r'''
import pino from 'pino';

const isDev = process.env.NODE_ENV !== 'production';

export const logger = pino({
  level: process.env.LOG_LEVEL ?? (isDev ? 'debug' : 'info'),
  redact: ['req.headers.authorization', 'req.headers.cookie', '*.password'],
  transport: isDev
    ? { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss' } }
    : undefined,
  base: { service: 'orders-api' },
});

export function withRequest(requestId: string) {
  return logger.child({ requestId });
}

export default logger;

That's it! You can now import `logger` anywhere in the server and call `logger.info(...)`.''')

F(L, "web/src/App.tsx", T, "prose before the code: line 1 'Great idea! Below is the updated App component with the theme toggle:'", r'''
Great idea! Below is the updated App component with the theme toggle:

import { useEffect, useState } from 'react';
import { Header } from './components/Header';
import { TodoList } from './components/TodoList';

type Theme = 'light' | 'dark';

export default function App() {
  const [theme, setTheme] = useState<Theme>(
    () => (localStorage.getItem('theme') as Theme | null) ?? 'light',
  );

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    localStorage.setItem('theme', theme);
  }, [theme]);

  return (
    <div className="app">
      <Header onToggleTheme={() => setTheme(theme === 'light' ? 'dark' : 'light')} theme={theme} />
      <main>
        <TodoList />
      </main>
    </div>
  );
}
''')

F(L, "shared/src/cache.ts", T, "prose as a TS comment addressing the user: line 1 '// Here's the LRU cache you asked for. I kept it dependency-free so you can drop it in anywhere.'", r'''
// Here's the LRU cache you asked for. I kept it dependency-free so you can drop it in anywhere.
export class LruCache<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly capacity: number) {
    if (capacity < 1) throw new RangeError('capacity must be >= 1');
  }

  get(key: K): V | undefined {
    if (!this.map.has(key)) return undefined;
    const value = this.map.get(key) as V;
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    if (this.map.has(key)) this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) {
      const oldest = this.map.keys().next().value as K;
      this.map.delete(oldest);
    }
  }

  get size(): number {
    return this.map.size;
  }
}
''')

F(L, "shared/test/math.test.ts", T, "prose after the code: line 24 'Run the tests with `npx vitest run`. Happy coding! 🚀'", r'''
import { describe, expect, it } from 'vitest';
import { clamp, roundTo, sum } from '../src/math';

describe('clamp', () => {
  it('returns the value when in range', () => {
    expect(clamp(5, 0, 10)).toBe(5);
  });
  it('clamps to the bounds', () => {
    expect(clamp(-1, 0, 10)).toBe(0);
    expect(clamp(11, 0, 10)).toBe(10);
  });
});

describe('roundTo', () => {
  it.each([
    [1.005, 2, 1.01],
    [2.345, 1, 2.3],
    [10, 0, 10],
  ])('roundTo(%d, %d) = %d', (value, digits, expected) => {
    expect(roundTo(value, digits)).toBe(expected);
  });
});

describe('sum', () => {
  it('adds numbers', () => expect(sum([1, 2, 3])).toBe(6));
});

Run the tests with `npx vitest run`. Happy coding! 🚀
''')
