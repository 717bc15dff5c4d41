from common import add

L = "clean"
J = "JavaScript"


def ok(path, body, marks, what, nl=True):
    add(L, path, J, body, f"valid; suspicious-looking but genuine: {what}", marks, nl, kind="clean")


ok("src/http/client.js", r'''
'use strict';

const DEFAULTS = {
  timeoutMs: 10_000,
  retries: 2,
  headers: { accept: 'application/json' },
};
// other options use defaults from undici (keep-alive, pipelining, etc.)

/**
 * Thin fetch wrapper. Here is the contract:
 *  - resolves with parsed JSON for 2xx responses
 *  - rejects with an Error carrying `status` for everything else
 */
async function request(url, options = {}) {
  const { timeoutMs, retries, headers, ...rest } = { ...DEFAULTS, ...options };
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(url, {
      ...rest,
      headers: { ...DEFAULTS.headers, ...headers },
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (res.ok) return res.status === 204 ? null : res.json();
    if (res.status < 500 || attempt >= retries) {
      const err = new Error(`HTTP ${res.status} for ${url}`);
      err.status = res.status;
      throw err;
    }
  }
}

module.exports = { request, DEFAULTS };
''', ["// other options use defaults", "Here is the contract:", "...rest } ="], "comment '// other options use defaults ... etc.' after a complete object at line {0}; JSDoc 'Here is the contract:' at line {1}; object rest/spread at line {2}")

ok("lib/compose.mjs", r'''
/**
 * compose(f, g, h)(x) === f(g(h(x)))
 * Note: functions are applied right to left, same as in Redux and Ramda.
 */
export const compose = (...fns) => (input) => fns.reduceRight((acc, fn) => fn(acc), input);

export const pipe = (...fns) => (input) => fns.reduce((acc, fn) => fn(acc), input);

/** Call `fn` with the leading arguments fixed; the rest come later. */
export function partial(fn, ...head) {
  return (...tail) => fn(...head, ...tail);
}

export function once(fn) {
  let called = false;
  let result;
  return function onceWrapper(...args) {
    if (!called) {
      called = true;
      result = fn.apply(this, args);
    }
    return result;
  };
}

// TODO: add debounce/throttle here if the UI package stops shipping its own.
''', ["Note: functions are applied", "the rest come later", "// TODO: add debounce"], "JSDoc 'Note: ... same as in Redux' at line {0}; 'the rest come later' at line {1}; '// TODO' at line {2}; rest parameters and spread calls throughout")

ok("web/src/components/Button.jsx", r'''
import clsx from 'clsx';
import styles from './Button.module.css';

/**
 * Button with our design-system variants.
 * Any other prop (onClick, aria-*, data-*, etc.) is passed through unchanged.
 */
export function Button({ variant = 'primary', size = 'md', className, children, ...props }) {
  return (
    <button
      type="button"
      className={clsx(styles.button, styles[variant], styles[size], className)}
      {...props}
    >
      {children}
    </button>
  );
}

export function IconButton({ icon, label, ...rest }) {
  return (
    <Button variant="ghost" aria-label={label} {...rest}>
      {icon}
    </Button>
  );
}

export function LoadingButton({ loading, children, ...rest }) {
  return (
    <Button disabled={loading} {...rest}>
      {loading ? 'Saving...' : children}
    </Button>
  );
}
''', ["passed through unchanged", "...props }) {", "'Saving...'"], "JSDoc 'etc. ... passed through unchanged' at line {0}; rest props at line {1} and JSX spread attributes; string 'Saving...' at line {2}")

ok("server/middleware/requestLog.js", r'''
const { randomUUID } = require('node:crypto');

/**
 * Logs one line per request. Here is an example line:
 *   GET /api/items 200 12ms rid=3f2c...
 */
function requestLog(logger, { skip = [] } = {}) {
  return function requestLogMiddleware(req, res, next) {
    if (skip.some((prefix) => req.path.startsWith(prefix))) return next();

    const started = process.hrtime.bigint();
    const rid = req.get('x-request-id') || randomUUID();
    res.set('x-request-id', rid);

    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info(`${req.method} ${req.originalUrl} ${res.statusCode} ${ms.toFixed(0)}ms rid=${rid}`);
    });

    // TODO: sample 2xx lines once traffic grows; errors are always logged.
    next();
  };
}

module.exports = requestLog;
''', ["Here is an example line:", "rid=3f2c...", "// TODO: sample"], "JSDoc 'Here is an example line:' at line {0} with '...' at line {1}; '// TODO' at line {2}; no final newline", nl=False)

ok("scripts/collect-licenses.mjs", r'''
#!/usr/bin/env node
// Writes THIRD_PARTY_LICENSES.md from the production dependency tree.
// Note: devDependencies are skipped, same as in the release build.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

const lines = ['# Third-party licenses', '', 'Here is the list of bundled packages:', ''];

for (const name of Object.keys(pkg.dependencies ?? {}).sort()) {
  const meta = require(`${name}/package.json`);
  const { version, license = 'UNKNOWN', ...rest } = meta;
  const homepage = rest.homepage ?? rest.repository?.url ?? '';
  lines.push(`- ${name}@${version} (${license}) ${homepage}`.trimEnd());
}

lines.push('', '...and that is all of them.');
await writeFile('THIRD_PARTY_LICENSES.md', lines.join('\n') + '\n');
console.log(`wrote ${lines.length} lines`);
''', ["// Note: devDependencies are skipped", "Here is the list of bundled packages:", "...and that is all of them."], "comment 'Note: ... same as in the release build' at line {0}; strings 'Here is the list ...:' (line {1}) and '...and that is all of them.' (line {2}); object rest")

ok("jest.config.js", r'''
/** @type {import('jest').Config} */
const base = {
  testEnvironment: 'node',
  clearMocks: true,
  coverageProvider: 'v8',
};

module.exports = {
  ...base,
  projects: [
    {
      ...base,
      displayName: 'unit',
      testMatch: ['<rootDir>/src/**/*.test.js'],
    },
    {
      ...base,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.js'],
      // same as unit, plus a longer timeout for the database container
      testTimeout: 30_000,
      globalSetup: '<rootDir>/test/integration/setup.js',
    },
  ],
  coverageThreshold: {
    global: { branches: 80, functions: 85, lines: 85, statements: 85 },
  },
};
// Remaining Jest options are left at their defaults on purpose.
''', ["...base,", "// same as unit, plus", "// Remaining Jest options"], "object spread '...base' at line {0}; comments 'same as unit' (line {1}) and 'Remaining Jest options are left at their defaults' after the complete export (line {2})")
