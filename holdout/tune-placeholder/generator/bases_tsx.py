from bases import ph

ph("dashboard_jsx_children.tsx", r'''
import { Suspense } from 'react';
import { StatsCards } from './StatsCards';
import { RevenueChart } from './RevenueChart';
import { RecentOrders } from './RecentOrders';
import { Skeleton } from '@/components/ui/skeleton';

export default function DashboardPage() {
  return (
    <main className="flex flex-col gap-6 p-6">
      <header className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Dashboard</h1>
      </header>
      <Suspense fallback={<Skeleton className="h-24" />}>
        <StatsCards />
      </Suspense>
      <section className="grid gap-6 lg:grid-cols-3">
        {/* ... */}
      </section>
      <Suspense fallback={<Skeleton className="h-64" />}>
        <RecentOrders limit={10} />
      </Suspense>
    </main>
  );
}
''')

ph("contact_form_existing_handlers.tsx", r'''
import { useState, type FormEvent } from 'react';

type FormState = { name: string; email: string; message: string };

export function ContactForm({ onSent }: { onSent?: () => void }) {
  const [form, setForm] = useState<FormState>({ name: '', email: '', message: '' });
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // ...existing handlers

  return (
    <form onSubmit={handleSubmit} className="space-y-4">
      <input name="name" value={form.name} onChange={handleChange} required />
      <input name="email" type="email" value={form.email} onChange={handleChange} required />
      <textarea name="message" value={form.message} onChange={handleChange} rows={5} />
      {error && <p role="alert" className="text-red-600">{error}</p>}
      <button type="submit" disabled={sending}>
        {sending ? 'Sending' : 'Send'}
      </button>
    </form>
  );
}
''')

ph("navbar_links_stay_same.tsx", r'''
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/lib/utils';

const linkClass = 'rounded px-3 py-2 text-sm font-medium hover:bg-muted';

export function Navbar() {
  const pathname = usePathname();
  return (
    <nav className="flex items-center gap-2 border-b px-4 py-2">
      <Link href="/" className="mr-4 font-bold">
        Acme
      </Link>
      <Link href="/pricing" className={cn(linkClass, pathname === '/pricing' && 'bg-muted')}>
        Pricing
      </Link>
      {/* other nav links stay the same */}
      <div className="ml-auto">
        <Link href="/login" className={linkClass}>
          Sign in
        </Link>
      </div>
    </nav>
  );
}
''')

ph("modal_props_interface_snip.tsx", r'''
import { useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

interface ModalProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  /* snip */
}

export function Modal({ open, title, onClose, children }: ModalProps) {
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    dialogRef.current?.focus();
    return () => window.removeEventListener('keydown', onKey);
  }, [open, onClose]);

  if (!open) return null;
  return createPortal(
    <div className="modal-backdrop" onClick={onClose}>
      <div ref={dialogRef} role="dialog" aria-label={title} tabIndex={-1} onClick={(e) => e.stopPropagation()}>
        <h2>{title}</h2>
        {children}
      </div>
    </div>,
    document.body,
  );
}
''')

ph("orders_table_columns_bare_ellipsis_spreads_next.tsx", r'''
import type { ColumnDef } from '@tanstack/react-table';
import { Badge } from '@/components/ui/badge';
import { formatCurrency } from '@/lib/format';

export type OrderRow = {
  id: string;
  customer: string;
  status: 'pending' | 'paid' | 'refunded';
  total: number;
};

export const columns: ColumnDef<OrderRow>[] = [
  { accessorKey: 'id', header: 'Order' },
  { accessorKey: 'customer', header: 'Customer' },
  ...
  {
    accessorKey: 'total',
    header: () => <div className="text-right">Total</div>,
    cell: ({ row }) => <div className="text-right">{formatCurrency(row.original.total)}</div>,
  },
];

export function StatusBadge({ status }: { status: OrderRow['status'] }) {
  return <Badge variant={status === 'paid' ? 'default' : 'secondary'}>{status}</Badge>;
}
''')

ph("app_providers_your_existing.tsx", r'''
'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ThemeProvider } from 'next-themes';
import { SessionProvider } from 'next-auth/react';
import { useState, type ReactNode } from 'react';

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } }),
  );

  return (
    <SessionProvider>
      <QueryClientProvider client={queryClient}>
        <ThemeProvider attribute="class" defaultTheme="system" enableSystem>
          {/* …your existing providers here */}
          {children}
        </ThemeProvider>
      </QueryClientProvider>
    </SessionProvider>
  );
}
''')

