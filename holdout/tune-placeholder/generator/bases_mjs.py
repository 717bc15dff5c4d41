from bases import ph

ph("vite_config_plugins_your_other.mjs", r'''
import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath, URL } from 'node:url';

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '');
  return {
    plugins: [
      react(),
      // ...your other plugins
    ],
    resolve: {
      alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
    },
    server: {
      port: 5173,
      proxy: {
        '/api': { target: env.API_URL ?? 'http://localhost:8000', changeOrigin: true },
      },
    },
    build: { sourcemap: mode !== 'production', outDir: 'dist' },
  };
});
''')

ph("next_config_headers_existing.mjs", r'''
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  output: 'standalone',
  images: {
    remotePatterns: [
      { protocol: 'https', hostname: 'images.example-cdn.com' },
      { protocol: 'https', hostname: 'avatars.githubusercontent.com' },
    ],
  },
  async headers() {
    // existing headers config
  },
  async redirects() {
    return [
      { source: '/docs', destination: '/docs/getting-started', permanent: true },
      { source: '/blog/:slug(\\d{4}-.*)', destination: '/posts/:slug', permanent: true },
    ];
  },
  experimental: {
    typedRoutes: true,
  },
};

export default nextConfig;
''')

ph("server_bootstrap_routes_previous_version.mjs", r'''
import Fastify from 'fastify';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import { db } from './db.mjs';

const app = Fastify({ logger: { level: process.env.LOG_LEVEL ?? 'info' } });

await app.register(cors, { origin: true });
await app.register(rateLimit, { max: 100, timeWindow: '1 minute' });

app.decorate('db', db);

// routes unchanged from previous version

app.addHook('onClose', async () => {
  await db.end();
});

const port = Number(process.env.PORT ?? 3000);
try {
  await app.listen({ port, host: '0.0.0.0' });
} catch (err) {
  app.log.error(err);
  process.exit(1);
}
''')

ph("cli_commands_switch_elided.mjs", r'''
#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { readFile } from 'node:fs/promises';
import { init, build, serve } from './commands/index.mjs';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    config: { type: 'string', short: 'c', default: 'site.config.json' },
    verbose: { type: 'boolean', short: 'v', default: false },
  },
});

const [command = 'help', ...rest] = positionals;
const config = JSON.parse(await readFile(values.config, 'utf8'));

switch (command) {
  case 'init':
    await init(rest[0] ?? '.', { verbose: values.verbose });
    break;
  case 'build':
    await build(config, { verbose: values.verbose });
    break;
  // … remaining commands elided
  default:
    console.error(`Unknown command: ${command}`);
    process.exitCode = 1;
}
''')

ph("rollup_config_output_as_is.mjs", r'''
import resolve from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import pkg from './package.json' with { type: 'json' };

export default {
  input: 'src/index.ts',
  external: [...Object.keys(pkg.peerDependencies ?? {})],
  output: [
    {
      file: pkg.main,
      format: 'cjs',
      sourcemap: true,
      exports: 'named',
    },
    /* the esm/umd builds stay as-is */
  ],
  plugins: [
    resolve({ browser: true }),
    commonjs(),
    typescript({ tsconfig: './tsconfig.build.json' }),
    terser(),
  ],
};
''')

ph("build_script_toplevel_bare_ellipsis.mjs", r'''
import { rm, mkdir, cp } from 'node:fs/promises';
import { build } from 'esbuild';

const outdir = 'dist';

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

await build({
  entryPoints: ['src/index.ts', 'src/worker.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outdir,
  sourcemap: true,
});

...

await cp('public', `${outdir}/public`, { recursive: true });
console.log('build finished');
''', parses=False)

ph("tailwind_config_keep_existing_colors.cjs", r'''
/** @type {import('tailwindcss').Config} */
module.exports = {
  content: ['./index.html', './src/**/*.{js,jsx,ts,tsx}'],
  darkMode: 'class',
  theme: {
    extend: {
      colors: {
        brand: {
          50: '#eef6ff',
          500: '#2f6feb',
          900: '#0b2a66',
        },
        // ... keep your existing colors
      },
      fontFamily: {
        sans: ['Inter', 'ui-sans-serif', 'system-ui'],
      },
    },
  },
  plugins: [require('@tailwindcss/forms'), require('@tailwindcss/typography')],
};
''')

ph("eslintrc_overrides_as_before.cjs", r'''
module.exports = {
  root: true,
  parser: '@typescript-eslint/parser',
  plugins: ['@typescript-eslint', 'import'],
  extends: [
    'eslint:recommended',
    'plugin:@typescript-eslint/recommended',
    'plugin:import/recommended',
    'plugin:import/typescript',
    'prettier',
  ],
  rules: {
    '@typescript-eslint/no-explicit-any': 'warn',
    'import/order': ['error', { 'newlines-between': 'always', alphabetize: { order: 'asc' } }],
  },
  overrides: [
    // overrides as before
  ],
  ignorePatterns: ['dist/', 'coverage/', '*.generated.ts'],
};
''')

