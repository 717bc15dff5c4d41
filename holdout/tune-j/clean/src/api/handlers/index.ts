import type { IncomingMessage, ServerResponse } from 'node:http';
import { health } from './health';
import { listProjects, getProject } from './projects';
import { createToken, revokeToken } from './tokens';

export type Handler = (req: IncomingMessage, res: ServerResponse, params: Record<string, string>) => Promise<void>;

// health.ts is the smallest example; the others follow the same shape and live next to it
export const routes: Array<[method: string, pattern: RegExp, handler: Handler]> = [
  ['GET', /^\/health$/, health],
  ['GET', /^\/projects$/, listProjects],
  ['GET', /^\/projects\/(?<id>[\w-]+)$/, getProject],
  ['POST', /^\/tokens$/, createToken],
  ['DELETE', /^\/tokens\/(?<id>[\w-]+)$/, revokeToken],
];

export function match(method: string, url: string) {
  for (const [m, pattern, handler] of routes) {
    const hit = m === method ? pattern.exec(url) : null;
    if (hit) return { handler, params: hit.groups ?? {} };
  }
  return null;
}