ph("settings_page_useeffect_same.tsx", r'''
import { useEffect, useState } from 'react';
import { getSettings, saveSettings, type Settings } from '@/api/settings';
import { Toggle } from '@/components/Toggle';

export default function SettingsPage() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [dirty, setDirty] = useState(false);

  useEffect(() => {
    // same as before
  }, []);

  const update = <K extends keyof Settings>(key: K, value: Settings[K]) => {
    setSettings((s) => (s ? { ...s, [key]: value } : s));
    setDirty(true);
  };

  if (!settings) return <p>Loading settings</p>;

  return (
    <div className="settings">
      <Toggle label="Email notifications" checked={settings.emailNotifications} onChange={(v) => update('emailNotifications', v)} />
      <Toggle label="Weekly digest" checked={settings.weeklyDigest} onChange={(v) => update('weeklyDigest', v)} />
      <button disabled={!dirty} onClick={() => saveSettings(settings).then(() => setDirty(false))}>
        Save
      </button>
    </div>
  );
}
''')

ph("theme_palette_object_ellipsis.tsx", r'''
import { createTheme, ThemeProvider, CssBaseline } from '@mui/material';
import type { ReactNode } from 'react';

const theme = createTheme({
  palette: {
    mode: 'light',
    primary: { main: '#2563eb' },
    ...
  },
  typography: {
    fontFamily: 'Inter, system-ui, sans-serif',
    h1: { fontSize: '2.25rem', fontWeight: 700 },
  },
  shape: { borderRadius: 10 },
});

export function AppTheme({ children }: { children: ReactNode }) {
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      {children}
    </ThemeProvider>
  );
}
''', parses=False)

ph("use_pagination_hook_previous_impl.tsx", r'''
import { useCallback, useMemo, useState } from 'react';

export interface PaginationOptions {
  total: number;
  pageSize?: number;
  initialPage?: number;
}

export function usePagination({ total, pageSize = 20, initialPage = 1 }: PaginationOptions) {
  const [page, setPage] = useState(initialPage);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));

  // [previous implementation]

  const range = useMemo(() => {
    const start = (page - 1) * pageSize;
    return { start, end: Math.min(start + pageSize, total) };
  }, [page, pageSize, total]);

  return { page, pageCount, range, next, prev, goTo, hasNext: page < pageCount, hasPrev: page > 1 };
}

export const PageInfo = ({ page, pageCount }: { page: number; pageCount: number }) => (
  <span className="text-sm text-muted-foreground">
    Page {page} of {pageCount}
  </span>
);
''')

ph("inbox_list_item_render_omitted.tsx", r'''
import { ListItem, ListItemAvatar, ListItemText, Avatar, IconButton } from '@mui/material';
import ArchiveIcon from '@mui/icons-material/Archive';
import type { Message } from '@/types';

interface Props {
  message: Message;
  selected: boolean;
  onSelect: (id: string) => void;
  onArchive: (id: string) => void;
}

export function InboxListItem({ message, selected, onSelect, onArchive }: Props) {
  return (
    <ListItem
      selected={selected}
      onClick={() => onSelect(message.id)}
      secondaryAction={
        <>
          <IconButton edge="end" aria-label="archive" onClick={() => onArchive(message.id)}>
            <ArchiveIcon />
          </IconButton>
          {/* (rendering of the other secondary actions omitted) */}
        </>
      }
    >
      <ListItemAvatar>
        <Avatar src={message.sender.avatarUrl}>{message.sender.name[0]}</Avatar>
      </ListItemAvatar>
      <ListItemText primary={message.subject} secondary={message.preview} />
    </ListItem>
  );
}
''')

ph("auth_context_value_etc.tsx", r'''
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { api } from '@/lib/api';
import type { User } from '@/types';

interface AuthContextValue {
  user: User | null;
  login: (email: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
  refresh: () => Promise<void>;
}

const AuthContext = createContext<AuthContextValue | undefined>(undefined);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);

  const value = useMemo<AuthContextValue>(
    () => ({
      user,
      login: async (email, password) => setUser(await api.login(email, password)),
      // etc.
    }),
    [user],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth() {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth must be used inside <AuthProvider>');
  return ctx;
}
''')

