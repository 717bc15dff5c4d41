from common import add

L = "language-mismatch"


def mm(path, other, body, mark, cut=False):
    what = f"whole file is {other} content in a JSON file; telltale {other} line at line {{0}}"
    if cut:
        what += "; also cut off mid-line at line {last}"
    add(L, path, f"JSON (contains {other})", body, what, [mark], not cut, kind="mismatch")


mm("package.json", "YAML", r'''
name: "@acme/design-tokens"
version: 1.8.0
description: Design tokens for Acme web and mobile apps
main: dist/index.js
types: dist/index.d.ts
files:
  - dist
scripts:
  build: style-dictionary build --config sd.config.mjs
  test: vitest run
  prepublishOnly: npm run build
devDependencies:
  style-dictionary: ^4.0.0
  vitest: ^1.6.0
publishConfig:
  access: public
''', "name: \"@acme/design-tokens\"")

mm(".eslintrc.json", "YAML", r'''
root: true
env:
  browser: true
  es2022: true
extends:
  - eslint:recommended
  - plugin:react/recommended
  - plugin:react-hooks/recommended
  - prettier
parserOptions:
  ecmaVersion: latest
  sourceType: module
settings:
  react:
    version: detect
rules:
  react/prop-types: off
  no-console: [warn, { allow: [warn, error] }]
''', "root: true")

mm("openapi/petstore.json", "YAML", r'''
openapi: 3.0.3
info:
  title: Pet Store
  version: 1.0.0
paths:
  /pets:
    get:
      summary: List pets
      parameters:
        - name: limit
          in: query
          schema:
            type: integer
            maximum: 100
      responses:
        "200":
          description: A page of pets
          content:
            application/json:
              schema:
                type: array
                items:
                  $ref: "#/components/schemas/Pet"
components:
  schemas:
    Pet:
      type: object
      required: [id, name]
      properties:
        id: { type: integer, format: int64 }
        name: { type: string }
        tag: { type: str
''', "openapi: 3.0.3", cut=True)

mm("config/logging.json", "YAML", r'''
version: 1
disable_existing_loggers: false
formatters:
  json:
    (): pythonjsonlogger.jsonlogger.JsonFormatter
    format: "%(asctime)s %(levelname)s %(name)s %(message)s"
handlers:
  console:
    class: logging.StreamHandler
    formatter: json
    stream: ext://sys.stdout
loggers:
  uvicorn.access:
    level: WARNING
root:
  level: INFO
  handlers: [console]
''', "disable_existing_loggers: false")

mm(".vscode/settings.json", "TOML", r'''
[editor]
formatOnSave = true
tabSize = 2
rulers = [80, 120]

[files]
trimTrailingWhitespace = true
insertFinalNewline = true
exclude = { "**/node_modules" = true, "**/dist" = true }

["[python]"]
"editor.defaultFormatter" = "charliermarsh.ruff"

[typescript]
preferences.importModuleSpecifier = "relative"
''', "[editor]")

mm("app.json", "TOML", r'''
name = "pulse-dashboard"
description = "Realtime metrics dashboard"
repository = "https://github.com/acme/pulse-dashboard"
stack = "heroku-22"

[env.NODE_ENV]
value = "production"

[env.SESSION_SECRET]
generator = "secret"

[formation.web]
quantity = 1
size = "basic"

[[addons]]
plan = "heroku-postgresql:essential-0"

[[addons]]
plan = "heroku-redis:mi
''', 'name = "pulse-dashboard"', cut=True)

mm("firebase.json", "TOML", r'''
[hosting]
public = "build"
ignore = ["firebase.json", "**/.*", "**/node_modules/**"]
cleanUrls = true

[[hosting.rewrites]]
source = "/api/**"
function = "api"

[[hosting.rewrites]]
source = "**"
destination = "/index.html"

[firestore]
rules = "firestore.rules"
indexes = "firestore.indexes.json"
''', "[hosting]")

