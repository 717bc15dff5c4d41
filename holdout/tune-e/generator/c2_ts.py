from common import f
D = 'placeholder'

f(D, 'billing.service.ts', 'typescript', 'comment-only elision "// ... existing methods" in class body (syntax valid)', r'''
import { Injectable } from "@nestjs/common";
import { InjectRepository } from "@nestjs/typeorm";
import { Repository } from "typeorm";
import { Invoice } from "./invoice.entity";

@Injectable()
export class BillingService {
  constructor(
    @InjectRepository(Invoice)
    private readonly invoices: Repository<Invoice>,
  ) {}

  async findOpen(customerId: string): Promise<Invoice[]> {
    return this.invoices.find({
      where: { customerId, status: "open" },
      order: { dueDate: "ASC" },
    });
  }

  // ... existing methods

  async markPaid(id: string, paidAt = new Date()): Promise<void> {
    await this.invoices.update(id, { status: "paid", paidAt });
  }
}
''')

f(D, 'types.ts', 'typescript', 'comment-only elision "// ...other fields" inside an interface (syntax valid)', r'''
export type OrderStatus = "pending" | "paid" | "shipped" | "cancelled";

export interface Money {
  amount: number;
  currency: "EUR" | "USD" | "GBP";
}

export interface OrderLine {
  sku: string;
  quantity: number;
  unitPrice: Money;
}

export interface Order {
  id: string;
  customerId: string;
  status: OrderStatus;
  lines: OrderLine[];
  // ...other fields
  createdAt: string;
}
''')

f(D, 'App.tsx', 'tsx', 'JSX comment elision {/* ... */} for the remaining routes (syntax valid)', r'''
import { BrowserRouter, Route, Routes } from "react-router-dom";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import Layout from "./components/Layout";
import Home from "./pages/Home";
import Projects from "./pages/Projects";
import NotFound from "./pages/NotFound";

const queryClient = new QueryClient();

export default function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<Home />} />
            <Route path="projects" element={<Projects />} />
            {/* ... */}
            <Route path="*" element={<NotFound />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
''')

f(D, 'api.ts', 'typescript', 'bare "..." line inside the exported object for the omitted endpoints (syntax error)', r'''
import axios from "axios";
import type { Project, Task } from "./types";

const http = axios.create({
  baseURL: import.meta.env.VITE_API_URL,
  timeout: 10_000,
});

export const api = {
  listProjects: async (): Promise<Project[]> => (await http.get("/projects")).data,

  getProject: async (id: string): Promise<Project> =>
    (await http.get(`/projects/${id}`)).data,

  createTask: async (projectId: string, task: Omit<Task, "id">): Promise<Task> =>
    (await http.post(`/projects/${projectId}/tasks`, task)).data,

  ...
};

export default api;
''')

f(D, 'useAuth.ts', 'typescript', 'comment-only elision "// (rest of the hook unchanged)" (syntax valid)', r'''
import { useCallback, useEffect, useState } from "react";
import { getSession, signIn as apiSignIn, signOut as apiSignOut } from "../lib/auth";
import type { Session } from "../lib/auth";

export function useAuth() {
  const [session, setSession] = useState<Session | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    getSession()
      .then(setSession)
      .finally(() => setLoading(false));
  }, []);

  const signIn = useCallback(async (email: string, password: string) => {
    const s = await apiSignIn(email, password);
    setSession(s);
    return s;
  }, []);

  // (rest of the hook unchanged)

  return { session, loading, signIn, signOut: apiSignOut };
}
''')

f(D, 'projects.controller.ts', 'typescript', 'comment-only elision "/* existing endpoints */" in a NestJS controller (syntax valid)', r'''
import { Body, Controller, Get, Param, Post, UseGuards } from "@nestjs/common";
import { AuthGuard } from "../auth/auth.guard";
import { ProjectsService } from "./projects.service";
import { CreateProjectDto } from "./dto/create-project.dto";

@Controller("projects")
@UseGuards(AuthGuard)
export class ProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  @Get()
  findAll() {
    return this.projects.findAll();
  }

  /* existing endpoints */

  @Post()
  create(@Body() dto: CreateProjectDto) {
    return this.projects.create(dto);
  }

  @Get(":id/members")
  members(@Param("id") id: string) {
    return this.projects.members(id);
  }
}
''')