ph("commitlint_config_other_rules.cjs", r'''
module.exports = {
  extends: ['@commitlint/config-conventional'],
  rules: {
    'type-enum': [
      2,
      'always',
      ['build', 'chore', 'ci', 'docs', 'feat', 'fix', 'perf', 'refactor', 'revert', 'style', 'test'],
    ],
    'scope-enum': [2, 'always', ['api', 'web', 'worker', 'infra', 'deps']],
    'subject-case': [2, 'never', ['start-case', 'pascal-case', 'upper-case']],
    // (other rules unchanged)
  },
  prompt: {
    settings: { enableMultipleScopes: true },
  },
};
''')

ph("postcss_config_plugins_object_ellipsis.cjs", r'''
const isProd = process.env.NODE_ENV === 'production';

module.exports = {
  plugins: {
    'postcss-import': {},
    'tailwindcss/nesting': {},
    tailwindcss: {},
    ...,
    autoprefixer: {},
    ...(isProd ? { cssnano: { preset: 'default' } } : {}),
  },
};

// Note: postcss-import must stay first so that @import rules are inlined
// before Tailwind processes the file.
''', parses=False)

ph("prettier_config_options_etc.cjs", r'''
/** @type {import("prettier").Config} */
const config = {
  printWidth: 100,
  tabWidth: 2,
  semi: true,
  singleQuote: true,
  trailingComma: 'all',
  bracketSpacing: true,
  arrowParens: 'always',
  // etc.
  overrides: [
    {
      files: '*.md',
      options: { proseWrap: 'always', printWidth: 80 },
    },
    {
      files: ['*.yml', '*.yaml'],
      options: { singleQuote: false },
    },
  ],
};

module.exports = config;
''')

ph("resize_worker_handler_no_changes.mjs", r'''
import { parentPort, workerData } from 'node:worker_threads';
import sharp from 'sharp';

const { quality = 80, formats = ['webp', 'avif'] } = workerData ?? {};

async function resize(input, width) {
  const base = sharp(input).resize({ width, withoutEnlargement: true });
  const out = {};
  for (const format of formats) {
    out[format] = await base.clone().toFormat(format, { quality }).toBuffer();
  }
  return out;
}

parentPort.on('message', async (msg) => {
  // message handling — no changes
});

parentPort.postMessage({ type: 'ready', formats });
''')

ph("db_pool_query_helpers_omitted.cjs", r'''
const { Pool } = require('pg');

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.PG_POOL_MAX || 10),
  idleTimeoutMillis: 30000,
  ssl: process.env.PGSSLMODE === 'require' ? { rejectUnauthorized: false } : false,
});

pool.on('error', (err) => {
  console.error('unexpected idle client error', err);
});

async function withTransaction(fn) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  } finally {
    client.release();
  }
}

// [query helpers omitted]

module.exports = { pool, withTransaction, query, queryOne, queryMany };
''')

ph("jest_config_projects_repeat.cjs", r'''
const base = {
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};

module.exports = {
  collectCoverage: !!process.env.CI,
  coverageReporters: ['text-summary', 'lcov'],
  projects: [
    {
      ...base,
      displayName: 'core',
      rootDir: '<rootDir>/packages/core',
      testEnvironment: 'node',
    },
    // repeat for the other packages
  ],
};
''')

ph("express_app_error_handler_same_as_above.cjs", r'''
const express = require('express');
const morgan = require('morgan');
const { NotFoundError, ValidationError } = require('./errors');
const routes = require('./routes');

const app = express();

app.use(morgan(process.env.NODE_ENV === 'production' ? 'combined' : 'dev'));
app.use(express.json());
app.use('/api', routes);

app.use((req, res, next) => {
  next(new NotFoundError(`No route for ${req.method} ${req.path}`));
});

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  /* same as above */
});

module.exports = app;
''')

ph("label_pr_script_lines_unchanged.mjs", r'''
// Invoked from .github/workflows/label-pr.yml via actions/github-script.
export default async function labelPullRequest({ github, context, core }) {
  const { owner, repo } = context.repo;
  const pull_number = context.payload.pull_request.number;

  const files = await github.paginate(github.rest.pulls.listFiles, {
    owner,
    repo,
    pull_number,
    per_page: 100,
  });

  const labels = new Set();

  // Lines 30–85: unchanged

  if (labels.size === 0) {
    core.info('No labels to apply');
    return;
  }

  await github.rest.issues.addLabels({ owner, repo, issue_number: pull_number, labels: [...labels] });
  core.info(`Applied labels: ${[...labels].join(', ')}`);
}
''')

ph("migrate_script_previous_steps.mjs", r'''
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import postgres from 'postgres';

const sql = postgres(process.env.DATABASE_URL, { max: 1 });
const dir = path.resolve('migrations');

async function applied() {
  await sql`create table if not exists schema_migrations (name text primary key, applied_at timestamptz default now())`;
  const rows = await sql`select name from schema_migrations`;
  return new Set(rows.map((r) => r.name));
}

const done = await applied();
const files = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();

// (previous migration steps)

for (const file of files) {
  if (done.has(file)) continue;
  const body = await readFile(path.join(dir, file), 'utf8');
  await sql.begin(async (tx) => {
    await tx.unsafe(body);
    await tx`insert into schema_migrations (name) values (${file})`;
  });
  console.log(`applied ${file}`);
}

await sql.end();
''')