ph("button_stories_repeat_tail.tsx", r'''
import type { Meta, StoryObj } from '@storybook/react';
import { fn } from '@storybook/test';
import { Button } from './Button';

const meta = {
  title: 'UI/Button',
  component: Button,
  args: { onClick: fn(), children: 'Click me' },
  argTypes: {
    variant: { control: 'select', options: ['primary', 'secondary', 'ghost'] },
    size: { control: 'radio', options: ['sm', 'md', 'lg'] },
  },
} satisfies Meta<typeof Button>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Primary: Story = {
  args: { variant: 'primary' },
};

export const Secondary: Story = {
  args: { variant: 'secondary' },
};

// Repeat for the Disabled, Loading and Error stories
''')

ph("root_layout_metadata_unchanged.tsx", r'''
import type { Metadata, Viewport } from 'next';
import { Inter } from 'next/font/google';
import './globals.css';

const inter = Inter({ subsets: ['latin'], variable: '--font-inter' });

export const metadata: Metadata = {
  title: { default: 'Acme Analytics', template: '%s | Acme Analytics' },
  description: 'Product analytics for small teams.',
  // … (unchanged)
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0b0b0f' },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={inter.variable}>
      <body className="min-h-screen bg-background antialiased">{children}</body>
    </html>
  );
}
''')

ph("error_boundary_methods_as_before.tsx", r'''
import { Component, type ErrorInfo, type ReactNode } from 'react';
import * as Sentry from '@sentry/react';

interface Props {
  fallback?: ReactNode;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  /* componentDidCatch, reset() etc. as before */

  render() {
    if (this.state.error) {
      return this.props.fallback ?? (
        <div role="alert">
          <p>Something went wrong.</p>
          <button onClick={() => this.setState({ error: null })}>Try again</button>
        </div>
      );
    }
    return this.props.children;
  }
}
''')

ph("app_routes_keep_rest.tsx", r'''
import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes, Navigate } from 'react-router-dom';
import { RequireAuth } from './auth/RequireAuth';
import { Spinner } from './components/Spinner';

const Home = lazy(() => import('./pages/Home'));
const Login = lazy(() => import('./pages/Login'));
const Projects = lazy(() => import('./pages/Projects'));

export function App() {
  return (
    <BrowserRouter>
      <Suspense fallback={<Spinner />}>
        <Routes>
          <Route path="/" element={<Home />} />
          <Route path="/login" element={<Login />} />
          <Route element={<RequireAuth />}>
            <Route path="/projects" element={<Projects />} />
            {/* keep the rest of your routes */}
          </Route>
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </Suspense>
    </BrowserRouter>
  );
}
''')

ph("card_styled_components_css.tsx", r'''
import styled, { css } from 'styled-components';
import type { ReactNode } from 'react';

const Wrapper = styled.article<{ $elevated?: boolean }>`
  display: flex;
  flex-direction: column;
  gap: 0.75rem;
  padding: 1.25rem;
  border-radius: 12px;
  background: ${({ theme }) => theme.colors.surface};
  /* ...existing styles... */
  ${({ $elevated }) =>
    $elevated &&
    css`
      box-shadow: 0 8px 24px rgba(0, 0, 0, 0.12);
    `}
`;

const Title = styled.h3`
  margin: 0;
  font-size: 1.125rem;
`;

export function Card({ title, elevated, children }: { title: string; elevated?: boolean; children: ReactNode }) {
  return (
    <Wrapper $elevated={elevated}>
      <Title>{title}</Title>
      {children}
    </Wrapper>
  );
}
''')

ph("editor_action_union_other_actions.tsx", r'''
import { useReducer } from 'react';

type Block = { id: string; type: 'text' | 'image'; content: string };

type EditorState = { blocks: Block[]; selectedId: string | null };

type EditorAction =
  | { type: 'add'; block: Block }
  | { type: 'remove'; id: string }
  | { type: 'select'; id: string | null }
  // | ...other actions
  | { type: 'reset' };

function reducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'add':
      return { ...state, blocks: [...state.blocks, action.block] };
    case 'remove':
      return { ...state, blocks: state.blocks.filter((b) => b.id !== action.id) };
    case 'select':
      return { ...state, selectedId: action.id };
    case 'reset':
      return { blocks: [], selectedId: null };
  }
}

export function useEditor() {
  return useReducer(reducer, { blocks: [], selectedId: null });
}
''')
