export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export function safeParse<T = JsonValue>(text: string): T | undefined {
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

export function readJsonFile(path: string): JsonValue | undefined {
  const fs = require('node:fs') as typeof import('node:fs');
  try {
    return safeParse(fs.readFileSync(path, 'utf8'));
  } catch (e