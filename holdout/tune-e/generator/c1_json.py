from common import f
D = 'language-mismatch'

f(D, 'package.json', 'json', 'whole file is YAML (package manifest written as YAML mapping)', r'''
name: "@acme/billing-ui"
version: 2.4.1
private: true
type: module
scripts:
  dev: vite
  build: tsc -b && vite build
  preview: vite preview --port 4173
  lint: eslint . --ext ts,tsx
  test: vitest run
dependencies:
  react: ^18.3.1
  react-dom: ^18.3.1
  "@tanstack/react-query": ^5.51.0
  zod: ^3.23.8
devDependencies:
  typescript: ^5.5.4
  vite: ^5.4.0
  vitest: ^2.0.5
  "@vitejs/plugin-react": ^4.3.1
engines:
  node: ">=20"
''')

f(D, 'vercel.json', 'json', 'whole file is a JavaScript module (module.exports object literal with // comments, unquoted keys, trailing commas)', r'''
// Vercel project configuration
module.exports = {
  framework: 'nextjs',
  buildCommand: 'pnpm build',
  outputDirectory: '.next',
  regions: ['fra1', 'iad1'],
  // keep API routes warm in EU
  functions: {
    'api/**/*.ts': {
      memory: 1024,
      maxDuration: 30,
    },
  },
  headers: [
    {
      source: '/(.*)',
      headers: [
        { key: 'X-Frame-Options', value: 'DENY' },
        { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
      ],
    },
  ],
  redirects: [
    { source: '/docs', destination: 'https://docs.acme.dev', permanent: true },
  ],
};
''')

f(D, 'cdk.json', 'json', 'whole file is TOML (tables and key = value)', r'''
app = "npx ts-node --prefer-ts-exts bin/infra.ts"

[watch]
include = ["**"]
exclude = [
  "README.md",
  "cdk*.json",
  "**/*.d.ts",
  "**/*.js",
  "tsconfig.json",
  "node_modules",
  "test",
]

[context]
"@aws-cdk/aws-lambda:recognizeLayerVersion" = true
"@aws-cdk/core:checkSecretUsage" = true
"@aws-cdk/aws-iam:minimizePolicies" = true
"@aws-cdk/core:target-partitions" = ["aws", "aws-cn"]
''')

f(D, 'users.json', 'json', 'whole file is a Python literal (list of dicts with True/False/None, single quotes)', r'''
[
    {
        'id': 1,
        'username': 'alice',
        'email': 'alice@example.com',
        'is_admin': True,
        'last_login': '2026-11-28T09:14:00Z',
        'team': 'platform',
    },
    {
        'id': 2,
        'username': 'bob',
        'email': 'bob@example.com',
        'is_admin': False,
        'last_login': None,
        'team': 'payments',
    },
    {
        'id': 3,
        'username': 'carol',
        'email': 'carol@example.com',
        'is_admin': False,
        'last_login': '2026-12-01T17:42:10Z',
        'team': None,
    },
]
''')

f(D, 'prices.json', 'json', 'whole file is CSV (header row plus records)', r'''
sku,name,currency,unit_price,tax_rate,active
BK-1001,Paperback notebook A5,EUR,4.90,0.19,true
BK-1002,Hardcover notebook A4,EUR,9.50,0.19,true
PN-2001,Gel pen black 0.5mm,EUR,1.20,0.19,true
PN-2002,Gel pen blue 0.5mm,EUR,1.20,0.19,true
PN-2003,Fountain pen starter kit,EUR,24.00,0.19,false
ST-3001,Sticky notes 76x76 yellow,EUR,2.10,0.19,true
ST-3002,Sticky notes 76x76 assorted,EUR,2.60,0.19,true
FL-4001,Ring binder 2-ring A4,EUR,3.40,0.19,true
FL-4002,"Document wallet, pack of 10",EUR,5.90,0.19,true
DS-5001,Desk organiser bamboo,EUR,18.75,0.19,true
DS-5002,Monitor riser,EUR,29.00,0.19,false
''')

f(D, 'runtime-config.json', 'json', 'whole file is .env KEY=value lines with # comments', r'''
# Runtime configuration for the worker containers
NODE_ENV=production
PORT=8080
LOG_LEVEL=info

# Database
DATABASE_URL=postgres://app:app@db.internal:5432/orders
DATABASE_POOL_MAX=20

# Queue
REDIS_URL=redis://cache.internal:6379/2
QUEUE_CONCURRENCY=8
QUEUE_RETRY_LIMIT=5

# Third-party
STRIPE_WEBHOOK_TOLERANCE=300
SENTRY_DSN=
FEATURE_NEW_CHECKOUT=false
''')

f(D, 'bootstrap.json', 'json', 'whole file is a bash script', r'''
#!/usr/bin/env bash
set -euo pipefail

REGION="${AWS_REGION:-eu-central-1}"
BUCKET="acme-tfstate-${REGION}"

echo "Creating state bucket ${BUCKET}..."
aws s3api create-bucket \
  --bucket "$BUCKET" \
  --region "$REGION" \
  --create-bucket-configuration LocationConstraint="$REGION"

aws s3api put-bucket-versioning \
  --bucket "$BUCKET" \
  --versioning-configuration Status=Enabled

aws dynamodb create-table \
  --table-name terraform-locks \
  --attribute-definitions AttributeName=LockID,AttributeType=S \
  --key-schema AttributeName=LockID,KeyType=HASH \
  --billing-mode PAY_PER_REQUEST

echo "Done."
''')