mm("tsconfig.json", "JavaScript module", r'''
module.exports = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    esModuleInterop: true,
    skipLibCheck: true,
    outDir: 'dist',
    rootDir: 'src',
    declaration: true,
    sourceMap: true,
  },
  include: ['src/**/*.ts'],
  exclude: ['node_modules', 'dist', '**/*.test.ts'],
};
''', "module.exports = {")

mm("renovate.json", "JavaScript module", r'''
// Renovate configuration
module.exports = {
  extends: ['config:recommended', ':semanticCommits'],
  timezone: 'Europe/Amsterdam',
  schedule: ['before 6am on monday'],
  labels: ['dependencies'],
  packageRules: [
    {
      matchUpdateTypes: ['minor', 'patch'],
      matchCurrentVersion: '!/^0/',
      automerge: true,
    },
    {
      matchPackagePatterns: ['^@types/'],
      groupName: 'type definitions',
    },
  ],
};
''', "module.exports = {")

mm("babel.config.json", "JavaScript module", r'''
const isTest = process.env.NODE_ENV === 'test';

module.exports = {
  presets: [
    ['@babel/preset-env', { targets: isTest ? { node: 'current' } : '> 0.5%, not dead' }],
    ['@babel/preset-react', { runtime: 'automatic' }],
    '@babel/preset-typescript',
  ],
  plugins: [
    isTest && 'babel-plugin-dynamic-import-node',
    ['module-resolver', { root: ['./src'], alias: { '@': './src' } }],
  ].filter(Boolean),
  env: {
    production: {
      plugins: [['transform-remove-console', { exclude: ['error', 'warn'
''', "const isTest = process.env.NODE_ENV === 'test';", cut=True)

mm("config/odbc.json", "INI", r'''
[ODBC Data Sources]
warehouse = PostgreSQL Unicode
crm = MySQL ODBC 8.0 Unicode Driver

[warehouse]
Driver = PostgreSQL Unicode
Servername = dwh.internal
Port = 5432
Database = warehouse
Username = bi_reader
SSLmode = require

[crm]
Driver = MySQL ODBC 8.0 Unicode Driver
Server = crm-db.internal
Port = 3306
Database = crm
''', "[ODBC Data Sources]")

mm("settings/gitconfig.json", "INI", r'''
[user]
    name = Jordan Lee
    email = jordan.lee@example.com
    signingkey = ~/.ssh/id_ed25519.pub
[core]
    editor = nvim
    autocrlf = input
    excludesfile = ~/.gitignore_global
[init]
    defaultBranch = main
[pull]
    rebase = true
[gpg]
    format = ssh
[alias]
    co = checkout
    st = status -sb
    lg = log --oneline --graph --decorate
''', "[user]")

mm("docs/api.json", "Markdown", r'''
# Orders API

Base URL: `https://api.example.com/v2`

## Authentication

Send a bearer token in the `Authorization` header.

## Endpoints

### `GET /orders`

Returns a paginated list of orders.

| Query param | Type   | Description          |
|-------------|--------|----------------------|
| `status`    | string | Filter by status     |
| `cursor`    | string | Cursor from last page |

### `POST /orders`

Creates an order. Returns `201` with the new order.
''', "## Authentication")

mm("content/release-notes.json", "Markdown", r'''
## v4.2.0

**Highlights**

- New *bulk edit* mode for the product table
- CSV import now handles files up to 200 MB
- Faster search: results appear while you type

**Breaking changes**

- The `/v1/export` endpoint has been removed; use `/v2/exports` instead

**Fixes**

- Dates in reports now respect the account time zone
- The sidebar no longer flickers when collapsing on Safa
''', "**Highlights**", cut=True)

mm("fixtures/users.json", "Python dict", r'''
{
    'users': [
        {'id': 1, 'username': 'alice', 'email': 'alice@example.com', 'is_admin': True},
        {'id': 2, 'username': 'bob', 'email': 'bob@example.com', 'is_admin': False},
        {'id': 3, 'username': 'carol', 'email': 'carol@example.com', 'is_admin': False},
    ],
    'groups': [
        {'name': 'admins', 'members': [1]},
        {'name': 'editors', 'members': [1, 3]},
        {'name': 'viewers', 'members': [2]},
    ],
    'settings': {
        'theme': 'dark',
        'notifications': {'email': True, 'push': False},
    },
    'deleted_at': None,
}
''', "'users': [")

