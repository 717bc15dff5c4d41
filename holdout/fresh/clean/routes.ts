export const ROUTES = {
  home: '/',
  login: '/login',
  user: '/users/:id',
  settings: '/settings/:section?',
} as const satisfies Record<string, `/${string}`>;

export type RouteName = keyof typeof ROUTES;

export enum Method {
  Get = 'GET',
  Post = 'POST',
}

export namespace Paths {
  export function build(name: RouteName, params: Record<string, string | number> = {}): string {
    return ROUTES[name]
      .replace(/:(\w+)\??/g, (_, key: string) => (key in params ? encodeURIComponent(String(params[key])) : ''))
      .replace(/\/$/, '') || '/';
  }
}

export const isRoute = (s: string): s is RouteName => Object.prototype.hasOwnProperty.call(ROUTES, s);