f(D, 'release-notes.json', 'json', 'whole file is Markdown prose (release notes)', r'''
# Release 3.2.0

## Highlights

- **Faster cold starts.** The API server now lazy-loads the PDF renderer,
  cutting median startup time from 2.4 s to 0.9 s.
- **Webhooks v2.** Payloads are now signed with HMAC-SHA256 and include a
  `delivery_id` so receivers can deduplicate retries.

## Breaking changes

- The `/v1/reports/export` endpoint has been removed. Use
  `/v2/exports` with `format=csv` instead.
- Node 18 is no longer supported; the minimum is Node 20.

## Fixes

- Fixed a race where two workers could claim the same job (#1182).
- Timezone offsets are now respected in scheduled reports (#1190).
''')

f(D, 'firebase.json', 'json', 'whole file is JSON5 (comments, unquoted keys, single quotes, trailing commas)', r'''
{
  // Hosting serves the SPA build output
  hosting: {
    public: 'dist',
    ignore: ['firebase.json', '**/.*', '**/node_modules/**'],
    rewrites: [
      { source: '/api/**', function: 'api' },
      { source: '**', destination: '/index.html' },
    ],
    headers: [
      {
        source: '**/*.@(js|css)',
        headers: [{ key: 'Cache-Control', value: 'max-age=31536000' }],
      },
    ],
  },
  functions: {
    source: 'functions',
    runtime: 'nodejs20',
  },
  /* emulator ports for local dev */
  emulators: {
    functions: { port: 5001 },
    hosting: { port: 5000 },
  },
}
''')

f(D, 'openapi.json', 'json', 'whole file is YAML (OpenAPI in YAML syntax); also cut off mid-line in the last description', r'''
openapi: 3.0.3
info:
  title: Inventory API
  version: 1.4.0
  description: Stock levels and reservations for the warehouse service.
servers:
  - url: https://api.example.com/inventory/v1
paths:
  /items:
    get:
      summary: List items
      operationId: listItems
      parameters:
        - name: limit
          in: query
          schema:
            type: integer
            maximum: 200
      responses:
        "200":
          description: A page of items
  /items/{sku}/reservations:
    post:
      summary: Reserve stock
      operationId: createReservation
      responses:
        "201":
          description: Reservation cre''', nl=False)

f(D, 'lerna.json', 'json', 'whole file is YAML', r'''
$schema: node_modules/lerna/schemas/lerna-schema.json
version: independent
npmClient: pnpm
useWorkspaces: true
packages:
  - packages/*
  - tools/*
command:
  publish:
    conventionalCommits: true
    message: "chore(release): publish"
    registry: https://registry.npmjs.org/
  version:
    allowBranch:
      - main
      - release/*
''')

f(D, 'feature-flags.json', 'json', 'whole file is a Python dict literal (True/False/None); also cut off mid-line', r'''
FLAGS = {
    "new_checkout": {
        "enabled": True,
        "rollout_percent": 25,
        "allow_list": ["acme-internal", "beta-testers"],
        "expires": None,
    },
    "dark_mode": {
        "enabled": True,
        "rollout_percent": 100,
        "allow_list": [],
        "expires": None,
    },
    "legacy_reports": {
        "enabled": False,
        "rollout_percent": 0,
        "allow_list": ["support"],
        "expires": "2027-01-31",
    },
    "ai_summaries": {
        "enabled": False,
        "rollout_perc''', nl=False)

f(D, 'composer.json', 'json', 'whole file is TOML; also cut off mid-line inside a string', r'''
name = "acme/invoice-service"
description = "Invoice generation and delivery"
type = "project"
license = "proprietary"

[require]
php = "^8.2"
"laravel/framework" = "^11.0"
"guzzlehttp/guzzle" = "^7.8"
"dompdf/dompdf" = "^2.0"

[require-dev]
"phpunit/phpunit" = "^10.5"
"laravel/pint" = "^1.13"

[autoload.psr-4]
"App\\" = "app/"

[scripts]
test = "phpunit --colors=alw''', nl=False)

f(D, 'manifest.json', 'json', 'whole file is an ES module (export default object literal, comments)', r'''
// Web app manifest, generated by the PWA plugin
export default {
  name: "FieldNotes",
  short_name: "Notes",
  start_url: "/?source=pwa",
  display: "standalone",
  background_color: "#ffffff",
  theme_color: "#1f6feb",
  orientation: "portrait",
  icons: [
    { src: "/icons/192.png", sizes: "192x192", type: "image/png" },
    { src: "/icons/512.png", sizes: "512x512", type: "image/png" },
    {
      src: "/icons/maskable-512.png",
      sizes: "512x512",
      type: "image/png",
      purpose: "maskable",
    },
  ],
};
''')

f(D, 'messages.json', 'json', 'whole file is YAML (i18n catalogue); also cut off mid-word at the end', r'''
en:
  common:
    save: Save
    cancel: Cancel
    delete: Delete
    loading: Loading…
  auth:
    sign_in: Sign in
    sign_out: Sign out
    forgot_password: Forgot your password?
    errors:
      invalid_credentials: The email or password is incorrect.
      locked: Your account has been locked. Contact support.
  orders:
    empty: You have no orders yet.
    status:
      pending: Pending
      shipped: Shipped
      deliv''', nl=False)

f(D, 'servers.json', 'json', 'whole file is TOML (array of tables)', r'''
# Fleet inventory used by the deploy tool
default_user = "deploy"
ssh_port = 22

[[servers]]
name = "web-01"
host = "10.0.1.11"
roles = ["web", "cron"]

[[servers]]
name = "web-02"
host = "10.0.1.12"
roles = ["web"]

[[servers]]
name = "worker-01"
host = "10.0.2.21"
roles = ["worker"]
weight = 2
''')