mm("ml/hyperparams.json", "Python dict", r'''
{
    "model": "gradient_boosting",
    "learning_rate": 0.05,
    "n_estimators": 600,
    "max_depth": 6,
    "subsample": 0.8,
    "early_stopping": True,
    "validation_fraction": 0.1,
    "class_weight": None,
    "features": ("tenure", "monthly_spend", "support_tickets", "plan"),
    "random_state": 42,
    "cv": {
        "n_splits": 5,
        "shuffle": True,
        "stratify": "churned",
    },
    "threshold": None,
}
''', '"early_stopping": True,')

mm("public/manifest.json", "XML", r'''
<?xml version="1.0" encoding="utf-8"?>
<browserconfig>
  <msapplication>
    <tile>
      <square70x70logo src="/icons/mstile-70x70.png"/>
      <square150x150logo src="/icons/mstile-150x150.png"/>
      <wide310x150logo src="/icons/mstile-310x150.png"/>
      <square310x310logo src="/icons/mstile-310x310.png"/>
      <TileColor>#0f172a</TileColor>
    </tile>
    <notification>
      <polling-uri src="/notifications/feed.xml"/>
      <frequency>360</frequency>
      <cycle>1</cycle>
    </notification>
  </msapplication>
</browserconfig>
''', "<browserconfig>")

mm("config/secrets.json", ".env", r'''
# local secrets - never commit real values
# copy to config/secrets.local and fill in

# payments
STRIPE_SECRET_KEY=sk_test_51Hxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxxxxxx

# oauth
GITHUB_CLIENT_ID=Iv1.0123456789abcdef
GITHUB_CLIENT_SECRET=0123456789abcdef0123456789abcdef01234567
GOOGLE_CLIENT_ID=1234567890-abc.apps.googleusercontent.com
GOOGLE_CLIENT_SECRET=GOCSPX-xxxxxxxxxxxxxxxx

# search
OPENSEARCH_URL=https://localhost:9200
OPENSEARCH_USER=admin
OPENSEARCH_PASSWORD=admin
''', "STRIPE_SECRET_KEY=sk_test_")

mm("env.json", ".env", r'''
# Vite exposes only variables prefixed with VITE_
VITE_API_URL=http://localhost:8080/api
VITE_WS_URL=ws://localhost:8080/ws
VITE_SENTRY_DSN=
VITE_SENTRY_ENVIRONMENT=local
VITE_FEATURE_FLAGS=search,bulk-edit
VITE_MAPBOX_TOKEN=pk.eyJ1IjoiYWNtZSIsImEiOiJjbHgxIn0.example
VITE_MAP_STYLE=mapbox://styles/mapbox/light-v11

# i18n
VITE_DEFAULT_LOCALE=en
VITE_SUPPORTED_LOCALES=en,de,fr,es
VITE_FALLBACK_LOCALE=en

# analytics (leave empty to disable)
VITE_PLAUSIBLE_DOMAIN=
''', "VITE_API_URL=http://localhost:8080/api")

mm("data/countries.json", "CSV", r'''
code,name,region,currency,calling_code
AT,Austria,Europe,EUR,+43
BE,Belgium,Europe,EUR,+32
BR,Brazil,Americas,BRL,+55
CA,Canada,Americas,CAD,+1
DE,Germany,Europe,EUR,+49
IN,India,Asia,INR,+91
JP,Japan,Asia,JPY,+81
NG,Nigeria,Africa,NGN,+234
NZ,New Zealand,Oceania,NZD,+64
PL,Poland,Europe,PLN,+48
SE,Sweden,Europe,SEK,+46
SG,Singapore,Asia,SGD,+65
ZA,South Africa,Africa,ZAR,+27
US,United States,Americas,US
''', "code,name,region,currency,calling_code", cut=True)
