declare module 'legacy-formatter' {
  export function format(value: number, pattern?: string): string;
  export const version: string;
}

declare global {
  interface Window {
    __APP_VERSION__: string;
  }
}

export function toArray(value: string): string[];
export function toArray(value: string[]): string[];
export function toArray(value: string | string[]): string[] {
  return Array.isArray(value) ? value : value.split(',').map((s) => s.trim());
}

export function pick<T extends object, K extends keyof T>(obj: T, ...keys: K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) out[key] = obj[key];
  return out;
}
