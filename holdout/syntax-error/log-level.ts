import { format } from "node:util";

/** Numeric levels match pino, so logs can be shipped to the same pipeline. */
export enum LogLevel {
  Trace: 10,
  Debug: 20,
  Info: 30,
  Warn: 40,
  Error: 50,
}

const LABELS: Record<LogLevel, string> = {
  [LogLevel.Trace]: "TRACE",
  [LogLevel.Debug]: "DEBUG",
  [LogLevel.Info]: "INFO",
  [LogLevel.Warn]: "WARN",
  [LogLevel.Error]: "ERROR",
};

export function parseLevel(value: string | undefined, fallback = LogLevel.Info): LogLevel {
  if (!value) return fallback;
  const entry = Object.entries(LABELS).find(([, label]) => label === value.toUpperCase());
  return entry ? (Number(entry[0]) as LogLevel) : fallback;
}

export function shouldLog(level: LogLevel, threshold: LogLevel): boolean {
  return level >= threshold;
}

export function formatLine(level: LogLevel, msg: string, ...args: unknown[]): string {
  return `${new Date().toISOString()} ${LABELS[level].padEnd(5)} ${format(msg, ...args)}`;
}
