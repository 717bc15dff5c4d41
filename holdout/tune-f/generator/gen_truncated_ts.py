from common import F
L = "truncated"
T = "typescript"

F(L, "web/src/api.ts", T, "cut at a line end inside fetchProjects(): the function body and its if-block are never closed", r'''
import type { Project } from './types';

const BASE = '/api/v1';

export async function fetchProject(id: string): Promise<Project> {
  const res = await fetch(`${BASE}/projects/${id}`);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.json();
}

export async function fetchProjects(page = 1): Promise<Project[]> {
  const res = await fetch(`${BASE}/projects?page=${page}`);
  if (!res.ok) {
    throw new Error(`HTTP ${res.status}`);
''')

F(L, "web/src/components/InvoiceTable.tsx", T, "cut mid-expression inside a JSX cell: '<td className=\"num\">{formatC'", r'''
import { formatCurrency } from '../utils/format';
import type { Invoice } from '../types';

export function InvoiceTable({ invoices }: { invoices: Invoice[] }) {
  return (
    <table>
      <thead>
        <tr>
          <th>Number</th>
          <th>Customer</th>
          <th>Total</th>
        </tr>
      </thead>
      <tbody>
        {invoices.map((inv) => (
          <tr key={inv.id}>
            <td>{inv.number}</td>
            <td>{inv.customerName}</td>
            <td className="num">{formatC''')

F(L, "web/src/store.ts", T, "cut mid-identifier in a spread object: 'return { ...state, loadi'", r'''
export interface State {
  items: string[];
  loading: boolean;
  error: string | null;
}

type Action =
  | { type: 'load' }
  | { type: 'loaded'; items: string[] }
  | { type: 'failed'; error: string };

export const initial: State = { items: [], loading: false, error: null };

export function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'load':
      return { ...state, loadi''')

F(L, "shared/src/types.ts", T, "cut at a line end inside the Shipment interface (no closing brace)", r'''
export type Carrier = 'dhl' | 'ups' | 'dpd' | 'gls';

export interface Address {
  name: string;
  street: string;
  city: string;
  postcode: string;
  country: string;
}

export interface Shipment {
  id: string;
  carrier: Carrier;
  trackingNumber: string;
  to: Address;
''')

F(L, "server/src/server.ts", T, "cut inside a template literal substitution: '`listening on ${po'", r'''
import Fastify from 'fastify';
import cors from '@fastify/cors';
import { routes } from './routes';

const app = Fastify({ logger: true });
const port = Number(process.env.PORT ?? 3000);

await app.register(cors, { origin: true });
await app.register(routes, { prefix: '/api' });

await app.listen({ port, host: '0.0.0.0' });
app.log.info(`listening on ${po''')

F(L, "shared/src/utils/format.ts", T, "cut mid-string in a locale argument: \"'de-\"", r'''
const DEFAULT_LOCALE = 'en-GB';

export function formatCurrency(value: number, currency = 'EUR', locale = DEFAULT_LOCALE): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value);
}

export function formatPercent(value: number, digits = 1): string {
  return `${(value * 100).toFixed(digits)} %`;
}

export function formatDateDe(date: Date): string {
  return new Intl.DateTimeFormat('de-''')

F(L, "web/src/hooks/useDebounce.ts", T, "cut at a line end right after 'useEffect(() => {'", r'''
import { useEffect, useState } from 'react';

export const DEFAULT_DELAY_MS = 300;

/**
 * Returns `value` after it has stopped changing for `delay` ms.
 */
export function useDebounce<T>(value: T, delay = DEFAULT_DELAY_MS): T {
  const [debounced, setDebounced] = useState(value);

  useEffect(() => {
''')

F(L, "web/src/router.tsx", T, "cut after '},' inside the open routes array", r'''
import { createBrowserRouter } from 'react-router-dom';
import { Root } from './Root';
import { Home } from './pages/Home';
import { Orders } from './pages/Orders';
import { OrderDetail } from './pages/OrderDetail';

export const router = createBrowserRouter([
  {
    path: '/',
    element: <Root />,
    children: [
      { index: true, element: <Home /> },
      { path: 'orders', element: <Orders /> },
      { path: 'orders/:id', element: <OrderDetail /> },''')

F(L, "server/src/db.ts", T, "cut inside a multi-line SQL template literal: 'WHERE customer_id = $1 AND created_'", r'''
import { Pool } from 'pg';

export const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

export interface OrderRow {
  id: number;
  customer_id: number;
  total_cents: number;
  created_at: Date;
}

export async function recentOrders(customerId: number): Promise<OrderRow[]> {
  const { rows } = await pool.query<OrderRow>(
    `SELECT id, customer_id, total_cents, created_at
       FROM orders
      WHERE customer_id = $1 AND created_''')

F(L, "server/src/config.ts", T, "cut mid-property access: 'port: Number(process.env.PO'", r'''
import { z } from 'zod';

const schema = z.object({
  DATABASE_URL: z.string().url(),
  JWT_SECRET: z.string().min(32),
  PORT: z.string().optional(),
});

const env = schema.parse(process.env);

export const config = {
  databaseUrl: env.DATABASE_URL,
  jwtSecret: env.JWT_SECRET,
  port: Number(process.env.PO''')

F(L, "shared/src/validate.ts", T, "cut at a line end after an arrow '=>' with no function body", r'''
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(value: string): boolean {
  return SLUG.test(value);
}

export function isNonEmpty(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

export const isEmail = (value: string): boolean =>
''')

F(L, "tools/src/cli.ts", T, "cut mid-string in a case label: \"case 'bui\"", r'''
#!/usr/bin/env node
import { build } from './build';
import { serve } from './serve';
import { clean } from './clean';

const [, , command = 'help', ...args] = process.argv;

async function main(): Promise<void> {
  switch (command) {
    case 'clean':
      await clean();
      break;
    case 'serve':
      await serve(args);
      break;
    case 'bui''')

F(L, "shared/src/services/cache.ts", T, "cut mid generic type argument: 'Map<string, '", r'''
export interface CacheEntry<V> {
  value: V;
  expiresAt: number;
}

export class TtlCache<V> {
  constructor(private readonly ttlMs: number) {}

  private readonly inflight = new Map<string, Promise<V>>();
  private readonly entries = new Map<string, ''')

F(L, "web/src/App.tsx", T, "cut at a line end inside the returned JSX (open <div> and 'return (' never closed)", r'''
import { Header } from './components/Header';
import { Sidebar } from './components/Sidebar';
import { Outlet } from 'react-router-dom';
import { useAuth } from './hooks/useAuth';

export default function App() {
  const { user } = useAuth();

  return (
    <div className="app">
      <Header user={user} />
      <div className="layout">
        <Sidebar />
''')

F(L, "shared/test/math.test.ts", T, "cut at a line end inside an it() callback (it and describe never closed)", r'''
import { describe, expect, it } from 'vitest';
import { round, percentile } from '../src/math';

describe('round', () => {
  it('rounds half up', () => {
    expect(round(1.005, 2)).toBe(1.01);
  });

  it('handles negatives', () => {
    expect(round(-2.5, 0)).toBe(-2);
''')

F(L, "server/src/logger.ts", T, "cut mid-key inside an object literal: 'levels: { error: 0, warn: 1, inf'", r'''
import { createLogger, format, transports } from 'winston';

const isProd = process.env.NODE_ENV === 'production';

export const logger = createLogger({
  level: process.env.LOG_LEVEL ?? 'info',
  format: isProd
    ? format.json()
    : format.combine(format.colorize(), format.simple()),
  transports: [new transports.Console()],
  levels: { error: 0, warn: 1, inf''')
