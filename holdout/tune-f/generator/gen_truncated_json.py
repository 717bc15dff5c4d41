from common import F
L = "truncated"
J = "json"

F(L, "package.json", J, "cut mid-string in the last devDependency: '\"vitest\": \"^1.'", r'''
{
  "name": "notes-api",
  "version": "0.8.0",
  "private": true,
  "type": "module",
  "scripts": {
    "dev": "tsx watch src/index.ts",
    "build": "tsc",
    "test": "vitest run"
  },
  "dependencies": {
    "fastify": "^4.27.0",
    "pg": "^8.11.5"
  },
  "devDependencies": {
    "@types/pg": "^8.11.6",
    "tsx": "^4.10.0",
    "typescript": "^5.4.5",
    "vitest": "^1.''')

F(L, "tsconfig.json", J, "cut at a line end inside compilerOptions (object and root never closed)", r'''
{
  "$schema": "https://json.schemastore.org/tsconfig",
  "compilerOptions": {
    "target": "ES2022",
    "module": "NodeNext",
    "moduleResolution": "NodeNext",
    "strict": true,
    "esModuleInterop": true,
    "skipLibCheck": true,
    "outDir": "dist",
''')

F(L, "composer.json", J, "cut mid-key '\"autoload-d'", r'''
{
    "name": "acme/crm",
    "type": "project",
    "require": {
        "php": "^8.3",
        "symfony/framework-bundle": "7.0.*",
        "doctrine/orm": "^3.1"
    },
    "autoload": {
        "psr-4": { "App\\": "src/" }
    },
    "autoload-d''')

F(L, "src/Web/appsettings.json", J, "cut after a key with no value: '\"MinimumLevel\":'", r'''
{
  "ConnectionStrings": {
    "Default": "Server=db;Database=crm;User Id=crm;Password=crm;TrustServerCertificate=true"
  },
  "AllowedHosts": "*",
  "Serilog": {
    "Using": [ "Serilog.Sinks.Console" ],
    "WriteTo": [
      { "Name": "Console" }
    ],
    "MinimumLevel":''')

F(L, "extension/manifest.json", J, "cut inside the permissions array after a trailing comma: '\"alarms\",'", r'''
{
  "manifest_version": 3,
  "name": "Focus Timer",
  "version": "0.4.1",
  "description": "Pomodoro timer in your toolbar",
  "action": {
    "default_popup": "popup.html"
  },
  "background": {
    "service_worker": "sw.js"
  },
  "permissions": [
    "storage",
    "notifications",
    "alarms",''')

F(L, "data/products.json", J, "cut mid-object after '\"price\":' in the last product", r'''
[
  { "sku": "TS-001", "name": "Basic Tee", "price": 19.9, "tags": ["apparel"] },
  { "sku": "TS-002", "name": "Organic Tee", "price": 27.5, "tags": ["apparel", "eco"] },
  { "sku": "HD-010", "name": "Zip Hoodie", "price": 59.0, "tags": ["apparel"] },
  { "sku": "MG-100", "name": "Enamel Mug", "price": 12.0, "tags": ["kitchen"] },
  { "sku": "BT-200", "name": "Water Bottle", "price": 29.0, "tags": ["outdoor"] },
  { "sku": "CP-300", "name": "Cap", "price": 17.5, "tags": ["accessories"] },
  { "sku": "TB-500", "name": "Tote Bag", "price": 14.0, "tags": ["accessories"] },
  { "sku": "NB-600", "name": "Notebook", "price": 11.5, "tags": ["stationery"] },
  { "sku": "MG-101", "name": "Travel Mug", "price":''')

F(L, "renovate.json", J, "cut at a line end: packageRules array closed but the root object's closing brace is missing", r'''
{
  "$schema": "https://docs.renovatebot.com/renovate-schema.json",
  "extends": ["config:recommended"],
  "rangeStrategy": "bump",
  "packageRules": [
    {
      "matchDepTypes": ["devDependencies"],
      "automerge": true
    },
    {
      "matchPackageNames": ["node"],
      "allowedVersions": "<=20"
    }
  ]
''')

