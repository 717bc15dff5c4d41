from common import add

L = "language-mismatch"
REJ = "reject"

add(L, "package.json", "json",
    "content is YAML (package metadata written as YAML)",
    expect=REJ, body=r'''name: "@acme/ui"
version: 2.3.0
private: false
main: dist/index.cjs
module: dist/index.js
scripts:
  build: tsup src/index.ts --format esm,cjs --dts
  test: vitest run
  lint: eslint src
peerDependencies:
  react: ">=18"
devDependencies:
  tsup: ^8.0.2
  vitest: ^1.6.0
''')

add(L, "tsconfig.json", "json",
    "content is TypeScript source (a typed config module)",
    expect=REJ, body=r'''import type { CompilerOptions } from 'typescript';

export interface ProjectConfig {
  name: string;
  strict: boolean;
  compilerOptions: CompilerOptions;
}

export const config: ProjectConfig = {
  name: 'web',
  strict: true,
  compilerOptions: {
    target: 9,
    module: 99,
    outDir: 'dist',
    declaration: true,
  },
};

export default config;
''')

add(L, ".eslintrc.json", "json",
    "content is a CommonJS JavaScript ESLint config (module.exports)",
    expect=REJ, body=r'''/** @type {import('eslint').Linter.Config} */
module.exports = {
  root: true,
  env: { browser: true, es2022: true, node: true },
  parser: '@typescript-eslint/parser',
  plugins: ['@typescript-eslint', 'react-hooks'],
  extends: [
    'eslint:recommended',
    'plugin:@typescript-eslint/recommended',
    'plugin:react-hooks/recommended',
    'prettier',
  ],
  rules: {
    'no-console': ['warn', { allow: ['warn', 'error'] }],
    '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
  },
  ignorePatterns: ['dist/', 'coverage/'],
};
''')

add(L, "composer.json", "json",
    "content is a PHP Laravel controller; cut off mid-line without final newline",
    expect=REJ, body=r'''<?php

namespace App\Http\Controllers;

use App\Models\Post;
use Illuminate\Http\Request;

class PostController extends Controller
{
    public function index()
    {
        return Post::with('author')->latest()->paginate(20);
    }

    public function store(Request $request)
    {
        $data = $request->validate([
            'title' => 'required|string|max:200',
            'body' => 'required|string',
        ]);

        $post = $request->user()->posts()->create($data);

        return response()->json($post, 201);
    }

    public function destroy(Post $post)
    {
        $this->authorize('delete', $po''')

add(L, "data/users.json", "json",
    "content is CSV with a header row",
    expect=REJ, body=r'''id,email,name,role,created_at
1,ada@example.com,Ada Lovelace,admin,2024-01-04T09:12:00Z
2,grace@example.com,Grace Hopper,editor,2024-01-09T14:30:00Z
3,alan@example.com,Alan Turing,viewer,2024-02-11T08:05:00Z
4,barbara@example.com,Barbara Liskov,editor,2024-03-02T17:45:00Z
5,edsger@example.com,Edsger Dijkstra,viewer,2024-03-19T11:20:00Z
''')

add(L, "manifest.json", "json",
    "content is XML (an AndroidManifest)",
    expect=REJ, body=r'''<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android"
    package="com.acme.notes">

    <uses-permission android:name="android.permission.INTERNET" />

    <application
        android:allowBackup="true"
        android:icon="@mipmap/ic_launcher"
        android:label="@string/app_name"
        android:theme="@style/Theme.Notes">
        <activity
            android:name=".MainActivity"
            android:exported="true">
            <intent-filter>
                <action android:name="android.intent.action.MAIN" />
                <category android:name="android.intent.category.LAUNCHER" />
            </intent-filter>
        </activity>
    </application>
</manifest>
''')

add(L, "config/app.json", "json",
    "content is TOML",
    expect=REJ, body=r'''title = "Acme API"

[http]
listen = "0.0.0.0:8080"
cors_origins = ["https://app.acme.io", "http://localhost:5173"]

[db]
dsn = "postgres://api@localhost/api"
max_connections = 25

[jobs.cleanup]
schedule = "0 3 * * *"
enabled = true
''')

add(L, "appsettings.json", "json",
    "content is C# (ASP.NET Core minimal API Program.cs)",
    expect=REJ, body=r'''using Microsoft.EntityFrameworkCore;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddDbContext<AppDbContext>(options =>
    options.UseNpgsql(builder.Configuration.GetConnectionString("Default")));
builder.Services.AddEndpointsApiExplorer();
builder.Services.AddSwaggerGen();

var app = builder.Build();

if (app.Environment.IsDevelopment())
{
    app.UseSwagger();
    app.UseSwaggerUI();
}

app.MapGet("/todos", async (AppDbContext db) => await db.Todos.ToListAsync());
app.MapPost("/todos", async (AppDbContext db, Todo todo) =>
{
    db.Todos.Add(todo);
    await db.SaveChangesAsync();
    return Results.Created($"/todos/{todo.Id}", todo);
});

app.Run();
''')

