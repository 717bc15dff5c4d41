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
