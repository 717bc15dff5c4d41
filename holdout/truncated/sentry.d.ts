import type { Scope } from "@sentry/types";

declare module "@acme/telemetry" {
  export interface TelemetryOptions {
    dsn: string;
    environment: "development" | "staging" | "production";
    sampleRate?: number;
    tracesSampleRate?: number;
  }

  export function init(options: TelemetryOptions): void;
  export function captureException(error: unknown, context?: Record<string, unknown>): string;
  export function withScope<T>(callback: (scope: Scope) => T): T;
  export function setUser(user: { id: string; email?: string } | null): void;
  export function flush(timeoutMs?: number): Promise<boolean