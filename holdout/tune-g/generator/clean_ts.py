from common import add

L = "clean"
T = "TypeScript"


def ok(path, body, marks, what, nl=True):
    add(L, path, T, body, f"valid; suspicious-looking but genuine: {what}", marks, nl, kind="clean")


ok("src/types/tuple.ts", r'''
// Tuple helpers used by the typed event emitter and the router.
// Note: these are type-level only; nothing here exists at runtime.

export type Head<T extends readonly unknown[]> = T extends readonly [infer H, ...unknown[]] ? H : never;

export type Tail<T extends readonly unknown[]> = T extends readonly [unknown, ...infer R] ? R : [];

export type Last<T extends readonly unknown[]> = T extends readonly [...unknown[], infer L] ? L : never;

export type Concat<A extends unknown[], B extends unknown[]> = [...A, ...B];

/** Drops the first N elements; the rest of the tuple is kept as is. */
export type Drop<T extends unknown[], N extends number, Acc extends unknown[] = []> =
  Acc['length'] extends N ? T : T extends [unknown, ...infer R] ? Drop<R, N, [...Acc, unknown]> : [];

export function concat<A extends unknown[], B extends unknown[]>(a: [...A], b: [...B]): Concat<A, B> {
  return [...a, ...b];
}

export function tail<T extends unknown[]>([, ...rest]: [...T]): Tail<T> {
  return rest as Tail<T>;
}
''', ["// Note: these are type-level only", "[unknown, ...infer R]", "the rest of the tuple is kept"], "comment 'Note:' at line {0}; variadic tuple types '...infer R' (line {1}) and '...A, ...B'; JSDoc 'the rest of the tuple' at line {2}")

ok("web/src/components/Modal.tsx", r'''
import { useEffect, useRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

type ModalProps = {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
} & Omit<ComponentPropsWithoutRef<'dialog'>, 'open' | 'title'>;

/**
 * Accessible modal built on <dialog>.
 * Note: focus trapping is handled by the browser; the rest is styling.
 */
export function Modal({ open, title, onClose, children, ...dialogProps }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return createPortal(
    <dialog ref={ref} onClose={onClose} aria-labelledby="modal-title" {...dialogProps}>
      <h2 id="modal-title">{title}</h2>
      {children}
      <button type="button" onClick={onClose}>
        Close
      </button>
    </dialog>,
    document.body,
  );
}
''', ["Note: focus trapping", "...dialogProps }: ModalProps"], "JSDoc 'Note: ... the rest is styling' at line {0}; rest props at line {1} and JSX spread attributes")

ok("src/logger.ts", r'''
import pino, { type LoggerOptions } from 'pino';

const base: LoggerOptions = {
  level: process.env.LOG_LEVEL ?? 'info',
  redact: ['req.headers.authorization', 'password', '*.token'],
  timestamp: pino.stdTimeFunctions.isoTime,
};
// other pino options are left at their defaults (serializers, hooks, etc.)

export const logger = pino(
  process.env.NODE_ENV === 'production'
    ? base
    : { ...base, transport: { target: 'pino-pretty', options: { colorize: true } } },
);

/**
 * Here is the pattern for request-scoped loggers:
 *   const log = child({ requestId });
 *   log.info('...');
 */
export function child(bindings: Record<string, unknown>, ...extra: Record<string, unknown>[]) {
  return logger.child(Object.assign({}, bindings, ...extra));
}
''', ["// other pino options are left", "Here is the pattern", "log.info('...');"], "comment '// other pino options are left at their defaults ... etc.' after a complete object at line {0}; JSDoc 'Here is the pattern ...' (line {1}) with '...' (line {2}); rest parameter")

ok("src/utils/assert.ts", r'''
export class AssertionError extends Error {
  override name = 'AssertionError';
}

export function assert(condition: unknown, message = 'Assertion failed'): asserts condition {
  if (!condition) throw new AssertionError(message);
}

/**
 * Exhaustiveness check for discriminated unions.
 * TODO: remove the runtime throw once every caller is covered by tests.
 */
export function assertNever(value: never, ...context: unknown[]): never {
  throw new AssertionError(`Unexpected value: ${JSON.stringify(value)} ${context.join(' ')}`.trim());
}

// Same as assert(), but narrows `T | null | undefined` to `T`.
export function assertDefined<T>(value: T, name = 'value'): asserts value is NonNullable<T> {
  if (value === null || value === undefined) {
    throw new AssertionError(`${name} is ${value === null ? 'null' : 'undefined'}`);
  }
}
''', ["TODO: remove the runtime throw", "...context: unknown[]", "// Same as assert()"], "JSDoc 'TODO' at line {0}; rest parameter at line {1}; comment 'Same as assert()' at line {2}; no final newline", nl=False)

ok("src/config/load.ts", r'''
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface AppConfig {
  port: number;
  database: { url: string; poolSize: number };
  features: Record<string, boolean>;
}

const DEFAULTS: AppConfig = {
  port: 8080,
  database: { url: 'postgres://localhost:5432/app', poolSize: 10 },
  features: {},
};

/**
 * Loads config files in order; later files win. Here is the usual call:
 *   loadConfig('config/base.yml', `config/${env}.yml`)
 * Keys missing from every file keep the defaults above (unchanged).
 */
export function loadConfig(...files: string[]): AppConfig {
  return files.reduce<AppConfig>((acc, file) => {
    const partial = parse(readFileSync(file, 'utf8')) as Partial<AppConfig> | null;
    return {
      ...acc,
      ...partial,
      database: { ...acc.database, ...partial?.database },
      features: { ...acc.features, ...partial?.features },
    };
  }, DEFAULTS);
}
''', ["Here is the usual call:", "(unchanged)", "...files: string[]", "...acc,"], "JSDoc 'Here is the usual call:' (line {0}) and '(unchanged)' (line {1}); rest parameter (line {2}) and object spreads from line {3}")

ok("src/events/emitter.ts", r'''
type Listener<Args extends unknown[]> = (...args: Args) => void;

/**
 * Minimal typed emitter.
 *   const e = new Emitter<{ saved: [id: string]; moved: [from: string, to: string] }>();
 *   e.on('moved', (from, to) => ...);
 */
export class Emitter<Events extends Record<string, unknown[]>> {
  private listeners: { [K in keyof Events]?: Set<Listener<Events[K]>> } = {};

  on<K extends keyof Events>(event: K, listener: Listener<Events[K]>): () => void {
    (this.listeners[event] ??= new Set()).add(listener);
    return () => this.off(event, listener);
  }

  off<K extends keyof Events>(event: K, listener: Listener<Events[K]>): void {
    this.listeners[event]?.delete(listener);
  }

  emit<K extends keyof Events>(event: K, ...args: Events[K]): void {
    // copy first: a listener may unsubscribe itself (the rest still run)
    for (const listener of [...(this.listeners[event] ?? [])]) {
      listener(...args);
    }
  }
}
''', ["(...args: Args) => void", "(from, to) => ...);", "the rest still run"], "variadic rest tuple type at line {0}; JSDoc example ending in '=> ...' at line {1}; comment 'the rest still run' at line {2}; spread of a Set")