F(L, "docs/openapi.json", J, "cut mid-key '\"descrip'", r'''
{
  "openapi": "3.1.0",
  "info": { "title": "Files API", "version": "1.0.0" },
  "paths": {
    "/files": {
      "post": {
        "operationId": "uploadFile",
        "requestBody": {
          "content": {
            "multipart/form-data": {
              "schema": { "type": "object", "properties": { "file": { "type": "string", "format": "binary" } } }
            }
          }
        },
        "responses": {
          "201": {
            "descrip''')

F(L, "locales/de.json", J, "cut mid-string in a translation: 'Willkommen zur\\u00fcck, {{na'", r'''
{
  "nav": {
    "home": "Startseite",
    "account": "Konto",
    "logout": "Abmelden"
  },
  "account": {
    "title": "Mein Konto",
    "email": "E-Mail-Adresse",
    "password": "Passwort ändern"
  },
  "dashboard": {
    "welcome": "Willkommen zur\u00fcck, {{na''')

F(L, "firebase.json", J, "cut at a line end inside a rewrite object (three brackets left open)", r'''
{
  "hosting": {
    "public": "dist",
    "ignore": ["firebase.json", "**/.*", "**/node_modules/**"],
    "headers": [
      {
        "source": "**/*.@(js|css)",
        "headers": [{ "key": "Cache-Control", "value": "max-age=31536000" }]
      }
    ],
    "rewrites": [
      {
        "source": "**",
''')

F(L, "schemas/address.schema.json", J, "cut after a number inside an object: '\"maxLength\": 12'", r'''
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Address",
  "type": "object",
  "required": ["street", "city", "postcode", "country"],
  "properties": {
    "street": { "type": "string", "minLength": 1 },
    "city": { "type": "string", "minLength": 1 },
    "country": { "type": "string", "pattern": "^[A-Z]{2}$" },
    "postcode": {
      "type": "string",
      "maxLength": 12''')

F(L, "mobile/app.json", J, "cut mid-literal: '\"supportsTablet\": tr'", r'''
{
  "expo": {
    "name": "Parcel",
    "slug": "parcel",
    "version": "1.0.3",
    "scheme": "parcel",
    "android": {
      "package": "io.acme.parcel",
      "versionCode": 12
    },
    "ios": {
      "bundleIdentifier": "io.acme.parcel",
      "supportsTablet": tr''')

F(L, "test/fixtures/users.json", J, "cut right after an opening bracket: '\"roles\": ['", r'''
[
  {
    "id": 1,
    "username": "ana",
    "roles": ["admin", "billing"],
    "active": true
  },
  {
    "id": 2,
    "username": "bo",
    "roles": ["support"],
    "active": true
  },
  {
    "id": 3,
    "username": "cy",
    "roles": [''')

F(L, "angular.json", J, "cut at a line end after '\"options\": {' deep in the serve target", r'''
{
  "version": 1,
  "projects": {
    "admin": {
      "projectType": "application",
      "root": "",
      "sourceRoot": "src",
      "architect": {
        "build": {
          "builder": "@angular-devkit/build-angular:application",
          "options": { "outputPath": "dist/admin", "browser": "src/main.ts" }
        },
        "serve": {
          "builder": "@angular-devkit/build-angular:dev-server",
          "options": {
''')

F(L, "vercel.json", J, "cut mid-string in a rewrite destination: '\"https://backend.acme.io/$'", r'''
{
  "$schema": "https://openapi.vercel.sh/vercel.json",
  "buildCommand": "pnpm build",
  "outputDirectory": "dist",
  "headers": [
    {
      "source": "/assets/(.*)",
      "headers": [{ "key": "Cache-Control", "value": "public, max-age=31536000, immutable" }]
    }
  ],
  "rewrites": [
    { "source": "/api/(.*)", "destination": "https://backend.acme.io/$''')

F(L, "config/default.json", J, "cut mid-key after a comma: '\"ma'", r'''
{
  "port": 4000,
  "logLevel": "info",
  "db": {
    "host": "localhost",
    "port": 5432,
    "database": "catalog"
  },
  "cache": {
    "ttlSeconds": 120,
    "maxEntries": 5000
  },
  "ma''')
