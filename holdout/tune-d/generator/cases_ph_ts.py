CASES = [
("profile-form.tsx", "middle of JSX children: {/* ... rest of the form fields unchanged */} replaces two inputs; still valid TSX", r'''
import { useState } from "react";

interface ProfileFormProps {
  initialName: string;
  onSubmit: (data: { name: string; email: string; bio: string }) => void;
}

export function ProfileForm({ initialName, onSubmit }: ProfileFormProps) {
  const [name, setName] = useState(initialName);
  const [email, setEmail] = useState("");
  const [bio, setBio] = useState("");

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit({ name, email, bio });
      }}
    >
      <label htmlFor="name">Name</label>
      <input id="name" value={name} onChange={(e) => setName(e.target.value)} />
@@{
      <label htmlFor="email">Email</label>
      <input id="email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <label htmlFor="bio">Bio</label>
      <textarea id="bio" value={bio} onChange={(e) => setBio(e.target.value)} />
@@|
      {/* ... rest of the form fields unchanged */}
@@}
      <button type="submit">Save</button>
    </form>
  );
}
'''),

("api-client.ts", "top of file: '// ... existing imports' replaces the import block; still valid TS", r'''
@@{
import axios, { AxiosInstance } from "axios";
import { getToken } from "./auth";
import type { User, Project } from "./types";
@@|
// ... existing imports
@@}

export class ApiClient {
  private http: AxiosInstance;

  constructor(baseURL: string) {
    this.http = axios.create({ baseURL, timeout: 10_000 });
    this.http.interceptors.request.use((config) => {
      const token = getToken();
      if (token) {
        config.headers.Authorization = `Bearer ${token}`;
      }
      return config;
    });
  }

  async getUser(id: string): Promise<User> {
    const res = await this.http.get<User>(`/users/${id}`);
    return res.data;
  }

  async listProjects(ownerId: string): Promise<Project[]> {
    const res = await this.http.get<Project[]>("/projects", { params: { ownerId } });
    return res.data;
  }
}
'''),

("cache.ts", "only body of a function: '// TODO: same as before' inside invalidate(); valid TS (void function)", r'''
type Entry<T> = { value: T; expiresAt: number };

export class TtlCache<T> {
  private store = new Map<string, Entry<T>>();

  constructor(private ttlMs: number) {}

  get(key: string): T | undefined {
    const entry = this.store.get(key);
    if (!entry) return undefined;
    if (Date.now() > entry.expiresAt) {
      this.store.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: T): void {
    this.store.set(key, { value, expiresAt: Date.now() + this.ttlMs });
  }

  invalidate(prefix: string): void {
@@{
    for (const key of this.store.keys()) {
      if (key.startsWith(prefix)) {
        this.store.delete(key);
      }
    }
@@|
    // TODO: same as before
@@}
  }
}
'''),

("types.ts", "bare '...' line inside an interface body between members; invalid TS", r'''
export type Role = "admin" | "editor" | "viewer";

export interface User {
  id: string;
  email: string;
  displayName: string;
@@{
  avatarUrl?: string;
  createdAt: string;
  lastLoginAt?: string;
@@|
  ...
@@}
  role: Role;
}

export interface Team {
  id: string;
  name: string;
  members: User[];
}

export interface Invitation {
  id: string;
  teamId: string;
  email: string;
  role: Role;
  expiresAt: string;
}
'''),

("routes.ts", "middle of an array literal: unicode ellipsis line '…' between route objects; invalid TS", r'''
import { Routes } from "@angular/router";
import { HomeComponent } from "./home/home.component";
import { LoginComponent } from "./auth/login.component";
import { SettingsComponent } from "./settings/settings.component";
import { NotFoundComponent } from "./not-found/not-found.component";
import { AuthGuard } from "./auth/auth.guard";

export const routes: Routes = [
  { path: "", component: HomeComponent, pathMatch: "full" },
  { path: "login", component: LoginComponent },
@@{
  {
    path: "settings",
    component: SettingsComponent,
    canActivate: [AuthGuard],
  },
@@|
  …
@@}
  { path: "**", component: NotFoundComponent },
];
'''),

("order-service.ts", "class body: '/* existing methods */' block comment replaces two methods; valid TS", r'''
import { Injectable } from "@nestjs/common";
import { InjectRepository } from "@nestjs/typeorm";
import { Repository } from "typeorm";
import { Order } from "./order.entity";

@Injectable()
export class OrderService {
  constructor(
    @InjectRepository(Order)
    private readonly orders: Repository<Order>,
  ) {}

@@{
  findAll(): Promise<Order[]> {
    return this.orders.find({ order: { createdAt: "DESC" } });
  }

  findOne(id: number): Promise<Order | null> {
    return this.orders.findOneBy({ id });
  }
@@|
  /* existing methods */
@@}

  async cancel(id: number): Promise<Order> {
    const order = await this.orders.findOneByOrFail({ id });
    order.status = "cancelled";
    order.cancelledAt = new Date();
    return this.orders.save(order);
  }
}
'''),

("reducer.ts", "switch statement: '// [rest unchanged]' replaces remaining case arms; valid TS", r'''
export type Todo = { id: number; title: string; done: boolean };

type Action =
  | { type: "add"; title: string }
  | { type: "toggle"; id: number }
  | { type: "remove"; id: number }
  | { type: "clear-done" };

let nextId = 1;

export function todoReducer(state: Todo[], action: Action): Todo[] {
  switch (action.type) {
    case "add":
      return [...state, { id: nextId++, title: action.title, done: false }];
@@{
    case "toggle":
      return state.map((t) => (t.id === action.id ? { ...t, done: !t.done } : t));
    case "remove":
      return state.filter((t) => t.id !== action.id);
@@|
    // [rest unchanged]
@@}
    case "clear-done":
      return state.filter((t) => !t.done);
    default:
      return state;
  }
}
'''),

("upload.ts", "function body: '<existing code>' line replaces the validation block; invalid TS", r'''
import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { randomUUID } from "node:crypto";

const s3 = new S3Client({ region: process.env.AWS_REGION ?? "us-east-1" });
const MAX_BYTES = 5 * 1024 * 1024;
const ALLOWED = ["image/png", "image/jpeg", "image/webp"];

export async function uploadAvatar(userId: string, body: Buffer, contentType: string) {
@@{
  if (!ALLOWED.includes(contentType)) {
    throw new Error(`Unsupported content type: ${contentType}`);
  }
  if (body.byteLength > MAX_BYTES) {
    throw new Error("File too large");
  }
@@|
  <existing code>
@@}

  const key = `avatars/${userId}/${randomUUID()}`;
  await s3.send(
    new PutObjectCommand({
      Bucket: process.env.AVATAR_BUCKET,
      Key: key,
      Body: body,
      ContentType: contentType,
    }),
  );
  return key;
}
'''),

("logger.ts", "only body of a method: '// (unchanged)' in format(), which must return string; parses fine", r'''
type Level = "debug" | "info" | "warn" | "error";

const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export class Logger {
  constructor(private name: string, private minLevel: Level = "info") {}

  private format(level: Level, msg: string, meta?: Record<string, unknown>): string {
@@{
    const ts = new Date().toISOString();
    const extra = meta ? " " + JSON.stringify(meta) : "";
    return `${ts} [${level.toUpperCase()}] ${this.name}: ${msg}${extra}`;
@@|
    // (unchanged)
@@}
  }

  log(level: Level, msg: string, meta?: Record<string, unknown>) {
    if (ORDER[level] < ORDER[this.minLevel]) return;
    const line = this.format(level, msg, meta);
    if (level === "error") console.error(line);
    else console.log(line);
  }

  info(msg: string, meta?: Record<string, unknown>) {
    this.log("info", msg, meta);
  }

  error(msg: string, meta?: Record<string, unknown>) {
    this.log("error", msg, meta);
  }
}
'''),

("store.ts", "object literal: '// ...other reducers remain the same' in the middle of the reducer map; valid TS", r'''
import { configureStore } from "@reduxjs/toolkit";
import authReducer from "./features/auth/authSlice";
import cartReducer from "./features/cart/cartSlice";
import productsReducer from "./features/products/productsSlice";
import uiReducer from "./features/ui/uiSlice";
import { api } from "./services/api";

export const store = configureStore({
  reducer: {
    auth: authReducer,
@@{
    cart: cartReducer,
    products: productsReducer,
@@|
    // ...other reducers remain the same
@@}
    ui: uiReducer,
    [api.reducerPath]: api.reducer,
  },
  middleware: (getDefault) => getDefault().concat(api.middleware),
  devTools: process.env.NODE_ENV !== "production",
});

export type RootState = ReturnType<typeof store.getState>;
export type AppDispatch = typeof store.dispatch;
'''),

("server.ts", "end of file: '// Keep the rest of the file as is' replaces the shutdown handling; valid TS", r'''
import express from "express";
import helmet from "helmet";
import { router as healthRouter } from "./routes/health";
import { router as usersRouter } from "./routes/users";

const app = express();
const port = Number(process.env.PORT ?? 3000);

app.use(helmet());
app.use(express.json({ limit: "1mb" }));
app.use("/health", healthRouter);
app.use("/users", usersRouter);

const server = app.listen(port, () => {
  console.log(`listening on :${port}`);
});

@@{
function shutdown(signal: string) {
  console.log(`received ${signal}, closing server`);
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(1), 10_000).unref();
}

process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
@@|
// Keep the rest of the file as is
@@}
'''),

("validators.ts", "inside an if block in a function: '// ... (same validation logic as above)' replaces checks; valid TS", r'''
export interface SignupInput {
  email: string;
  password: string;
  confirmPassword: string;
  acceptTerms: boolean;
}

export type Errors = Partial<Record<keyof SignupInput, string>>;

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateSignup(input: SignupInput): Errors {
  const errors: Errors = {};

  if (!EMAIL_RE.test(input.email)) {
    errors.email = "Enter a valid email address";
  }

  if (input.password) {
@@{
    if (input.password.length < 8) {
      errors.password = "Password must be at least 8 characters";
    } else if (!/[0-9]/.test(input.password)) {
      errors.password = "Password must contain a number";
    }
@@|
    // ... (same validation logic as above)
@@}
  } else {
    errors.password = "Password is required";
  }

  if (input.password !== input.confirmPassword) {
    errors.confirmPassword = "Passwords do not match";
  }
  if (!input.acceptTerms) {
    errors.acceptTerms = "You must accept the terms";
  }
  return errors;
}
'''),

("useDebounce.ts", "hook body: '// Previous implementation remains here' is the whole body of useDebouncedCallback; valid TS", r'''
import { useEffect, useRef, useState, useCallback } from "react";

export function useDebounce<T>(value: T, delay = 300): T {
  const [debounced, setDebounced] = useState(value);

  useEffect(() => {
    const id = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(id);
  }, [value, delay]);

  return debounced;
}

export function useDebouncedCallback<A extends unknown[]>(
  fn: (...args: A) => void,
  delay = 300,
) {
@@{
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);
  return useCallback(
    (...args: A) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => fn(...args), delay);
    },
    [fn, delay],
  );
@@|
  // Previous implementation remains here
@@}
}
'''),

("todo-list.tsx", "JSX list: '{/* ... */}' is the only child inside <ul> replacing the map(); valid TSX", r'''
import type { Todo } from "./types";

interface Props {
  todos: Todo[];
  onToggle: (id: number) => void;
  onRemove: (id: number) => void;
}

export default function TodoList({ todos, onToggle, onRemove }: Props) {
  if (todos.length === 0) {
    return <p className="empty">Nothing to do 🎉</p>;
  }

  return (
    <ul className="todo-list">
@@{
      {todos.map((todo) => (
        <li key={todo.id} className={todo.done ? "done" : undefined}>
          <input type="checkbox" checked={todo.done} onChange={() => onToggle(todo.id)} />
          <span>{todo.title}</span>
          <button onClick={() => onRemove(todo.id)} aria-label="Remove">×</button>
        </li>
      ))}
@@|
      {/* ... */}
@@}
    </ul>
  );
}
'''),

("math.test.ts", "describe block: '// ...existing test cases' between tests; valid TS", r'''
import { describe, it, expect } from "vitest";
import { clamp, lerp, roundTo } from "../src/math";

describe("clamp", () => {
  it("returns the value when in range", () => {
    expect(clamp(5, 0, 10)).toBe(5);
  });

@@{
  it("clamps to the lower bound", () => {
    expect(clamp(-3, 0, 10)).toBe(0);
  });

  it("clamps to the upper bound", () => {
    expect(clamp(42, 0, 10)).toBe(10);
  });
@@|
  // ...existing test cases
@@}

  it("throws when min > max", () => {
    expect(() => clamp(1, 10, 0)).toThrow(RangeError);
  });
});

describe("lerp", () => {
  it("interpolates", () => {
    expect(lerp(0, 10, 0.5)).toBe(5);
  });
});

describe("roundTo", () => {
  it("rounds to the given precision", () => {
    expect(roundTo(1.23456, 2)).toBe(1.23);
  });
});
'''),

("http-status.ts", "middle of an object literal: '// etc. (other status codes unchanged)' after two entries; valid TS", r'''
export const STATUS_TEXT: Record<number, string> = {
  200: "OK",
  201: "Created",
@@{
  204: "No Content",
  301: "Moved Permanently",
  304: "Not Modified",
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
@@|
  // etc. (other status codes unchanged)
@@}
  500: "Internal Server Error",
  503: "Service Unavailable",
};

export function statusText(code: number): string {
  return STATUS_TEXT[code] ?? "Unknown Status";
}

export function isRetryable(code: number): boolean {
  return code === 429 || code === 502 || code === 503 || code === 504;
}
'''),

("payment-handler.ts", "only body of a method: bare '...' inside handle() braces; invalid TS", r'''
import type { Request, Response } from "express";
import Stripe from "stripe";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: "2024-06-20" });

export class WebhookHandler {
  constructor(private endpointSecret: string) {}

  verify(req: Request): Stripe.Event {
    const sig = req.headers["stripe-signature"] as string;
    return stripe.webhooks.constructEvent(req.body, sig, this.endpointSecret);
  }

  async handle(req: Request, res: Response) {
@@{
    let event: Stripe.Event;
    try {
      event = this.verify(req);
    } catch (err) {
      res.status(400).send(`Webhook Error: ${(err as Error).message}`);
      return;
    }
    if (event.type === "checkout.session.completed") {
      await this.fulfil(event.data.object as Stripe.Checkout.Session);
    }
    res.json({ received: true });
@@|
    ...
@@}
  }

  private async fulfil(session: Stripe.Checkout.Session) {
    console.log("fulfilling order for", session.customer_email);
  }
}
'''),

("date-utils.ts", "between functions: '// … unchanged helpers …' replaces two helper functions; valid TS", r'''
const MS_PER_DAY = 24 * 60 * 60 * 1000;

export function startOfDay(d: Date): Date {
  const copy = new Date(d);
  copy.setHours(0, 0, 0, 0);
  return copy;
}

@@{
export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * MS_PER_DAY);
}

export function diffInDays(a: Date, b: Date): number {
  return Math.round((startOfDay(a).getTime() - startOfDay(b).getTime()) / MS_PER_DAY);
}
@@|
// … unchanged helpers …
@@}

export function formatRelative(d: Date, now = new Date()): string {
  const days = diffInDays(d, now);
  if (days === 0) return "today";
  if (days === -1) return "yesterday";
  if (days === 1) return "tomorrow";
  return days < 0 ? `${-days} days ago` : `in ${days} days`;
}

export function isWeekend(d: Date): boolean {
  const day = d.getDay();
  return day === 0 || day === 6;
}
'''),

("main.tsx", "top of file: '// imports omitted for brevity' replaces imports; valid TSX", r'''
@@{
import React from "react";
import ReactDOM from "react-dom/client";
import { BrowserRouter } from "react-router-dom";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import App from "./App";
import "./index.css";
@@|
// imports omitted for brevity
@@}

const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: 60_000, retry: 1 },
  },
});

ReactDOM.createRoot(document.getElementById("root")!).render(
  <React.StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </QueryClientProvider>
  </React.StrictMode>,
);
'''),

("rate-limiter.ts", "only body of a method: '// (implementation omitted for brevity)' in tryRemove() returning boolean; parses fine", r'''
export interface RateLimiterOptions {
  capacity: number;
  refillPerSecond: number;
}

export class TokenBucket {
  private tokens: number;
  private lastRefill: number;

  constructor(private opts: RateLimiterOptions) {
    this.tokens = opts.capacity;
    this.lastRefill = Date.now();
  }

  private refill() {
    const now = Date.now();
    const elapsed = (now - this.lastRefill) / 1000;
    this.tokens = Math.min(this.opts.capacity, this.tokens + elapsed * this.opts.refillPerSecond);
    this.lastRefill = now;
  }

  tryRemove(count = 1): boolean {
@@{
    this.refill();
    if (this.tokens >= count) {
      this.tokens -= count;
      return true;
    }
    return false;
@@|
    // (implementation omitted for brevity)
@@}
  }

  get available(): number {
    this.refill();
    return Math.floor(this.tokens);
  }
}
'''),

("schema.ts", "zod object: '// remaining fields as before' in the middle of z.object({...}); valid TS", r'''
import { z } from "zod";

export const addressSchema = z.object({
  line1: z.string().min(1),
  line2: z.string().optional(),
  city: z.string().min(1),
  postcode: z.string().regex(/^[A-Z0-9 ]{3,10}$/i),
  country: z.string().length(2),
});

export const customerSchema = z.object({
  id: z.string().uuid(),
  name: z.string().min(1).max(120),
@@{
  email: z.string().email(),
  phone: z.string().optional(),
  marketingOptIn: z.boolean().default(false),
@@|
  // remaining fields as before
@@}
  billingAddress: addressSchema,
  shippingAddress: addressSchema.optional(),
  createdAt: z.coerce.date(),
});

export type Customer = z.infer<typeof customerSchema>;
export type Address = z.infer<typeof addressSchema>;
'''),

("dashboard.tsx", "component body between hooks and return: '// ... rest of the hooks' replaces two hooks whose values are used below; valid TSX", r'''
import { useEffect, useMemo, useState } from "react";
import { fetchMetrics, type Metric } from "../api/metrics";
import { Chart } from "../components/Chart";
import { Spinner } from "../components/Spinner";

export function Dashboard({ teamId }: { teamId: string }) {
  const [metrics, setMetrics] = useState<Metric[] | null>(null);
  const [range, setRange] = useState<"7d" | "30d">("7d");

@@{
  useEffect(() => {
    let cancelled = false;
    fetchMetrics(teamId, range).then((m) => {
      if (!cancelled) setMetrics(m);
    });
    return () => {
      cancelled = true;
    };
  }, [teamId, range]);

  const total = useMemo(() => metrics?.reduce((s, m) => s + m.value, 0) ?? 0, [metrics]);
@@|
  // ... rest of the hooks
@@}

  if (!metrics) return <Spinner />;

  return (
    <section>
      <header>
        <h2>Total: {total}</h2>
        <select value={range} onChange={(e) => setRange(e.target.value as "7d" | "30d")}>
          <option value="7d">Last 7 days</option>
          <option value="30d">Last 30 days</option>
        </select>
      </header>
      <Chart data={metrics} />
    </section>
  );
}
'''),
]