add(L, "schema.json", "json",
    "content is SQL DDL; cut off mid-line without final newline",
    expect=REJ, body=r'''CREATE TABLE IF NOT EXISTS events (
    id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id   UUID NOT NULL,
    kind        TEXT NOT NULL,
    payload     JSONB NOT NULL DEFAULT '{}'::jsonb,
    occurred_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS events_tenant_time_idx
    ON events (tenant_id, occurred_at DESC);

ALTER TABLE events
    ADD CONSTRAINT events_kind_chk CHECK (kind IN ('signup', 'login', 'purch''')

add(L, "api/openapi.json", "json",
    "content is a YAML OpenAPI document",
    expect=REJ, body=r'''openapi: 3.1.0
info:
  title: Notes API
  version: 0.4.0
paths:
  /notes:
    get:
      summary: List notes
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema:
                type: array
                items:
                  $ref: "#/components/schemas/Note"
components:
  schemas:
    Note:
      type: object
      properties:
        id: { type: string }
        text: { type: string }
''')

add(L, "firebase.json", "json",
    "content is a bash deploy script for Firebase",
    expect=REJ, body=r'''#!/usr/bin/env bash
set -euo pipefail

PROJECT="${FIREBASE_PROJECT:-acme-staging}"

npm ci
npm run build

firebase use "$PROJECT"
firebase deploy --only hosting,functions --non-interactive

echo "deployed to https://$PROJECT.web.app"
''')

add(L, "data/seed.json", "json",
    "content is a Ruby Rails db/seeds.rb script",
    expect=REJ, body=r'''puts "Seeding..."

admin = User.find_or_create_by!(email: "admin@example.com") do |u|
  u.name = "Admin"
  u.password = "password"
  u.role = :admin
end

%w[Inbox Work Personal].each do |title|
  admin.folders.find_or_create_by!(title: title)
end

10.times do |i|
  admin.notes.create!(
    title: "Note #{i + 1}",
    body: Faker::Lorem.paragraph(sentence_count: 3),
    folder: admin.folders.sample
  )
end

puts "Done: #{User.count} users, #{Note.count} notes"
''')

add(L, ".prettierrc.json", "json",
    "content is an EditorConfig (INI-style) file",
    expect=REJ, body=r'''root = true

[*]
charset = utf-8
end_of_line = lf
insert_final_newline = true
indent_style = space
indent_size = 2
trim_trailing_whitespace = true

[*.md]
trim_trailing_whitespace = false

[Makefile]
indent_style = tab
''')

add(L, "docs/nav.json", "json",
    "content is a Markdown changelog; cut off mid-line without final newline",
    expect=REJ, body=r'''# Changelog

All notable changes to this project are documented here.

## [2.1.0] - 2024-05-14

### Added
- Dark mode for the dashboard
- `--json` flag for the `export` command

### Fixed
- Crash when the config file is empty
- Timezone offset in scheduled reports

## [2.0.0] - 2024-03-02

### Changed
- Dropped support for Node 16
- Renamed `acme sync` to `acme pu''')

add(L, "deps.json", "json",
    "content is a Swift Package.swift manifest",
    expect=REJ, body=r'''// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "NetKit",
    platforms: [.iOS(.v16), .macOS(.v13)],
    products: [
        .library(name: "NetKit", targets: ["NetKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-log.git", from: "1.5.0"),
    ],
    targets: [
        .target(name: "NetKit", dependencies: [.product(name: "Logging", package: "swift-log")]),
        .testTarget(name: "NetKitTests", dependencies: ["NetKit"]),
    ]
)
''')

add(L, "queries/report.json", "json",
    "content is a GraphQL query document",
    expect=REJ, body=r'''query MonthlyReport($orgId: ID!, $from: Date!, $to: Date!) {
  organization(id: $orgId) {
    name
    invoices(filter: { issuedBetween: { from: $from, to: $to } }) {
      totalCount
      nodes {
        id
        number
        amount {
          value
          currency
        }
        customer {
          name
        }
      }
    }
  }
}
''')

add(L, "analysis/params.json", "json",
    "content is an R analysis script",
    expect=REJ, body=r'''library(readr)
library(dplyr)
library(ggplot2)

sales <- read_csv("data/sales.csv", show_col_types = FALSE)

monthly <- sales |>
  mutate(month = lubridate::floor_date(date, "month")) |>
  group_by(month, region) |>
  summarise(revenue = sum(amount), .groups = "drop")

p <- ggplot(monthly, aes(month, revenue, colour = region)) +
  geom_line(linewidth = 1) +
  labs(title = "Monthly revenue by region", x = NULL, y = "EUR")

ggsave("out/monthly_revenue.png", p, width = 8, height = 4.5, dpi = 150)
''')

add(L, "app.json", "json",
    "content is a Java Spring Boot class; cut off mid-line without final newline",
    expect=REJ, body=r'''package com.acme.inventory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@SpringBootApplication
@RestController
public class InventoryApplication {

    private final StockRepository stock;

    public InventoryApplication(StockRepository stock) {
        this.stock = stock;
    }

    public static void main(String[] args) {
        SpringApplication.run(InventoryApplication.class, args);
    }

    @GetMapping("/stock/{sku}")
    public StockLevel level(@PathVariable String sku) {
        return stock.findBySku(sku).orElseThrow(() -> new SkuNotFoundExcep''')
