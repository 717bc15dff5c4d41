from common import F
L = "clean"
T = "typescript"

F(L, "src/types/tuple.ts", T, "valid TS: variadic tuple types '[...T, U]', rest params, comments 'rest of the tuple', 'unchanged'", r'''
/** Append U to the tuple T; the rest of the tuple is unchanged. */
export type Push<T extends unknown[], U> = [...T, U];

/** Drop the first element, e.g. Tail<[a, b, c]> = [b, c]. */
export type Tail<T extends unknown[]> = T extends [unknown, ...infer R] ? R : [];

export type Fn<A extends unknown[] = unknown[], R = unknown> = (...args: A) => R;

export function partial<A extends unknown[], B extends unknown[], R>(
  fn: (...args: [...A, ...B]) => R,
  ...head: A
): (...tail: B) => R {
  return (...tail: B) => fn(...head, ...tail);
}

// e.g. const greet = partial((greeting: string, name: string) => `${greeting}, ${name}`, 'Hi');
''')

F(L, "src/api/chat.ts", T, "valid TS: a system prompt template literal full of assistant prose ('Here is the conversation so far...', 'Let me know', 'Note:')", r'''
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

const SYSTEM_PROMPT = `You are a concise support assistant for Acme.
Note: only answer questions about Acme products.
If you are unsure, say so and end with "Let me know if you need anything else!"`;

export function buildPrompt(history: ChatMessage[], question: string): ChatMessage[] {
  const transcript = history.map((m) => `${m.role}: ${m.content}`).join('\n');
  return [
    { role: 'system', content: SYSTEM_PROMPT },
    {
      role: 'user',
      content: `Here is the conversation so far...\n${transcript}\n\nNew question: ${question}`,
    },
  ];
}
''')

F(L, "src/components/AddressForm.tsx", T, "valid TSX: {...register()} JSX spreads, a JSX comment '{/* TODO: add the rest of the address fields once the API supports them */}' in a complete form", r'''
import { useForm } from 'react-hook-form';

export interface AddressInput {
  street: string;
  city: string;
  postcode: string;
}

export function AddressForm({ onSubmit }: { onSubmit: (a: AddressInput) => void }) {
  const { register, handleSubmit, formState } = useForm<AddressInput>();

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate>
      <label htmlFor="street">Street</label>
      <input id="street" {...register('street', { required: true })} />
      <label htmlFor="city">City</label>
      <input id="city" {...register('city', { required: true })} />
      <label htmlFor="postcode">Postcode</label>
      <input id="postcode" {...register('postcode', { required: true, maxLength: 10 })} />
      {/* TODO: add the rest of the address fields (region, country) once the API supports them */}
      <button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? 'Saving...' : 'Save'}
      </button>
    </form>
  );
}
''')

F(L, "src/utils/omit.ts", T, "valid TS: computed-key rest destructuring '...rest', comments 'returns the rest unchanged'", r'''
/**
 * Remove one key from an object.
 * Returns a shallow copy; the rest of the object is returned unchanged.
 */
export function omit<T extends object, K extends keyof T>(obj: T, key: K): Omit<T, K> {
  const { [key]: _removed, ...rest } = obj;
  return rest;
}

export function omitMany<T extends object, K extends keyof T>(obj: T, ...keys: K[]): Omit<T, K> {
  const copy = { ...obj };
  for (const k of keys) delete copy[k];
  return copy;
}

export function pick<T extends object, K extends keyof T>(obj: T, ...keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, obj[k]])) as Pick<T, K>;
}
''')

F(L, "src/store/filters.ts", T, "valid TS reducer: 'default: return state; // unchanged', comment 'as before', spreads", r'''
export interface FilterState {
  query: string;
  tags: string[];
  sort: 'newest' | 'oldest';
}

export type FilterAction =
  | { type: 'query'; value: string }
  | { type: 'toggleTag'; tag: string }
  | { type: 'sort'; value: FilterState['sort'] }
  | { type: 'reset' };

export const initialFilters: FilterState = { query: '', tags: [], sort: 'newest' };

export function filters(state: FilterState, action: FilterAction): FilterState {
  switch (action.type) {
    case 'query':
      return { ...state, query: action.value };
    case 'toggleTag':
      return state.tags.includes(action.tag)
        ? { ...state, tags: state.tags.filter((t) => t !== action.tag) }
        : { ...state, tags: [...state.tags, action.tag] };
    case 'sort':
      return { ...state, sort: action.value };
    case 'reset':
      return initialFilters; // sorting resets too, as before
    default:
      return state; // unchanged
  }
}
''')

F(L, "tools/src/usage.ts", T, "valid TS: usage text with '<file...>' and '...' plus 'Note:'; no final newline", r'''
export const USAGE = `Usage: fmtcheck [options] <file...>

Options:
  --fix         rewrite files in place
  --quiet       only print errors
  -- ...        anything after -- is forwarded to the formatter

Note: directories are searched recursively (node_modules, dist, etc. are skipped).`;

export function printUsage(stream: NodeJS.WriteStream = process.stderr): void {
  stream.write(`${USAGE}\n`);
}

export function parseFlags(argv: readonly string[]): { fix: boolean; quiet: boolean; files: string[] } {
  const files = argv.filter((a) => !a.startsWith('--'));
  return { fix: argv.includes('--fix'), quiet: argv.includes('--quiet'), files };
}''')

F(L, "src/logger.ts", T, "valid TS: '...args: unknown[]' rest params and spreads, comments 'Note:' and 'the rest goes to stdout'", r'''
type Level = 'debug' | 'info' | 'warn' | 'error';

const rank: Record<Level, number> = { debug: 0, info: 1, warn: 2, error: 3 };
const threshold: Level = (process.env.LOG_LEVEL as Level | undefined) ?? 'info';

// Note: errors and warnings go to stderr; the rest goes to stdout.
function emit(level: Level, ...args: unknown[]): void {
  if (rank[level] < rank[threshold]) return;
  const line = [new Date().toISOString(), level.toUpperCase(), ...args];
  (rank[level] >= rank.warn ? console.error : console.log)(...line);
}

export const log = {
  debug: (...args: unknown[]) => emit('debug', ...args),
  info: (...args: unknown[]) => emit('info', ...args),
  warn: (...args: unknown[]) => emit('warn', ...args),
  error: (...args: unknown[]) => emit('error', ...args),
};
''')
