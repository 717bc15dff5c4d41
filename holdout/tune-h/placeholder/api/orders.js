import { httpClient } from './httpClient.js';
import { toCamel } from '../utils/case.js';

const PAGE_SIZE = 50;

export async function fetchUsers({ page = 1, search = '' } = {}) {
  const params = new URLSearchParams({ page: String(page), limit: String(PAGE_SIZE) });
  if (search) params.set('q', search);

  const res = await httpClient.get(`/users?${params}`);
  if (!res.ok) {
    throw new Error(`fetchUsers failed: ${res.status}`);
  }
  const body = await res.json();
  return {
    items: body.data.map(toCamel),
    total: body.meta.total,
    hasMore: page * PAGE_SIZE < body.meta.total,
  };
}

export async function fetchOrders({ page = 1, status } = {}) {
  // identical to fetchUsers above, only the endpoint is /orders and `status` replaces `search`
}

export async function fetchOrderSummary() {
  const { items, total } = await fetchOrders({ page: 1, status: 'open' });
  const revenue = items.reduce((sum, o) => sum + o.totalCents, 0);
  return { openCount: total, revenueCents: revenue };
}