f(D, 'config.ts', 'typescript', 'comment-only elision "// TODO: same as above for the remaining environments" (syntax valid, staging/production missing)', r'''
export type Env = "development" | "staging" | "production";

export interface AppConfig {
  apiUrl: string;
  sentryDsn?: string;
  logLevel: "debug" | "info" | "warn" | "error";
  featureFlags: Record<string, boolean>;
}

const configs: Partial<Record<Env, AppConfig>> = {
  development: {
    apiUrl: "http://localhost:4000",
    logLevel: "debug",
    featureFlags: { newCheckout: true, darkMode: true },
  },
  // TODO: same as above for the remaining environments
};

export function loadConfig(env: Env = (process.env.APP_ENV as Env) ?? "development"): AppConfig {
  const cfg = configs[env];
  if (!cfg) throw new Error(`no config for ${env}`);
  return cfg;
}
''')

f(D, 'UsersTable.tsx', 'tsx', 'bare "..." line in the JSX attribute list for omitted props (syntax error)', r'''
import { useMemo } from "react";
import { DataTable, type Column } from "./DataTable";
import type { User } from "../types";

interface Props {
  users: User[];
  onSelect: (user: User) => void;
}

export function UsersTable({ users, onSelect }: Props) {
  const columns = useMemo<Column<User>[]>(
    () => [
      { key: "name", header: "Name", sortable: true },
      { key: "email", header: "Email" },
      { key: "role", header: "Role", sortable: true },
    ],
    [],
  );

  return (
    <DataTable
      rows={users}
      columns={columns}
      rowKey={(u) => u.id}
      onRowClick={onSelect}
      ...
    />
  );
}
''')

f(D, 'schema.ts', 'typescript', 'comment-only elision "// ... same for the remaining fields" in a zod schema (syntax valid)', r'''
import { z } from "zod";

export const addressSchema = z.object({
  line1: z.string().min(1).max(120),
  city: z.string().min(1).max(80),
  postcode: z.string().regex(/^[A-Z0-9 -]{3,10}$/i),
  country: z.string().length(2),
});

export const profileSchema = z.object({
  displayName: z.string().min(2).max(50),
  email: z.string().email(),
  // ... same for the remaining fields
  address: addressSchema.optional(),
});

export type Profile = z.infer<typeof profileSchema>;
''')

f(D, 'session.repository.ts', 'typescript', 'bare "..." line in the class body for omitted methods (syntax error)', r'''
import type { Redis } from "ioredis";

export interface SessionData {
  userId: string;
  roles: string[];
  createdAt: number;
}

export class SessionRepository {
  constructor(private readonly redis: Redis, private readonly ttlSeconds = 3600) {}

  private key(id: string): string {
    return `session:${id}`;
  }

  async get(id: string): Promise<SessionData | null> {
    const raw = await this.redis.get(this.key(id));
    return raw ? (JSON.parse(raw) as SessionData) : null;
  }

  ...

  async destroy(id: string): Promise<void> {
    await this.redis.del(this.key(id));
  }
}
''')

f(D, 'worker.ts', 'typescript', 'comment-only elision "// etc." in the job-type switch (syntax valid)', r'''
import { Worker, type Job } from "bullmq";
import { sendEmail } from "./jobs/sendEmail";
import { generateInvoice } from "./jobs/generateInvoice";

const connection = { host: process.env.REDIS_HOST ?? "localhost", port: 6379 };

async function handle(job: Job): Promise<unknown> {
  switch (job.name) {
    case "send-email":
      return sendEmail(job.data);
    case "generate-invoice":
      return generateInvoice(job.data);
    // etc.
    default:
      throw new Error(`unknown job ${job.name}`);
  }
}

const worker = new Worker("default", handle, { connection, concurrency: 5 });

worker.on("failed", (job, err) => {
  console.error(`job ${job?.id} failed:`, err.message);
});
''')

f(D, 'rateLimit.ts', 'typescript', 'bare "<existing code>" line in the middleware body (syntax error)', r'''
import type { NextFunction, Request, Response } from "express";

interface Bucket {
  tokens: number;
  updatedAt: number;
}

const buckets = new Map<string, Bucket>();
const CAPACITY = 60;
const REFILL_PER_SEC = 1;

export function rateLimit(req: Request, res: Response, next: NextFunction) {
  const key = req.ip ?? "unknown";
  const now = Date.now();
  const bucket = buckets.get(key) ?? { tokens: CAPACITY, updatedAt: now };

  <existing code>

  if (bucket.tokens < 1) {
    res.setHeader("Retry-After", "1");
    return res.status(429).json({ error: "rate_limited" });
  }
  bucket.tokens -= 1;
  buckets.set(key, bucket);
  next();
}
''')

f(D, 'cartSlice.ts', 'typescript', 'comment-only elision "// ... rest of the slice unchanged" in reducers (syntax valid)', r'''
import { createSlice, type PayloadAction } from "@reduxjs/toolkit";

interface CartItem {
  sku: string;
  qty: number;
}

interface CartState {
  items: CartItem[];
}

const initialState: CartState = { items: [] };

const cartSlice = createSlice({
  name: "cart",
  initialState,
  reducers: {
    addItem(state, action: PayloadAction<string>) {
      const item = state.items.find((i) => i.sku === action.payload);
      if (item) item.qty += 1;
      else state.items.push({ sku: action.payload, qty: 1 });
    },
    // ... rest of the slice unchanged
  },
});

export const { addItem } = cartSlice.actions;
export default cartSlice.reducer;
''')

f(D, 'Sidebar.tsx', 'tsx', 'comment-only elision "// ... existing nav items" in the items array (syntax valid)', r'''
import { NavLink } from "react-router-dom";
import { Home, Folder, Settings } from "lucide-react";
import type { ComponentType } from "react";

interface NavItem {
  to: string;
  label: string;
  icon: ComponentType<{ size?: number }>;
}

const items: NavItem[] = [
  { to: "/", label: "Home", icon: Home },
  { to: "/projects", label: "Projects", icon: Folder },
  // ... existing nav items
  { to: "/settings", label: "Settings", icon: Settings },
];

export function Sidebar() {
  return (
    <nav className="sidebar">
      {items.map(({ to, label, icon: Icon }) => (
        <NavLink key={to} to={to} className={({ isActive }) => (isActive ? "active" : "")}>
          <Icon size={16} />
          <span>{label}</span>
        </NavLink>
      ))}
    </nav>
  );
}
''')

f(D, 'format.ts', 'typescript', 'comment-only elision "// (helpers as before)" between exported helpers (syntax valid)', r'''
const currencyFormatters = new Map<string, Intl.NumberFormat>();

export function formatMoney(cents: number, currency = "EUR", locale = "de-DE"): string {
  const key = `${locale}:${currency}`;
  let fmt = currencyFormatters.get(key);
  if (!fmt) {
    fmt = new Intl.NumberFormat(locale, { style: "currency", currency });
    currencyFormatters.set(key, fmt);
  }
  return fmt.format(cents / 100);
}

// (helpers as before)

export function formatRelative(date: Date, now = new Date()): string {
  const diff = Math.round((date.getTime() - now.getTime()) / 86_400_000);
  return new Intl.RelativeTimeFormat("en", { numeric: "auto" }).format(diff, "day");
}
''')

f(D, 'router.ts', 'typescript', 'bare "…" (U+2026) line between route registrations (syntax error)', r'''
import { Hono } from "hono";
import { z } from "zod";
import { zValidator } from "@hono/zod-validator";
import { db } from "./db";

export const router = new Hono();

router.get("/notes", async (c) => {
  const notes = await db.selectFrom("notes").selectAll().orderBy("created_at", "desc").execute();
  return c.json(notes);
});

router.post(
  "/notes",
  zValidator("json", z.object({ title: z.string().min(1), body: z.string() })),
  async (c) => {
    const input = c.req.valid("json");
    const note = await db.insertInto("notes").values(input).returningAll().executeTakeFirst();
    return c.json(note, 201);
  },
);

…

router.delete("/notes/:id", async (c) => {
  await db.deleteFrom("notes").where("id", "=", c.req.param("id")).execute();
  return c.body(null, 204);
});
''')
