"""Literal texts for the language-mismatch tuning corpus.

MISMATCH entries: (file name, content language, text, broken-note or None).
The file name's extension is the *implied* language; `lang` is what the
content really is.  CLEAN entries: valid files of the implied language that
embed a lot of some other language (must not be called a mismatch).

Texts are raw strings; a single leading newline is dropped.  Texts that are
intentionally broken usually end without a trailing newline (cut off).
"""

MISMATCH = []
CLEAN = []


def _t(text):
    return text[1:] if text.startswith("\n") else text


def M(name, lang, text, broken=None):
    MISMATCH.append({"name": name, "lang": lang, "text": _t(text), "broken": broken})


def C(name, embeds, text):
    CLEAN.append({"name": name, "embeds": embeds, "text": _t(text)})


# ---------------------------------------------------------------------------
# implied .js
# ---------------------------------------------------------------------------

M("django_model_as.js", "Python", r'''
from django.conf import settings
from django.db import models
from django.utils.text import slugify


class Article(models.Model):
    STATUS_CHOICES = [
        ("draft", "Draft"),
        ("published", "Published"),
        ("archived", "Archived"),
    ]

    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=220, unique=True, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="articles",
    )
    body = models.TextField()
    status = models.CharField(max_length=10, choices=STATUS_CHOICES, default="draft")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.title)[:220]
        super().save(*args, **kwargs)
''')

M("ts_user_service_as.js", "TypeScript", r'''
import { Injectable } from "./di";
import type { Database } from "./db";

export interface User {
  id: number;
  email: string;
  displayName: string | null;
  createdAt: Date;
}

export type CreateUserInput = Omit<User, "id" | "createdAt">;

export class UserService {
  private readonly cache = new Map<number, User>();

  constructor(private readonly db: Database) {}

  async findById(id: number): Promise<User | undefined> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const row = await this.db.queryOne<User>("SELECT * FROM users WHERE id = $1", [id]);
    if (row) this.cache.set(id, row);
    return row ?? undefined;
  }

  async create(input: CreateUserInput): Promise<User> {
    const user = await this.db.insert<User>("users", {
      ...input,
      createdAt: new Date(),
    });
    this.cache.set(user.id, user);
    return user;
  }
}
''')

M("go_user_handler_as.js", "Go", r'''
package handlers

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"
)

type UserHandler struct {
	store UserStore
}

func NewUserHandler(store UserStore) *UserHandler {
	return &UserHandler{store: store}
}

// GetUser returns a single user by ID.
func (h *UserHandler) GetUser(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
	if err != nil {
		http.Error(w, "invalid id", http.StatusBadRequest)
		return
	}

	user, err := h.store.FindByID(r.Context(), id)
	if errors.Is(err, ErrNotFound) {
		http.Error(w, "user not found", http.StatusNotFound)
		return
	} else if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}

	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(user)
}
''')

M("pg_create_orders_as.js", "SQL (PostgreSQL)", r'''
-- Create orders and order_items tables
CREATE TABLE IF NOT EXISTS orders (
    id           BIGSERIAL PRIMARY KEY,
    customer_id  BIGINT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    status       TEXT NOT NULL DEFAULT 'pending'
                 CHECK (status IN ('pending', 'paid', 'shipped', 'cancelled')),
    total_cents  INTEGER NOT NULL DEFAULT 0,
    metadata     JSONB NOT NULL DEFAULT '{}'::jsonb,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS order_items (
    order_id    BIGINT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    product_id  BIGINT NOT NULL REFERENCES products(id),
    quantity    INTEGER NOT NULL CHECK (quantity > 0),
    unit_cents  INTEGER NOT NULL,
    PRIMARY KEY (order_id, product_id)
);

CREATE INDEX IF NOT EXISTS idx_orders_customer ON orders (customer_id, created_at DESC);
CREATE INDEX IF NOT EXISTS idx_orders_status ON orders (status) WHERE status <> 'cancelled';
''')

M("ci_workflow_as.js", "YAML (GitHub Actions)", r'''
name: CI

on:
  push:
    branches: [main]
  pull_request:

jobs:
  test:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        node-version: [18.x, 20.x]
    steps:
      - uses: actions/checkout@v4
      - name: Use Node.js ${{ matrix.node-version }}
        uses: actions/setup-node@v4
        with:
          node-version: ${{ matrix.node-version }}
          cache: npm
      - run: npm ci
      - run: npm run lint
      - run: npm test -- --coverage
''')

M("readme_as.js", "Markdown", r'''
# task-queue

A tiny, dependency-free job queue for Node.js with retries and backoff.

## Installation

```bash
npm install task-queue
```

## Usage

```js
const { Queue } = require("task-queue");

const queue = new Queue({ concurrency: 4, retries: 3 });
queue.add(async () => sendEmail(user));
await queue.drain();
```

## Options

| Option        | Default | Description                         |
|---------------|---------|-------------------------------------|
| `concurrency` | `1`     | Number of jobs running at once      |
| `retries`     | `0`     | How many times a failed job retries |
| `backoff`     | `100`   | Base delay in ms (exponential)      |

## License

MIT
''')

M("spring_controller_as.js", "Java", r'''
package com.example.inventory.web;

import com.example.inventory.model.Product;
import com.example.inventory.service.ProductService;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/products")
public class ProductController {

    private final ProductService productService;

    public ProductController(ProductService productService) {
        this.productService = productService;
    }

    @GetMapping
    public List<Product> list(@RequestParam(defaultValue = "0") int page) {
        return productService.findAll(page, 20);
    }

    @GetMapping("/{id}")
    public ResponseEntity<Product> get(@PathVariable Long id) {
        return productService.findById(id)
                .map(ResponseEntity::ok)
                .orElse(ResponseEntity.notFound().build());
    }

    @PostMapping
    public Product create(@RequestBody Product product) {
        return productService.save(product);
    }
}
''')

M("deploy_script_as.js", "Shell (bash)", r'''
#!/usr/bin/env bash
set -euo pipefail

APP_NAME="web-frontend"
BUILD_DIR="dist"
BUCKET="s3://my-company-static/${APP_NAME}"

echo "==> Installing dependencies"
npm ci --silent

echo "==> Building ${APP_NAME}"
NODE_ENV=production npm run build

if [[ ! -d "$BUILD_DIR" ]]; then
  echo "Build directory $BUILD_DIR not found" >&2
  exit 1
fi

echo "==> Uploading to ${BUCKET}"
aws s3 sync "$BUILD_DIR" "$BUCKET" --delete --cache-control "max-age=31536000,public"
aws s3 cp "$BUILD_DIR/index.html" "$BUCKET/index.html" --cache-control "no-cache"

echo "==> Invalidating CloudFront"
aws cloudfront create-invalidation --distribution-id "$CF_DISTRIBUTION_ID" --paths "/*" >/dev/null
echo "Done."
''')

M("package_manifest_as.js", "JSON", r'''
{
  "name": "@acme/dashboard",
  "version": "0.4.2",
  "private": true,
  "type": "module",
  "scripts": {
    "dev": "vite",
    "build": "tsc -b && vite build",
    "preview": "vite preview",
    "lint": "eslint ."
  },
  "dependencies": {
    "react": "^18.3.1",
    "react-dom": "^18.3.1",
    "react-router-dom": "^6.23.0",
    "zustand": "^4.5.2"
  },
  "devDependencies": {
    "@types/react": "^18.3.3",
    "@vitejs/plugin-react": "^4.3.0",
    "typescript": "^5.4.5",
    "vite": "^5.2.11"
  }
}
''')

M("ts_generic_repository_as.js", "TypeScript", r'''
import { Pool } from "pg";

export interface Entity {
  id: string;
}

export abstract class Repository<T extends Entity> {
  protected constructor(
    protected readonly pool: Pool,
    protected readonly table: string,
  ) {}

  async findOne(id: string): Promise<T | null> {
    const { rows } = await this.pool.query<T>(
      `SELECT * FROM ${this.table} WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async findMany(where: Partial<T> = {}): Promise<T[]> {
    const keys = Object.keys(where) as (keyof T)[];
    const clauses = keys.map((k, i) => `${String(k)} = $${i + 1}`);
    const sql = `SELECT * FROM ${this.table}` +
      (clauses.length ? ` WHERE ${clauses.join(" AND ")}` : "");
    const { rows } = await this.pool.query<T>(sql, keys.map((k) => where[k]));
    return rows;
  }

  async delete(id: string): Promise<boolean> {
    const result = await this.pool.query(
      `DELETE FROM ${this.table} WHERE id = $1`,''', broken="cut off mid-call at end (unclosed call and class body)")

M("button_styles_as.js", "SCSS", r'''
@use "sass:color";

$primary: #4f46e5;
$radius: 0.5rem;

@mixin focus-ring($color: $primary) {
  outline: 2px solid color.adjust($color, $alpha: -0.5);
  outline-offset: 2px;
}

.btn {
  display: inline-flex;
  align-items: center;
  gap: 0.5rem;
  padding: 0.5rem 1rem;
  border-radius: $radius;
  font-weight: 600;
  transition: background-color 150ms ease-in-out;

  &--primary {
    background: $primary;
    color: #fff;

    &:hover {
      background: color.adjust($primary, $lightness: -8%);
    }
  }

  &:focus-visible {
    @include focus-ring;
  }

  &[disabled] {
    opacity: 0.5;
    cursor: not-allowed;
  }
}
''')

M("rust_cli_args_as.js", "Rust", r'''
use clap::Parser;
use std::path::PathBuf;

/// Resize every image in a directory.
#[derive(Parser, Debug)]
#[command(author, version, about)]
struct Args {
    /// Input directory
    #[arg(short, long)]
    input: PathBuf,

    /// Output directory (created if missing)
    #[arg(short, long, default_value = "out")]
    output: PathBuf,

    /// Target width in pixels
    #[arg(short, long, default_value_t = 800)]
    width: u32,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    std::fs::create_dir_all(&args.output)?;
    for entry in std::fs::read_dir(&args.input)? {
        let path = entry?.path();
        if path.extension().map_or(false, |e| e == "png" || e == "jpg") {
            let img = image::open(&path)?;
            let resized = img.resize(args.width, u32::MAX, image::imageops::FilterType::Lanczos3);
            let dest = args.output.join(path.file_name().unwrap());
            resized.save(&dest)?;
            println!("resized {}", dest.disp9, 2231784) -> None:
        }
    }
    Ok(())
}
''', broken="spliced token mid-line (`dest.disp9, 2231784) -> None:`) where generation resumed")

M("laravel_controller_as.js", "PHP", r'''
<?php

namespace App\Http\Controllers;

use App\Http\Requests\StorePostRequest;
use App\Models\Post;
use Illuminate\Http\JsonResponse;

class PostController extends Controller
{
    public function index(): JsonResponse
    {
        $posts = Post::with('author')
            ->latest()
            ->paginate(15);

        return response()->json($posts);
    }

    public function store(StorePostRequest $request): JsonResponse
    {
        $post = $request->user()->posts()->create($request->validated());

        return response()->json($post, 201);
    }

    public function destroy(Post $post): JsonResponse
    {
        $this->authorize('delete', $post);
        $post->delete();

        return response()->json(null, 204);
    }
}
''')

# ---------------------------------------------------------------------------
# implied .jsx
# ---------------------------------------------------------------------------

M("tsx_product_card_as.jsx", "TSX", r'''
import React, { useState } from "react";

interface Product {
  id: string;
  name: string;
  priceCents: number;
  imageUrl?: string;
}

type ProductCardProps = {
  product: Product;
  onAddToCart: (id: string, qty: number) => void;
};

export const ProductCard: React.FC<ProductCardProps> = ({ product, onAddToCart }) => {
  const [qty, setQty] = useState<number>(1);
  const price = (product.priceCents / 100).toFixed(2);

  return (
    <div className="rounded-lg border p-4 shadow-sm">
      {product.imageUrl && <img src={product.imageUrl} alt={product.name} className="mb-2" />}
      <h3 className="text-lg font-semibold">{product.name}</h3>
      <p className="text-gray-600">${price}</p>
      <input
        type="number"
        min={1}
        value={qty}
        onChange={(e: React.ChangeEvent<HTMLInputElement>) => setQty(Number(e.target.value))}
      />
      <button onClick={() => onAddToCart(product.id, qty)}>Add to cart</button>
    </div>
  );
};
''')

M("landing_page_as.jsx", "HTML", r'''
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <title>Acme Analytics</title>
  <link rel="stylesheet" href="styles.css">
</head>
<body>
  <header class="hero">
    <nav>
      <a href="/" class="logo">Acme</a>
      <ul>
        <li><a href="#features">Features</a></li>
        <li><a href="#pricing">Pricing</a></li>
        <li><a href="/login" class="btn">Sign in</a></li>
      </ul>
    </nav>
    <h1>Understand your users in minutes</h1>
    <p>Privacy-friendly analytics without the cookie banner.</p>
    <a href="/signup" class="btn btn-primary">Start free trial</a>
  </header>
  <section id="features">
    <h2>Features</h2>
  </section>
  <script src="main.js"></script>
</body>
</html>
''')

M("modal_css_as.jsx", "CSS", r'''
/* Modal dialog styles */
.modal-backdrop {
  position: fixed;
  inset: 0;
  background: rgba(15, 23, 42, 0.6);
  display: flex;
  align-items: center;
  justify-content: center;
  z-index: 1000;
}

.modal {
  background: #ffffff;
  border-radius: 12px;
  width: min(90vw, 520px);
  max-height: 85vh;
  overflow-y: auto;
  box-shadow: 0 20px 25px -5px rgba(0, 0, 0, 0.1);
  animation: modal-in 180ms ease-out;
}

.modal__header {
  display: flex;
  justify-content: space-between;
  padding: 1rem 1.25rem;
  border-bottom: 1px solid #e5e7eb;
}

@keyframes modal-in {
  from { opacity: 0; transform: translateY(8px) scale(0.98); }
  to   { opacity: 1; transform: none; }
}
''')

M("flask_app_as.jsx", "Python", r'''
from flask import Flask, jsonify, render_template, request

app = Flask(__name__)

TODOS = []


@app.route("/")
def index():
    return render_template("index.html", todos=TODOS)


@app.route("/api/todos", methods=["GET", "POST"])
def todos():
    if request.method == "POST":
        data = request.get_json(force=True)
        todo = {"id": len(TODOS) + 1, "title": data["title"], "done": False}
        TODOS.append(todo)
        return jsonify(todo), 201
    return jsonify(TODOS)


@app.route("/api/todos/<int:todo_id>", methods=["PATCH"])
def toggle(todo_id):
    for todo in TODOS:
        if todo["id"] == todo_id:
            todo["done"] = not todo["done"]
            return jsonify(todo)
    return jsonify({"error": "not found"}), 404


if __name__ == "__main__":
    app.run(debug=True, port=5000)
''')

M("ts_use_fetch_hook_as.jsx", "TypeScript", r'''
import { useEffect, useState } from "react";

export interface FetchState<T> {
  data: T | null;
  error: Error | null;
  loading: boolean;
}

export function useFetch<T = unknown>(url: string, init?: RequestInit): FetchState<T> {
  const [state, setState] = useState<FetchState<T>>({
    data: null,
    error: null,
    loading: true,
  });

  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));

    fetch(url, { ...init, signal: controller.signal })
      .then(async (res) => {
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        return (await res.json()) as T;
      })
      .then((data) => setState({ data, error: null, loading: false }))
      .catch((error: Error) => {
        if (error.name !== "AbortError") setState({ data: null, error, loading: false });
      });

    return () => controller.abort();
  }, [url]);

  return state;
}
''')

M("kotlin_compose_screen_as.jsx", "Kotlin", r'''
package com.example.notes.ui

import androidx.compose.foundation.layout.*
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.*
import androidx.compose.runtime.*
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp

data class Note(val id: Long, val title: String, val body: String)

@OptIn(ExperimentalMaterial3Api::class)
@Composable
fun NotesScreen(notes: List<Note>, onAdd: () -> Unit, onOpen: (Long) -> Unit) {
    Scaffold(
        topBar = { TopAppBar(title = { Text("Notes") }) },
        floatingActionButton = {
            FloatingActionButton(onClick = onAdd) { Text("+") }
        }
    ) { padding ->
        LazyColumn(modifier = Modifier.padding(padding).fillMaxSize()) {
            items(notes, key = { it.id }) { note ->
                ListItem(
                    headlineContent = { Text(note.title) },
                    supportingContent = { Text(note.body.take(80)) },
                    modifier = Modifier.clickable { onOpen(note.id) }
                )
                HorizontalDivider(modifier = Modifier.padding(horiz''', broken="cut off mid-identifier inside nested call (unclosed parens/braces)")

M("component_docs_as.jsx", "Markdown", r'''
# `<DatePicker />`

An accessible date picker built on top of the native `<input type="date">`.

## Props

- `value` (`Date | null`) – the selected date.
- `onChange` (`(date: Date | null) => void`) – called when the user picks a date.
- `min` / `max` – optional bounds.
- `disabled` – disables the input.

## Example

```jsx
<DatePicker
  value={startDate}
  onChange={setStartDate}
  min={new Date()}
/>
```

## Accessibility

The component forwards `aria-*` attributes to the underlying input and
announces the selected date to screen readers.

> **Note:** Safari < 14.1 falls back to a text input.
''')

# ---------------------------------------------------------------------------
# implied .mjs
# ---------------------------------------------------------------------------

M("vite_config_ts_as.mjs", "TypeScript", r'''
import { defineConfig, type UserConfig } from "vite";
import react from "@vitejs/plugin-react";
import path from "node:path";

interface BuildEnv {
  mode: "development" | "production";
  analyze?: boolean;
}

const aliases: Record<string, string> = {
  "@": path.resolve(__dirname, "src"),
  "@components": path.resolve(__dirname, "src/components"),
};

export default defineConfig(({ mode }: BuildEnv): UserConfig => ({
  plugins: [react()],
  resolve: { alias: aliases },
  server: {
    port: 3000,
    proxy: {
      "/api": { target: "http://localhost:8080", changeOrigin: true },
    },
  },
  build: {
    sourcemap: mode !== "production",
    outDir: "dist",
  },
}));
''')

M("scrape_titles_py_as.mjs", "Python", r'''
#!/usr/bin/env python3
"""Fetch a list of URLs and print their <title> tags."""
import asyncio
import sys

import aiohttp
from bs4 import BeautifulSoup


async def fetch_title(session: aiohttp.ClientSession, url: str) -> tuple[str, str]:
    try:
        async with session.get(url, timeout=aiohttp.ClientTimeout(total=10)) as resp:
            html = await resp.text()
    except Exception as exc:  # noqa: BLE001
        return url, f"<error: {exc}>"
    soup = BeautifulSoup(html, "html.parser")
    title = soup.title.string.strip() if soup.title and soup.title.string else "<no title>"
    return url, title


async def main(urls: list[str]) -> None:
    async with aiohttp.ClientSession() as session:
        results = await asyncio.gather(*(fetch_title(session, u) for u in urls))
    for url, title in results:
        print(f"{url}\t{title}")


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1:]))
''')

M("docker_compose_as.mjs", "YAML (docker-compose)", r'''
version: "3.9"

services:
  api:
    build: ./api
    ports:
      - "8000:8000"
    environment:
      DATABASE_URL: postgres://app:app@db:5432/app
      REDIS_URL: redis://cache:6379/0
    depends_on:
      db:
        condition: service_healthy
      cache:
        condition: service_started

  db:
    image: postgres:16-alpine
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: app
      POSTGRES_DB: app
    volumes:
      - pgdata:/var/lib/postgresql/data
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U app"]
      interval: 5s
      retries: 10

  cache:
    image: redis:7-alpine

volumes:
  pgdata:
''')

M("go_queue_worker_as.mjs", "Go", r'''
package worker

import (
	"context"
	"log/slog"
	"sync"
	"time"
)

type Job func(ctx context.Context) error

type Pool struct {
	jobs    chan Job
	wg      sync.WaitGroup
	workers int
}

func NewPool(workers, buffer int) *Pool {
	return &Pool{jobs: make(chan Job, buffer), workers: workers}
}

func (p *Pool) Start(ctx context.Context) {
	for i := 0; i < p.workers; i++ {
		p.wg.Add(1)
		go func(id int) {
			defer p.wg.Done()
			for {
				select {
				case <-ctx.Done():
					return
				case job, ok := <-p.jobs:
					if !ok {
						return
					}
					start := time.Now()
					if err := job(ctx); err != nil {
						slog.Error("job failed", "worker", id, "err", err)
					}
					slog.Debug("job done", "worker", id, "took", time.Since(''', broken="cut off mid-call inside nested select/for/func (unclosed braces)")

M("build_release_sh_as.mjs", "Shell (bash)", r'''
#!/bin/bash
# Build release artifacts for all supported platforms.
set -e

VERSION=$(git describe --tags --always)
OUT=release/$VERSION
mkdir -p "$OUT"

for target in linux-x64 linux-arm64 darwin-x64 darwin-arm64 win-x64; do
  echo "Building $target..."
  npx pkg . --targets "node18-$target" --output "$OUT/mytool-$target"
done

cd "$OUT"
for f in mytool-*; do
  sha256sum "$f" > "$f.sha256"
done
tar -czf "../mytool-$VERSION.tar.gz" .
echo "Artifacts written to $OUT"
''')

# ---------------------------------------------------------------------------
# implied .cjs
# ---------------------------------------------------------------------------

M("eslintrc_json_as.cjs", "JSON", r'''
{
  "root": true,
  "env": {
    "node": true,
    "es2022": true
  },
  "parser": "@typescript-eslint/parser",
  "parserOptions": {
    "ecmaVersion": "latest",
    "sourceType": "module",
    "project": "./tsconfig.json"
  },
  "plugins": ["@typescript-eslint", "import"],
  "extends": [
    "eslint:recommended",
    "plugin:@typescript-eslint/recommended",
    "plugin:import/typescript",
    "prettier"
  ],
  "rules": {
    "no-console": ["warn", { "allow": ["warn", "error"] }],
    "@typescript-eslint/no-unused-vars": ["error", { "argsIgnorePattern": "^_" }],
    "import/order": ["error", { "newlines-between": "always" }]
  },
  "ignorePatterns": ["dist/", "coverage/"]
}
''')

M("ts_express_server_as.cjs", "TypeScript", r'''
import express, { Request, Response, NextFunction } from "express";
import cors from "cors";

const app = express();
const PORT: number = Number(process.env.PORT) || 4000;

app.use(cors());
app.use(express.json());

interface HealthStatus {
  status: "ok" | "degraded";
  uptime: number;
}

app.get("/health", (_req: Request, res: Response<HealthStatus>) => {
  res.json({ status: "ok", uptime: process.uptime() });
});

app.post("/echo", (req: Request<{}, unknown, { message: string }>, res: Response) => {
  res.json({ received: req.body.message });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: err.message });
});

app.listen(PORT, () => console.log(`listening on :${PORT}`));
''')

M("rakefile_as.cjs", "Ruby", r'''
require "rake/testtask"
require "rubocop/rake_task"

Rake::TestTask.new(:test) do |t|
  t.libs << "test"
  t.libs << "lib"
  t.test_files = FileList["test/**/*_test.rb"]
  t.warning = false
end

RuboCop::RakeTask.new(:lint)

namespace :db do
  desc "Seed the development database"
  task seed: :environment do
    require_relative "db/seeds"
    puts "Seeded #{User.count} users"
  end

  desc "Drop, create and migrate"
  task reset: %i[drop create migrate]
end

task default: %i[lint test]
''')

M("celery_tasks_as.cjs", "Python", r'''
import logging
from datetime import timedelta

from celery import shared_task
from django.core.mail import send_mail
from django.utils import timezone

from .models import Subscription

logger = logging.getLogger(__name__)


@shared_task(bind=True, max_retries=3, default_retry_delay=60)
def send_renewal_reminders(self):
    soon = timezone.now() + timedelta(days=7)
    subs = Subscription.objects.filter(renews_at__lte=soon, reminded=False)
    for sub in subs.select_related("user"):
        try:
            send_mail(
                subject="Your subscription renews soon",
                message=f"Hi {sub.user.first_name}, your plan renews on {sub.renews_at:%b %d}.",
                from_email="billing@example.com",
                recipient_list=[sub.user.emaiTypeError(2, 4410392) -> None:
            )
        except Exception as exc:
            logger.exception("reminder failed for %s", sub.pk)
            raise self.retry(exc=exc)
        sub.reminded = True
        sub.save(update_fields=["reminded"])
''', broken="spliced token (`sub.user.emaiTypeError(2, 4410392) -> None:`) where generation resumed")

M("k8s_service_as.cjs", "YAML (Kubernetes)", r'''
apiVersion: v1
kind: Service
metadata:
  name: checkout-api
  namespace: shop
  labels:
    app: checkout-api
spec:
  type: ClusterIP
  selector:
    app: checkout-api
  ports:
    - name: http
      port: 80
      targetPort: 8080
      protocol: TCP
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: checkout-api
  namespace: shop
  annotations:
    cert-manager.io/cluster-issuer: letsencrypt
spec:
  ingressClassName: nginx
  rules:
    - host: checkout.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: checkout-api
                port:
                  number: 80
''')

# ---------------------------------------------------------------------------
# implied .ts
# ---------------------------------------------------------------------------

M("gin_router_as.ts", "Go", r'''
package main

import (
	"log"
	"net/http"
	"os"
	"time"

	"github.com/gin-gonic/gin"
)

type CreateTaskRequest struct {
	Title    string    `json:"title" binding:"required,min=3"`
	DueDate  time.Time `json:"due_date"`
	Priority int       `json:"priority" binding:"gte=1,lte=5"`
}

func main() {
	r := gin.Default()
	r.Use(gin.Recovery())

	api := r.Group("/api/v1")
	{
		api.GET("/tasks", listTasks)
		api.POST("/tasks", func(c *gin.Context) {
			var req CreateTaskRequest
			if err := c.ShouldBindJSON(&req); err != nil {
				c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
				return
			}
			c.JSON(http.StatusCreated, gin.H{"title": req.Title})
		})
	}

	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	log.Fatal(r.Run(":" + port))
}
''')

M("drf_serializer_as.ts", "Python", r'''
from rest_framework import serializers

from .models import Order, OrderItem


class OrderItemSerializer(serializers.ModelSerializer):
    product_name = serializers.CharField(source="product.name", read_only=True)

    class Meta:
        model = OrderItem
        fields = ["id", "product", "product_name", "quantity", "unit_price"]


class OrderSerializer(serializers.ModelSerializer):
    items = OrderItemSerializer(many=True)
    total = serializers.SerializerMethodField()

    class Meta:
        model = Order
        fields = ["id", "customer", "status", "items", "total", "created_at"]
        read_only_fields = ["status", "created_at"]

    def get_total(self, obj):
        return sum(i.quantity * i.unit_price for i in obj.items.all())

    def create(self, validated_data):
        items = validated_data.pop("items")
        order = Order.objects.create(**validated_data)
        OrderItem.objects.bulk_create(OrderItem(order=order, **item) for item in items)
        return order
''')

M("mysql_schema_as.ts", "SQL (MySQL)", r'''
-- MySQL 8 schema for the blog service
CREATE TABLE `users` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL,
  `password_hash` CHAR(60) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_users_email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `posts` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id` INT UNSIGNED NOT NULL,
  `title` VARCHAR(200) NOT NULL,
  `body` MEDIUMTEXT NOT NULL,
  `published` TINYINT(1) NOT NULL DEFAULT 0,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `idx_posts_user` (`user_id`),
  CONSTRAINT `fk_posts_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
''')

M("rust_models_as.ts", "Rust", r'''
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Invoice {
    pub id: Uuid,
    pub customer_id: Uuid,
    pub lines: Vec<InvoiceLine>,
    pub issued_at: DateTime<Utc>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paid_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct InvoiceLine {
    pub description: String,
    pub quantity: u32,
    pub unit_price_cents: i64,
}

impl Invoice {
    pub fn total_cents(&self) -> i64 {
        self.lines
            .iter()
            .map(|l| l.unit_price_cents * i64::from(l.quantity))
            .sum()
    }

    pub fn is_paid(&self) -> bool {
        self.paid_at.is_some()
    }
}
''')

M("aspnet_controller_as.ts", "C#", r'''
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TodoApi.Data;
using TodoApi.Models;

namespace TodoApi.Controllers;

[ApiController]
[Route("api/[controller]")]
public class TodoItemsController : ControllerBase
{
    private readonly TodoContext _context;

    public TodoItemsController(TodoContext context)
    {
        _context = context;
    }

    [HttpGet]
    public async Task<ActionResult<IEnumerable<TodoItem>>> GetTodoItems()
    {
        return await _context.TodoItems.AsNoTracking().ToListAsync();
    }

    [HttpGet("{id:long}")]
    public async Task<ActionResult<TodoItem>> GetTodoItem(long id)
    {
        var item = await _context.TodoItems.FindAsync(id);
        return item is null ? NotFound() : item;
    }

    [HttpPost]
    public async Task<ActionResult<TodoItem>> PostTodoItem(TodoItem item)
    {
        _context.TodoItems.Add(item);
        await _context.SaveChangesAsync();
        return CreatedAtAction(nameof(GetTodoItem), new { id = item.Id }, item);
    }
}
''')

M("tsx_dashboard_as.ts", "TSX", r'''
import { useMemo } from "react";
import { useQuery } from "@tanstack/react-query";
import { fetchStats, type Stats } from "../api/stats";
import { StatCard } from "./StatCard";

interface DashboardProps {
  teamId: string;
  range?: "7d" | "30d" | "90d";
}

export default function Dashboard({ teamId, range = "30d" }: DashboardProps) {
  const { data, isLoading, error } = useQuery<Stats>({
    queryKey: ["stats", teamId, range],
    queryFn: () => fetchStats(teamId, range),
  });

  const conversion = useMemo(
    () => (data ? ((data.signups / Math.max(data.visits, 1)) * 100).toFixed(1) : "0"),
    [data],
  );

  if (isLoading) return <p className="animate-pulse">Loading…</p>;
  if (error) return <p role="alert">Failed to load stats</p>;

  return (
    <section className="grid grid-cols-3 gap-4">
      <StatCard label="Visits" value={data!.visits} />
      <StatCard label="Signups" value={data!.signups} />
      <StatCard label="Conversion" value={`${conversion}%`} />
    </section>
  );
}
''')

M("sdk_readme_as.ts", "Markdown", r'''
# @acme/payments-sdk

Official TypeScript SDK for the Acme Payments API.

## Features

- Fully typed requests and responses
- Automatic retries with exponential backoff
- Idempotency keys for every mutating request
- Works in Node.js 18+, Deno and edge runtimes

## Quick start

```ts
import { Payments } from "@acme/payments-sdk";

const client = new Payments({ apiKey: process.env.ACME_KEY! });
const charge = await client.charges.create({ amount: 1999, currency: "usd" });
console.log(charge.id);
```

## Error handling

All API errors are thrown as `PaymentsError` with a `code` and `requestId`
that you can include when contacting support.

## Contributing

1. Fork the repo and create a branch.
2. Run `pnpm test` before opening a PR.
''')

M("jpa_entity_as.ts", "Java", r'''
package com.example.library.domain;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "books")
public class Book {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(unique = true, length = 13)
    private String isbn;

    private LocalDate publishedOn;

    @ManyToMany
    @JoinTable(
        name = "book_authors",
        joinColumns = @JoinColumn(name = "book_id"),
        inverseJoinColumns = @JoinColumn(name = "author_id"))
    private Set<Author> authors = new HashSet<>();

    protected Book() {}

    public Book(String title, String isbn) {
        this.title = title;
        this.isbn = isbn;
    }

    public Long getId() { return id; }

    public String getTitle() { return title; }

    public void addAuthor(Author author) {
        authors.add(author);
        author.getBooks().add(this);
''', broken="unclosed braces: method and class never closed (output stopped)")

M("openapi_spec_as.ts", "YAML (OpenAPI)", r'''
openapi: 3.0.3
info:
  title: Pet Store API
  version: 1.2.0
servers:
  - url: https://api.example.com/v1
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
        id:
          type: integer
          format: int64
        name:
          type: string
        tag:
          type: string
''')

M("tsconfig_json_as.ts", "JSON", r'''
{
  "compilerOptions": {
    "target": "ES2022",
    "module": "NodeNext",
    "moduleResolution": "NodeNext",
    "lib": ["ES2022"],
    "outDir": "dist",
    "rootDir": "src",
    "strict": true,
    "noUncheckedIndexedAccess": true,
    "esModuleInterop": true,
    "skipLibCheck": true,
    "declaration": true,
    "sourceMap": true,
    "paths": {
      "@/*": ["./src/*"]
    }
  },
  "include": ["src/**/*.ts"],
  "exclude": ["node_modules", "dist", "**/*.test.ts"]
}
''')

M("setup_dev_env_as.ts", "Shell (bash)", r'''
#!/usr/bin/env bash
# Bootstrap a local development environment.
set -euo pipefail

command -v node >/dev/null 2>&1 || { echo "node is required" >&2; exit 1; }
command -v docker >/dev/null 2>&1 || { echo "docker is required" >&2; exit 1; }

if [ ! -f .env ]; then
  cp .env.example .env
  echo "Created .env from .env.example"
fi

corepack enable
pnpm install --frozen-lockfile

docker compose up -d postgres redis
until docker compose exec -T postgres pg_isready -U postgres >/dev/null 2>&1; do
  sleep 1
done

pnpm prisma migrate dev --skip-seed
pnpm prisma db seed
echo "Ready: run 'pnpm dev' to start the app."
''')

M("kotlin_data_classes_as.ts", "Kotlin", r'''
package com.example.weather.model

import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable

@Serializable
data class Forecast(
    val city: String,
    val days: List<DailyForecast>,
    @SerialName("generated_at") val generatedAt: Long,
)

@Serializable
data class DailyForecast(
    val date: String,
    val minTemp: Double,
    val maxTemp: Double,
    val condition: Condition,
)

enum class Condition { SUNNY, CLOUDY, RAIN, SNOW, STORM }

fun Forecast.warmestDay(): DailyForecast? = days.maxByOrNull { it.maxTemp }

sealed interface ForecastResult {
    data class Success(val forecast: Forecast) : ForecastResult
    data class Failure(val message: String, val cause: Throwable? = null) : ForecastResult
    object Loading : ForecastResult
}
''')

M("fastapi_router_as.ts", "Python", r'''
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from sqlalchemy.orm import Session

from app.db import get_db
from app.models import Item
from app.schemas import ItemCreate, ItemRead

router = APIRouter(prefix="/items", tags=["items"])

DbSession = Annotated[Session, Depends(get_db)]


@router.get("/", response_model=list[ItemRead])
def list_items(db: DbSession, skip: int = 0, limit: int = 50):
    return db.query(Item).offset(skip).limit(limit).all()


@router.post("/", response_model=ItemRead, status_code=status.HTTP_201_CREATED)
def create_item(payload: ItemCreate, db: DbSession):
    item = Item(**payload.model_dump())
    db.add(item)
    db.commit()
    db.refresh(item)
    return item


@router.get("/{item_id}", response_model=ItemRead)
def get_item(item_id: int, db: DbSession):
    item = db.get(Item, item_id)
    if item is None:
        raise HTTPException(status_code=404, detail="Item not fou_id: int, db: Sess
    return item
''', broken="spliced/unterminated string (`detail=\"Item not fou_id: int, db: Sess`) where output was resumed")

M("tsql_procedure_as.ts", "SQL (T-SQL)", r'''
-- Returns the top customers by revenue for a date range
CREATE PROCEDURE dbo.usp_TopCustomers
    @StartDate DATE,
    @EndDate   DATE,
    @TopN      INT = 10
AS
BEGIN
    SET NOCOUNT ON;

    SELECT TOP (@TopN)
        c.CustomerId,
        c.CompanyName,
        SUM(o.TotalAmount) AS Revenue,
        COUNT(*)           AS OrderCount
    FROM dbo.Customers AS c
    INNER JOIN dbo.Orders AS o
        ON o.CustomerId = c.CustomerId
    WHERE o.OrderDate >= @StartDate
      AND o.OrderDate <  DATEADD(DAY, 1, @EndDate)
    GROUP BY c.CustomerId, c.CompanyName
    ORDER BY Revenue DESC;
END
GO
''')

M("dockerfile_node_as.ts", "Dockerfile", r'''
# syntax=docker/dockerfile:1.6
FROM node:20-alpine AS deps
WORKDIR /app
COPY package.json pnpm-lock.yaml ./
RUN corepack enable && pnpm install --frozen-lockfile

FROM node:20-alpine AS build
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN corepack enable && pnpm build && pnpm prune --prod

FROM node:20-alpine AS runtime
ENV NODE_ENV=production
WORKDIR /app
RUN addgroup -S app && adduser -S app -G app
COPY --from=build --chown=app:app /app/dist ./dist
COPY --from=build --chown=app:app /app/node_modules ./node_modules
COPY package.json ./
USER app
EXPOSE 3000
HEALTHCHECK --interval=30s CMD wget -qO- http://localhost:3000/health || exit 1
CMD ["node", "dist/server.js"]
''')

M("cpp_ring_buffer_as.ts", "C++", r'''
#pragma once

#include <array>
#include <cstddef>
#include <optional>

template <typename T, std::size_t N>
class RingBuffer {
public:
    bool push(const T& value) {
        if (full()) {
            return false;
        }
        data_[head_] = value;
        head_ = (head_ + 1) % N;
        ++size_;
        return true;
    }

    std::optional<T> pop() {
        if (empty()) {
            return std::nullopt;
        }
        T value = data_[tail_];
        tail_ = (tail_ + 1) % N;
        --size_;
        return value;
    }

    bool empty() const { return size_ == 0; }
    bool full() const { return size_ == N; }
    std::size_t size() const { return size_; }

private:
    std::array<T, N> data_{};
    std::size_t head_ = 0;
    std::size_t tail_ = 0;
    std::size_t size_ = 0;
};
''')

# ---------------------------------------------------------------------------
# implied .tsx
# ---------------------------------------------------------------------------

M("streamlit_app_as.tsx", "Python", r'''
import pandas as pd
import plotly.express as px
import streamlit as st

st.set_page_config(page_title="Sales Explorer", layout="wide")


@st.cache_data
def load_data(path: str) -> pd.DataFrame:
    df = pd.read_csv(path, parse_dates=["order_date"])
    df["month"] = df["order_date"].dt.to_period("M").astype(str)
    return df


df = load_data("data/sales.csv")

st.title("Sales Explorer")
regions = st.sidebar.multiselect("Region", sorted(df["region"].unique()), default=None)
if regions:
    df = df[df["region"].isin(regions)]

col1, col2, col3 = st.columns(3)
col1.metric("Revenue", f"${df['amount'].sum():,.0f}")
col2.metric("Orders", len(df))
col3.metric("Avg order", f"${df['amount'].mean():,.2f}")

monthly = df.groupby("month", as_index=False)["amount"].sum()
st.plotly_chart(px.bar(monthly, x="month", y="amount"), use_container_width=True)
st.dataframe(df.head(100))
''')

M("email_template_html_as.tsx", "HTML", r'''
<!doctype html>
<html>
  <head>
    <meta charset="utf-8" />
    <title>Reset your password</title>
    <style>
      body { font-family: -apple-system, Segoe UI, sans-serif; background: #f4f4f5; }
      .card { max-width: 480px; margin: 40px auto; background: #fff; padding: 32px; border-radius: 8px; }
      .btn { display: inline-block; padding: 12px 20px; background: #2563eb; color: #fff; text-decoration: none; border-radius: 6px; }
    </style>
  </head>
  <body>
    <div class="card">
      <h1>Reset your password</h1>
      <p>Hi {{ name }},</p>
      <p>We received a request to reset your password. Click the button below to choose a new one.</p>
      <p><a class="btn" href="{{ reset_url }}">Reset password</a></p>
      <p>This link expires in 30 minutes. If you didn't request this, you can ignore this email.</p>
      <hr />
      <small>Acme Inc. &middot; 123 Market St, San Francisco</small>
    </div>
  </body>
</html>
''')

M("theme_tokens_css_as.tsx", "CSS", r'''
:root {
  --color-bg: #ffffff;
  --color-fg: #0f172a;
  --color-muted: #64748b;
  --color-accent: #6366f1;
  --radius-sm: 4px;
  --radius-md: 8px;
  --shadow-card: 0 1px 3px rgb(0 0 0 / 0.1), 0 1px 2px rgb(0 0 0 / 0.06);
  --font-sans: "Inter", system-ui, sans-serif;
}

@media (prefers-color-scheme: dark) {
  :root {
    --color-bg: #0b1120;
    --color-fg: #e2e8f0;
    --color-muted: #94a3b8;
  }
}

body {
  margin: 0;
  background: var(--color-bg);
  color: var(--color-fg);
  font-family: var(--font-sans);
}

.card {
  border-radius: var(--radius-md);
  box-shadow: var(--shadow-card);
  padding: 1.5rem;
}
''')

M("swiftui_profile_view_as.tsx", "Swift", r'''
import SwiftUI

struct ProfileView: View {
    @StateObject private var viewModel = ProfileViewModel()
    @State private var showingEditor = false

    var body: some View {
        NavigationStack {
            List {
                Section("Account") {
                    LabeledContent("Name", value: viewModel.name)
                    LabeledContent("Email", value: viewModel.email)
                }
                Section("Preferences") {
                    Toggle("Notifications", isOn: $viewModel.notificationsEnabled)
                    Picker("Theme", selection: $viewModel.theme) {
                        ForEach(Theme.allCases) { theme in
                            Text(theme.rawValue.capitalized).tag(theme)
                        }
                    }
                }
            }
            .navigationTitle("Profile")
            .toolbar {
                Button("Edit") { showingEditor = true }
            }
            .sheet(isPresented: $showingEditor) {
                EditProfileView(viewModel: viewModel)
            }
            .task { await viewModel.load() }
        }
    }
}
''')

M("go_html_template_server_as.tsx", "Go", r'''
package main

import (
	"embed"
	"html/template"
	"log"
	"net/http"
)

//go:embed templates/*.html
var templatesFS embed.FS

var tmpl = template.Must(template.ParseFS(templatesFS, "templates/*.html"))

type PageData struct {
	Title string
	Items []string
}

func indexHandler(w http.ResponseWriter, r *http.Request) {
	data := PageData{
		Title: "Shopping list",
		Items: []string{"milk", "eggs", "bread"},
	}
	if err := tmpl.ExecuteTemplate(w, "index.html", data); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/", indexHandler)
	mux.Handle("/static/", http.StripPrefix("/static/", http.FileServer(http.Dir("static"
''', broken="cut off inside nested call arguments (unclosed parens and func body)")

M("storybook_notes_as.tsx", "Markdown", r'''
# Button

Buttons trigger an action or event, such as submitting a form or opening a dialog.

## When to use

- Use **primary** buttons for the main action on a page (only one per view).
- Use **secondary** buttons for alternative actions.
- Use **ghost** buttons inside toolbars and dense tables.

## Variants

| Variant     | Use case                      |
| ----------- | ----------------------------- |
| `primary`   | Main call to action           |
| `secondary` | Less important actions        |
| `danger`    | Destructive actions (delete)  |

## Do / Don't

- ✅ Keep labels short: "Save", "Create project".
- ❌ Don't use a button for navigation — use a link instead.

See also: [IconButton](./IconButton.md), [ButtonGroup](./ButtonGroup.md).
''')

# ---------------------------------------------------------------------------
# implied .json
# ---------------------------------------------------------------------------

M("release_workflow_as.json", "YAML (GitHub Actions)", r'''
name: Release

on:
  push:
    tags: ["v*.*.*"]

permissions:
  contents: write
  packages: write

jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - name: Build sdist and wheel
        run: |
          python -m pip install --upgrade build
          python -m build
      - name: Publish to PyPI
        uses: pypa/gh-action-pypi-publish@release/v1
        with:
          password: ${{ secrets.PYPI_API_TOKEN }}
      - name: Create GitHub release
        uses: softprops/action-gh-release@v2
        with:
          files: dist/*
          generate_release_notes: true
''')

M("jest_module_exports_as.json", "JavaScript (CommonJS)", r'''
/** @type {import('jest').Config} */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/src"],
  testMatch: ["**/__tests__/**/*.test.ts"],
  moduleNameMapper: {
    "^@/(.*)$": "<rootDir>/src/$1",
  },
  collectCoverageFrom: ["src/**/*.ts", "!src/**/*.d.ts", "!src/index.ts"],
  coverageThreshold: {
    global: { branches: 80, functions: 80, lines: 85, statements: 85 },
  },
  setupFilesAfterEnv: ["<rootDir>/test/setup.ts"],
  clearMocks: true,
};
''')

M("tailwind_export_default_as.json", "JavaScript (ESM)", r'''
import forms from "@tailwindcss/forms";
import typography from "@tailwindcss/typography";

export default {
  content: ["./index.html", "./src/**/*.{js,jsx,ts,tsx}"],
  darkMode: "class",
  theme: {
    extend: {
      colors: {
        brand: {
          50: "#eef2ff",
          500: "#6366f1",
          900: "#312e81",
        },
      },
      fontFamily: {
        sans: ["Inter", "sans-serif"],
      },
    },
  },
  plugins: [forms, typography],
};
''')

M("compose_stack_as.json", "YAML (docker-compose)", r'''
services:
  web:
    image: nginx:1.25-alpine
    ports:
      - "80:80"
    volumes:
      - ./nginx.conf:/etc/nginx/conf.d/default.conf:ro
    depends_on:
      - app
  app:
    build:
      context: .
      dockerfile: Dockerfile
    env_file: .env
    command: gunicorn config.wsgi:application --bind 0.0.0.0:8000 --workers 3
    volumes:
      - static:/app/static
  worker:
    build: .
    command: celery -A config worker -l info
    env_file: .env
volumes:
  static: {}
''')

M("project_readme_as.json", "Markdown", r'''
# weather-cli

Get the forecast for any city right in your terminal.

![screenshot](docs/screenshot.png)

## Install

    pipx install weather-cli

## Usage

    weather London
    weather "New York" --days 5 --units imperial

## Configuration

Set `WEATHER_API_KEY` in your environment. You can get a free key from
[OpenWeatherMap](https://openweathermap.org/api).

## Roadmap

- [x] Current conditions
- [x] 5-day forecast
- [ ] Severe weather alerts
- [ ] Shell completions

## License

Apache-2.0 © 2024 Jane Doe
''')

M("cargo_manifest_as.json", "TOML (Cargo)", r'''
[package]
name = "logslice"
version = "0.3.1"
edition = "2021"
description = "Slice large log files by timestamp range"
license = "MIT OR Apache-2.0"
repository = "https://github.com/example/logslice"
rust-version = "1.74"

[dependencies]
anyhow = "1"
chrono = { version = "0.4", default-features = false, features = ["std", "clock"] }
clap = { version = "4.5", features = ["derive"] }
memchr = "2.7"
regex = "1.10"

[dev-dependencies]
assert_cmd = "2"
tempfile = "3"

[profile.release]
lto = "thin"
codegen-units = 1
strip = true
''')

M("django_settings_as.json", "Python", r'''
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "dev-only-insecure-key")
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "localhost").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "rest_framework",
    "shop",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("POSTGRES_DB", "shop"),
        "USER": os.environ.get("POSTGRES_USER", "postgres"),
        "HOST": os.environ.get("POSTGRES_HOST", "localhost"),
        "PORT": 5432,
    }
}

REST_FRAMEWORK = {
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 25,
}

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
''')

M("dotenv_as.json", "dotenv", r'''
# Application
NODE_ENV=development
PORT=3000
APP_URL=http://localhost:3000

# Database
DATABASE_URL=postgresql://postgres:postgres@localhost:5432/app_dev
DATABASE_POOL_SIZE=10

# Auth
JWT_SECRET=change-me-in-production
JWT_EXPIRES_IN=7d
GOOGLE_CLIENT_ID=
GOOGLE_CLIENT_SECRET=

# Email
SMTP_HOST=smtp.mailtrap.io
SMTP_PORT=2525
SMTP_USER=
SMTP_PASS=

# Feature flags
FEATURE_NEW_CHECKOUT=false
''')

M("k8s_deployment_as.json", "YAML (Kubernetes)", r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: ghcr.io/example/web:1.8.0
          ports:
            - containerPort: 8080
          env:
            - name: LOG_LEVEL
              value: info
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
            limits:
              memory: 256Mi
          readinessProbe:
            httpGet:
              path: /healthz
              port: 8080
            periodSeconds: 10
''')

M("tailwind_config_ts_as.json", "TypeScript", r'''
import type { Config } from "tailwindcss";
import defaultTheme from "tailwindcss/defaultTheme";

const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    container: { center: true, padding: "2rem" },
    extend: {
      fontFamily: {
        sans: ["var(--font-inter)", ...defaultTheme.fontFamily.sans],
      },
      keyframes: {
        "fade-in": { from: { opacity: "0" }, to: { opacity: "1" } },
      },
      animation: {
        "fade-in": "fade-in 200ms ease-out",
      },
    },
  },
  plugins: [],
} satisfies Config;

export default config;
''')

M("seed_data_sql_as.json", "SQL", r'''
-- Seed data for local development
INSERT INTO categories (id, name, slug) VALUES
  (1, 'Electronics', 'electronics'),
  (2, 'Books', 'books'),
  (3, 'Home & Kitchen', 'home-kitchen');

INSERT INTO products (id, category_id, name, price_cents, stock) VALUES
  (101, 1, 'Wireless Mouse', 2499, 120),
  (102, 1, 'USB-C Hub', 3999, 45),
  (201, 2, 'The Pragmatic Programmer', 4200, 30),
  (301, 3, 'French Press', 2799, 60);

INSERT INTO users (id, email, name, role) VALUES
  (1, 'admin@example.com', 'Admin', 'admin'),
  (2, 'alice@example.com', 'Alice', 'customer'),
  (3, 'bob@example.com', 'Bob', 'cust''', broken="cut off inside a string literal in the last INSERT (unterminated quote and VALUES list)")

M("pom_xml_as.json", "XML (Maven POM)", r'''
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>3.2.5</version>
  </parent>
  <groupId>com.example</groupId>
  <artifactId>inventory</artifactId>
  <version>0.0.1-SNAPSHOT</version>
  <properties>
    <java.version>21</java.version>
  </properties>
  <dependencies>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-web</artifactId>
    </dependency>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-data-jpa</artifactId>
    </dependency>
    <dependency>
      <groupId>org.postgresql</groupId>
      <artifactId>postgresql</artifactId>
      <scope>runtime</scope>
    </dependency>
  </dependencies>
</project>
''')

M("ansible_playbook_as.json", "YAML (Ansible)", r'''
---
- name: Deploy web application
  hosts: webservers
  become: true
  vars:
    app_user: deploy
    app_dir: /opt/webapp
    app_version: "2.4.1"

  tasks:
    - name: Install system packages
      ansible.builtin.apt:
        name: [nginx, python3-venv, git]
        state: present
        update_cache: true

    - name: Check out application code
      ansible.builtin.git:
        repo: https://github.com/example/webapp.git
        dest: "{{ app_dir }}"
        version: "v{{ app_version }}"
      notify: Restart app

    - name: Install Python requirements
      ansible.builtin.pip:
        requirements: "{{ app_dir }}/requirements.txt"
        virtualenv: "{{ app_dir }}/.venv"

    - name: Report
      ansible.builtin.debug:
        msg: "Deployed {{ app_version }} to {{ inventory_hostname''', broken="cut off inside a double-quoted scalar (unterminated string)")

M("install_script_as.json", "Shell (sh)", r'''
#!/bin/sh
# Installer for the `tldrx` CLI.
set -e

REPO="example/tldrx"
INSTALL_DIR="${INSTALL_DIR:-/usr/local/bin}"

os=$(uname -s | tr '[:upper:]' '[:lower:]')
arch=$(uname -m)
case "$arch" in
  x86_64) arch=amd64 ;;
  aarch64|arm64) arch=arm64 ;;
  *) echo "unsupported architecture: $arch" >&2; exit 1 ;;
esac

latest=$(curl -fsSL "https://api.github.com/repos/$REPO/releases/latest" | grep '"tag_name"' | cut -d'"' -f4)
url="https://github.com/$REPO/releases/download/$latest/tldrx_${os}_${arch}.tar.gz"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
curl -fsSL "$url" | tar -xz -C "$tmp"
install -m 0755 "$tmp/tldrx" "$INSTALL_DIR/tldrx"
echo "tldrx $latest installed to $INSTALL_DIR"
''')

M("terraform_main_as.json", "HCL (Terraform)", r'''
terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region = var.region
}

resource "aws_s3_bucket" "assets" {
  bucket = "${var.project}-assets-${var.environment}"

  tags = {
    Project     = var.project
    Environment = var.environment
  }
}

resource "aws_s3_bucket_versioning" "assets" {
  bucket = aws_s3_bucket.assets.id
  versioning_configuration {
    status = "Enabled"
  }
}

output "bucket_name" {
  value = aws_s3_bucket.assets.bucket
}
''')

M("pyproject_as.json", "TOML (pyproject)", r'''
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "invoice-parser"
version = "0.2.0"
description = "Extract line items from PDF invoices"
readme = "README.md"
requires-python = ">=3.10"
dependencies = [
  "pdfplumber>=0.10",
  "pydantic>=2.5",
  "typer>=0.9",
]

[project.scripts]
invoice-parser = "invoice_parser.cli:app"

[tool.ruff]
line-length = 100
target-version = "py310"

[tool.pytest.ini_options]
addopts = "-q --strict-markers"
testpaths = ["tests"]
''')

M("eslint_flat_config_as.json", "JavaScript (ESM)", r'''
import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist", "coverage"] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      ecmaVersion: 2022,
      globals: globals.browser,
    },
    plugins: {
      "react-hooks": reactHooks,
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-explicit-any": "warn",
      "no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.test.ts"],
    rules: {
''', broken="unclosed `rules: {`, object and call at end (output stopped)")

M("setup_cfg_as.json", "INI (setup.cfg)", r'''
[metadata]
name = csvkit-lite
version = attr: csvkit_lite.__version__
description = Small utilities for working with CSV files
long_description = file: README.md
long_description_content_type = text/markdown
license = MIT
classifiers =
    Programming Language :: Python :: 3
    License :: OSI Approved :: MIT License

[options]
packages = find:
python_requires = >=3.9
install_requires =
    click>=8.0
    chardet>=5.0

[options.entry_points]
console_scripts =
    csvlite = csvkit_lite.cli:main

[flake8]
max-line-length = 100
exclude = .git,__pycache__,build,dist
''')

M("webpack_config_as.json", "JavaScript (CommonJS)", r'''
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");

const isProd = process.env.NODE_ENV === "production";

module.exports = {
  mode: isProd ? "production" : "development",
  entry: "./src/index.js",
  output: {
    path: path.resolve(__dirname, "dist"),
    filename: isProd ? "[name].[contenthash].js" : "[name].js",
    clean: true,
  },
  module: {
    rules: [
      { test: /\.jsx?$/, exclude: /node_modules/, use: "babel-loader" },
      { test: /\.css$/, use: [isProd ? MiniCssExtractPlugin.loader : "style-loader", "css-loader"] },
    ],
  },
  plugins: [
    new HtmlWebpackPlugin({ template: "./public/index.html" }),
    isProd && new MiniCssExtractPlugin(),
  ].filter(Boolean),
  devServer: { port: 8080, hot: true, historyApiFallback: true },
};
''')

M("openapi_spec_as.json", "YAML (OpenAPI)", r'''
openapi: "3.1.0"
info:
  title: Notes API
  description: |
    Simple CRUD API for personal notes.
    All endpoints require a bearer token.
  version: "1.0"
security:
  - bearerAuth: []
paths:
  /notes/{id}:
    parameters:
      - in: path
        name: id
        required: true
        schema: { type: string, format: uuid }
    get:
      operationId: getNote
      responses:
        "200":
          description: The note
        "404":
          description: Not found
    delete:
      operationId: deleteNote
      responses:
        "204":
          description: Deleted
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
''')

M("graphql_schema_as.json", "GraphQL SDL", r'''
scalar DateTime

type Query {
  me: User
  post(id: ID!): Post
  posts(first: Int = 20, after: String): PostConnection!
}

type Mutation {
  createPost(input: CreatePostInput!): Post!
  deletePost(id: ID!): Boolean!
}

type User {
  id: ID!
  name: String!
  posts: [Post!]!
}

type Post {
  id: ID!
  title: String!
  body: String!
  author: User!
  publishedAt: DateTime
}

type PostConnection {
  edges: [Post!]!
  endCursor: String
  hasNextPage: Boolean!
}

input CreatePostInput {
  title: String!
  body: String!
}
''')

# ---------------------------------------------------------------------------
# implied .yml / .yaml
# ---------------------------------------------------------------------------

M("readme_as_config.yml", "Markdown", r'''
# Configuration

This service reads its configuration from environment variables at startup.

## Required

- `DATABASE_URL` — PostgreSQL connection string.
- `REDIS_URL` — used for sessions and rate limiting.

## Optional

| Variable         | Default | Description                         |
|------------------|---------|-------------------------------------|
| `PORT`           | `8080`  | HTTP port to listen on              |
| `LOG_LEVEL`      | `info`  | One of `debug`, `info`, `warn`      |
| `RATE_LIMIT_RPM` | `600`   | Requests per minute per API key     |

## Example

```bash
export DATABASE_URL=postgres://localhost/app
export LOG_LEVEL=debug
./server
```

Restart the service after changing any value.
''')

M("dockerfile_python_as.yml", "Dockerfile", r'''
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1

WORKDIR /app

RUN apt-get update \
    && apt-get install -y --no-install-recommends build-essential libpq-dev \
    && rm -rf /var/lib/apt/lists/*

COPY requirements.txt .
RUN pip install -r requirements.txt

COPY . .

RUN useradd --create-home appuser
USER appuser

EXPOSE 8000
CMD ["gunicorn", "app.main:app", "-k", "uvicorn.workers.UvicornWorker", "-b", "0.0.0.0:8000"]
''')

M("cargo_toml_as.yaml", "TOML (Cargo)", r'''
[workspace]
members = ["crates/core", "crates/cli", "crates/server"]
resolver = "2"

[workspace.package]
version = "0.9.0"
edition = "2021"
authors = ["Sam Lee <sam@example.com>"]
license = "MIT"

[workspace.dependencies]
tokio = { version = "1.37", features = ["macros", "rt-multi-thread"] }
serde = { version = "1", features = ["derive"] }
serde_json = "1"
tracing = "0.1"
axum = "0.7"

[profile.dev.package."*"]
opt-level = 2
''')

M("pyproject_poetry_as.yaml", "TOML (pyproject)", r'''
[tool.poetry]
name = "budget-bot"
version = "1.1.0"
description = "Telegram bot that tracks shared expenses"
authors = ["Priya N <priya@example.com>"]
packages = [{ include = "budget_bot", from = "src" }]

[tool.poetry.dependencies]
python = "^3.11"
python-telegram-bot = "^21.0"
sqlalchemy = "^2.0"
alembic = "^1.13"

[tool.poetry.group.dev.dependencies]
pytest = "^8.1"
mypy = "^1.9"

[tool.mypy]
strict = true
plugins = ["sqlalchemy.ext.mypy.plugin"]

[build-system]
requires = ["poetry-core"]
build-backend = "poetry.core.masonry.api"
''')

M("python_etl_as.yml", "Python", r'''
"""Nightly ETL: copy yesterday's events from Postgres into the warehouse."""
import datetime as dt
import logging

import pandas as pd
import sqlalchemy as sa

log = logging.getLogger("etl")

SOURCE = sa.create_engine("postgresql+psycopg://etl@db/app")
WAREHOUSE = sa.create_engine("snowflake://etl@acme/analytics/public")


def extract(day: dt.date) -> pd.DataFrame:
    query = sa.text(
        "SELECT id, user_id, kind, payload, created_at FROM events "
        "WHERE created_at >= :start AND created_at < :end"
    )
    start = dt.datetime.combine(day, dt.time.min)
    return pd.read_sql(query, SOURCE, params={"start": start, "end": start + dt.timedelta(days=1)})


def transform(df: pd.DataFrame) -> pd.DataFrame:
    df = df.drop_duplicates(subset="id")
    df["kind"] = df["kind"].str.lower()
    return df


def load(df: pd.DataFrame) -> int:
    df.to_sql("events", WAREHOUSE, if_exists="append", index=False, chunksize=10_000)
    return len(df)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    day = dt.date.today() - dt.timedelta(days=1)
    n = load(transform(extract(day)))
    log.info("loaded %d rows for %s", n, day.isofor''', broken="cut off mid-attribute inside call arguments (unclosed parens)")

M("webpack_dev_config_as.yml", "JavaScript (CommonJS)", r'''
const { merge } = require("webpack-merge");
const common = require("./webpack.common.js");

module.exports = merge(common, {
  mode: "development",
  devtool: "eval-source-map",
  devServer: {
    static: "./dist",
    port: 3000,
    open: true,
    proxy: [
      {
        context: ["/api"],
        target: "http://localhost:5000",
      },
    ],
  },
  optimization: {
    runtimeChunk: "single",
  },
});
''')

M("api_types_as.yaml", "TypeScript", r'''
export type UUID = string;

export interface Paginated<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export enum OrderStatus {
  Pending = "pending",
  Paid = "paid",
  Shipped = "shipped",
  Cancelled = "cancelled",
}

export interface Order {
  id: UUID;
  customerId: UUID;
  status: OrderStatus;
  lines: ReadonlyArray<{ sku: string; qty: number; priceCents: number }>;
  createdAt: string;
}

export type ApiResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: string; message: string } };

export type OrderList = Paginated<Order>;
''')

M("pg_add_audit_log_as.yml", "SQL (PostgreSQL)", r'''
-- migrate:up
CREATE TABLE audit_log (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    table_name  TEXT NOT NULL,
    row_id      BIGINT NOT NULL,
    action      TEXT NOT NULL,
    old_data    JSONB,
    new_data    JSONB,
    changed_by  TEXT DEFAULT current_user,
    changed_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX audit_log_table_row_idx ON audit_log (table_name, row_id);

CREATE OR REPLACE FUNCTION audit_trigger() RETURNS trigger AS $$
BEGIN
    INSERT INTO audit_log (table_name, row_id, action, old_data, new_data)
    VALUES (TG_TABLE_NAME, COALESCE(NEW.id, OLD.id), TG_OP, to_jsonb(OLD), to_jsonb(NEW));
    RETURN COALESCE(NEW, OLD);
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER accounts_audit
AFTER INSERT OR UPDATE OR DELETE ON accounts
FOR EACH ROW EXECUTE FUNCTION audit_trigger();
''')

M("ci_test_script_as.yml", "Shell (bash)", r'''
#!/usr/bin/env bash
set -euxo pipefail

export PYTHONPATH="$PWD/src"

python -m pip install --upgrade pip
pip install -e ".[test]"

ruff check src tests
mypy src

pytest -n auto --cov=src --cov-report=xml --junitxml=reports/junit.xml

if [[ "${UPLOAD_COVERAGE:-false}" == "true" ]]; then
  curl -Os https://uploader.codecov.io/latest/linux/codecov
  chmod +x codecov
  ./codecov -t "$CODECOV_TOKEN" -f coverage.xml
fi
''')

M("terraform_vars_as.yaml", "HCL (Terraform)", r'''
variable "region" {
  description = "AWS region to deploy into"
  type        = string
  default     = "eu-west-1"
}

variable "environment" {
  description = "Deployment environment (dev, staging, prod)"
  type        = string

  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "environment must be one of dev, staging, prod."
  }
}

variable "instance_count" {
  type    = number
  default = 2
}

variable "tags" {
  type = map(string)
  default = {
    Owner = "platform-team"
  }
}
''')

M("tox_ini_as.yml", "INI (tox)", r'''
[tox]
envlist = py310, py311, py312, lint
isolated_build = true

[testenv]
deps =
    pytest>=8
    pytest-cov
commands =
    pytest --cov=mypkg --cov-report=term-missing {posargs}

[testenv:lint]
skip_install = true
deps =
    ruff
    mypy
commands =
    ruff check src tests
    mypy src

[gh-actions]
python =
    3.10: py310
    3.11: py311
    3.12: py312, lint
''')

M("makefile_as.yml", "Makefile", r'''
.PHONY: help install test lint fmt build clean

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

help:  ## Show this help
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "%-12s %s\n", $$1, $$2}'

$(VENV):
	$(PYTHON) -m venv $(VENV)

install: $(VENV)  ## Install dependencies
	$(BIN)/pip install -e ".[dev]"

test: install  ## Run tests
	$(BIN)/pytest -q

lint:  ## Run linters
	$(BIN)/ruff check .
	$(BIN)/mypy src

build:  ## Build the wheel
	$(BIN)/python -m build

clean:
	rm -rf $(VENV) dist build *.egg-info .pytest_cache
''')

M("nginx_site_as.yaml", "nginx config", r'''
upstream app_backend {
    server 127.0.0.1:8000;
    keepalive 32;
}

server {
    listen 80;
    server_name example.com www.example.com;
    return 301 https://$host$request_uri;
}

server {
    listen 443 ssl http2;
    server_name example.com;

    ssl_certificate     /etc/letsencrypt/live/example.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/example.com/privkey.pem;

    client_max_body_size 20m;

    location /static/ {
        alias /srv/app/static/;
        expires 30d;
    }

    location / {
        proxy_pass http://app_backend;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto $scheme;
    }
}
''')

M("android_manifest_as.yml", "XML (Android manifest)", r'''
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android"
    xmlns:tools="http://schemas.android.com/tools">

    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="android.permission.POST_NOTIFICATIONS" />

    <application
        android:name=".NotesApp"
        android:allowBackup="true"
        android:icon="@mipmap/ic_launcher"
        android:label="@string/app_name"
        android:theme="@style/Theme.Notes"
        tools:targetApi="34">
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

M("go_cli_main_as.yaml", "Go", r'''
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"strings"
)

func main() {
	ignoreCase := flag.Bool("i", false, "case-insensitive match")
	flag.Parse()
	if flag.NArg() < 1 {
		fmt.Fprintln(os.Stderr, "usage: grepl [-i] PATTERN [FILE...]")
		os.Exit(2)
	}
	pattern := flag.Arg(0)
	if *ignoreCase {
		pattern = strings.ToLower(pattern)
	}

	files := flag.Args()[1:]
	if len(files) == 0 {
		files = []string{"-"}
	}
	for _, name := range files {
		f := os.Stdin
		if name != "-" {
			var err error
			f, err = os.Open(name)
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				continue
			}
		}
		sc := bufio.NewScanner(f)
		for n := 1; sc.Scan(); n++ {
			line := sc.Text()
			if strings.Contains(strings.ToLower(line), pattern) {
				fmt.Printf("%s:%d:%s\n", name, n, li''', broken="cut off mid-identifier inside Printf call (unclosed parens and four blocks)")

M("gemfile_as.yml", "Ruby", r'''
source "https://rubygems.org"
git_source(:github) { |repo| "https://github.com/#{repo}.git" }

ruby "3.3.0"

gem "rails", "~> 7.1.3"
gem "pg", "~> 1.5"
gem "puma", ">= 5.0"
gem "redis", ">= 4.0.1"
gem "sidekiq", "~> 7.2"
gem "bootsnap", require: false

group :development, :test do
  gem "debug", platforms: %i[mri windows]
  gem "rspec-rails", "~> 6.1"
  gem "factory_bot_rails"
end

group :development do
  gem "rubocop-rails", require: false
  gem "web-console"
end
''')

M("status_page_html_as.yaml", "HTML", r'''
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>System Status</title>
  <link rel="stylesheet" href="/status.css">
</head>
<body>
  <main class="container">
    <h1>All systems operational</h1>
    <table class="components">
      <thead>
        <tr><th>Component</th><th>Status</th><th>Uptime (90d)</th></tr>
      </thead>
      <tbody>
        <tr><td>API</td><td class="ok">Operational</td><td>99.98%</td></tr>
        <tr><td>Dashboard</td><td class="ok">Operational</td><td>99.95%</td></tr>
        <tr><td>Webhooks</td><td class="degraded">Degraded</td><td>99.71%</td></tr>
        <tr><td>Email delivery</td><td class="ok">Operational</td><td>99.99%</td></tr>
      </tbody>
    </table>
    <section class="incidents">
      <h2>Past incidents</h2>
      <article>
        <h3>Webhook delays</h3>
        <p>Some webhook deliveries were delayed by up to 15 minutes. We are moni''', broken="cut off mid-word inside <p>; article/section/main/body/html never closed")

M("dotenv_as.yaml", "dotenv", r'''
# copy to .env and fill in
POSTGRES_HOST=localhost
POSTGRES_PORT=5432
POSTGRES_DB=orders
POSTGRES_USER=orders
POSTGRES_PASSWORD=orders
KAFKA_BROKERS=localhost:9092
KAFKA_TOPIC_ORDERS=orders.v1
S3_BUCKET=orders-exports-dev
AWS_REGION=us-east-1
SENTRY_DSN=
LOG_FORMAT=json
''')

M("csharp_program_as.yml", "C#", r'''
using Microsoft.EntityFrameworkCore;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.Host.UseSerilog((ctx, cfg) => cfg.ReadFrom.Configuration(ctx.Configuration));

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
app.MapPost("/todos", async (Todo todo, AppDbContext db) =>
{
    db.Todos.Add(todo);
    await db.SaveChangesAsync();
    return Results.Created($"/todos/{todo.Id}", todo);
});

app.Run();
''')

M("spring_application_properties_as.yml", "Java properties", r'''
spring.application.name=inventory-service
server.port=8081

spring.datasource.url=jdbc:postgresql://localhost:5432/inventory
spring.datasource.username=inventory
spring.datasource.password=${DB_PASSWORD}
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false
spring.jpa.properties.hibernate.format_sql=true

management.endpoints.web.exposure.include=health,info,prometheus
management.endpoint.health.probes.enabled=true

logging.level.root=INFO
logging.level.com.example.inventory=DEBUG
''')

M("laravel_config_as.yaml", "PHP", r'''
<?php

return [

    /*
    |--------------------------------------------------------------------------
    | Default Queue Connection Name
    |--------------------------------------------------------------------------
    */

    'default' => env('QUEUE_CONNECTION', 'redis'),

    'connections' => [
        'sync' => [
            'driver' => 'sync',
        ],

        'redis' => [
            'driver' => 'redis',
            'connection' => env('REDIS_QUEUE_CONNECTION', 'default'),
            'queue' => env('REDIS_QUEUE', 'default'),
            'retry_after' => 90,
            'block_for' => null,
        ],
    ],

    'failed' => [
        'driver' => env('QUEUE_FAILED_DRIVER', 'database-uuids'),
        'table' => 'failed_jobs',
    ],

];
''')

# ---------------------------------------------------------------------------
# implied .toml
# ---------------------------------------------------------------------------

M("terraform_backend_as.toml", "HCL (Terraform)", r'''
terraform {
  backend "s3" {
    bucket         = "acme-terraform-state"
    key            = "network/terraform.tfstate"
    region         = "us-east-1"
    dynamodb_table = "terraform-locks"
    encrypt        = true
  }
}

module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.5.0"

  name = "main"
  cidr = "10.0.0.0/16"

  azs             = ["us-east-1a", "us-east-1b", "us-east-1c"]
  private_subnets = ["10.0.1.0/24", "10.0.2.0/24", "10.0.3.0/24"]
  public_subnets  = ["10.0.101.0/24", "10.0.102.0/24", "10.0.103.0/24"]

  enable_nat_gateway = true
  single_nat_gateway = true
}
''')

M("setup_cfg_flake8_as.toml", "INI (setup.cfg)", r'''
[flake8]
max-line-length = 88
extend-ignore = E203, W503
per-file-ignores =
    __init__.py: F401
    tests/*: S101
exclude =
    .git,
    __pycache__,
    migrations

[mypy]
python_version = 3.11
warn_unused_ignores = True
disallow_untyped_defs = True

[mypy-tests.*]
disallow_untyped_defs = False

[coverage:run]
branch = True
source = app
''')

M("app_config_yaml_as.toml", "YAML", r'''
server:
  host: 0.0.0.0
  port: 8080
  read_timeout: 15s
  write_timeout: 15s

database:
  driver: postgres
  dsn: postgres://app:secret@localhost:5432/app?sslmode=disable
  max_open_conns: 25
  max_idle_conns: 5

cache:
  enabled: true
  ttl: 10m
  redis:
    addr: localhost:6379
    db: 0

logging:
  level: info
  format: json
  outputs:
    - stdout
    - /var/log/app/app.log
''')

M("feature_flags_json_as.toml", "JSON", r'''
{
  "version": 3,
  "flags": {
    "new-checkout": {
      "enabled": true,
      "rollout": 25,
      "allowlist": ["internal", "beta-testers"]
    },
    "dark-mode": {
      "enabled": true,
      "rollout": 100
    },
    "ai-summaries": {
      "enabled": false,
      "rollout": 0,
      "notes": "waiting on legal review"
    }
  },
  "updatedAt": "2024-05-02T10:15:00Z"
}
''')

M("setup_py_as.toml", "Python", r'''
from pathlib import Path

from setuptools import find_packages, setup

here = Path(__file__).parent
long_description = (here / "README.md").read_text(encoding="utf-8")

setup(
    name="geo-utils",
    version="0.5.2",
    description="Helpers for working with GeoJSON and coordinate systems",
    long_description=long_description,
    long_description_content_type="text/markdown",
    author="Tomás Ortega",
    packages=find_packages(exclude=["tests", "tests.*"]),
    python_requires=">=3.8",
    install_requires=[
        "shapely>=2.0",
        "pyproj>=3.4",
    ],
    extras_require={
        "dev": ["pytest", "black", "mypy"],
    },
    entry_points={
        "console_scripts": ["geo-utils=geo_utils.cli:main"],
    },
    classifiers=[
        "Programming Language :: Python :: 3",
        "License :: OSI Approved :: MIT License",
''', broken="unclosed `classifiers=[` list and `setup(` call at end")

M("readme_as.toml", "Markdown", r'''
# rustydb

An embedded key-value store written in Rust, inspired by Bitcask.

## Why?

- **Fast writes** – append-only log, one disk seek per write.
- **Predictable reads** – in-memory hash index points straight at the value.
- **Crash safe** – every record is checksummed with CRC32.

## Getting started

Add it to your `Cargo.toml`:

```toml
[dependencies]
rustydb = "0.2"
```

Then:

```rust
let db = rustydb::open("data")?;
db.put(b"hello", b"world")?;
assert_eq!(db.get(b"hello")?, Some(b"world".to_vec()));
```

## Benchmarks

See [BENCHMARKS.md](BENCHMARKS.md).
''')

M("makefile_rust_as.toml", "Makefile", r'''
CARGO ?= cargo
TARGET ?= x86_64-unknown-linux-musl
BIN := mytool

.PHONY: all build release test fmt clippy dist clean

all: fmt clippy test

build:
	$(CARGO) build

release:
	$(CARGO) build --release --target $(TARGET)

test:
	$(CARGO) test --all-features

fmt:
	$(CARGO) fmt --all -- --check

clippy:
	$(CARGO) clippy --all-targets -- -D warnings

dist: release
	mkdir -p dist
	cp target/$(TARGET)/release/$(BIN) dist/
	cd dist && tar czf $(BIN)-$(TARGET).tar.gz $(BIN)

clean:
	$(CARGO) clean
	rm -rf dist
''')

M("release_script_as.toml", "Shell (bash)", r'''
#!/usr/bin/env bash
# Bump the version in Cargo.toml, tag and push.
set -euo pipefail

part=${1:-patch}
current=$(grep -m1 '^version' Cargo.toml | cut -d '"' -f2)
IFS=. read -r major minor patch <<<"$current"

case "$part" in
  major) major=$((major + 1)); minor=0; patch=0 ;;
  minor) minor=$((minor + 1)); patch=0 ;;
  patch) patch=$((patch + 1)) ;;
  *) echo "usage: $0 [major|minor|patch]" >&2; exit 1 ;;
esac

next="$major.$minor.$patch"
sed -i "0,/^version = \"$current\"/s//version = \"$next\"/" Cargo.toml
cargo check --quiet
git commit -am "release: v$next"
git tag -a "v$next" -m "v$next"
git push --follow-tags
echo "Released v$next"
''')

M("rust_main_as.toml", "Rust", r'''
use axum::{extract::State, routing::get, Json, Router};
use serde::Serialize;
use std::sync::Arc;
use tokio::sync::RwLock;

#[derive(Clone, Default)]
struct AppState {
    hits: Arc<RwLock<u64>>,
}

#[derive(Serialize)]
struct Stats {
    hits: u64,
}

async fn stats(State(state): State<AppState>) -> Json<Stats> {
    let mut hits = state.hits.write().await;
    *hits += 1;
    Json(Stats { hits: *hits })
}

#[tokio::main]
async fn main() {
    let app = Router::new()
        .route("/stats", get(stats))
        .with_state(AppState::default());

    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await.unwrap();
    println!("listening on {}", listener.local_addr().unwrap());
    axum::serve(listener, app).await.unwrap(_handler.py", line 20
}
''', broken="spliced token (`.unwrap(_handler.py\", line 20`) leaves an unterminated string and unclosed call")

M("vitest_config_js_as.toml", "JavaScript (ESM)", r'''
import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  test: {
    environment: "jsdom",
    globals: true,
    setupFiles: ["./src/test/setup.js"],
    include: ["src/**/*.{test,spec}.{js,jsx}"],
    coverage: {
      provider: "v8",
      reporter: ["text", "html"],
      exclude: ["src/main.jsx", "**/*.stories.jsx"],
    },
  },
});
''')

M("sqlite_schema_as.toml", "SQL (SQLite)", r'''
PRAGMA foreign_keys = ON;

CREATE TABLE IF NOT EXISTS feeds (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    url TEXT NOT NULL UNIQUE,
    title TEXT,
    last_fetched_at TEXT
);

CREATE TABLE IF NOT EXISTS entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    guid TEXT NOT NULL,
    title TEXT NOT NULL,
    link TEXT,
    published_at TEXT,
    read INTEGER NOT NULL DEFAULT 0,
    UNIQUE (feed_id, guid)
);

CREATE INDEX IF NOT EXISTS idx_entries_unread ON entries (feed_id) WHERE read = 0;
''')

M("dockerfile_rust_as.toml", "Dockerfile", r'''
FROM rust:1.78-slim AS builder
WORKDIR /usr/src/app

# Cache dependencies
COPY Cargo.toml Cargo.lock ./
RUN mkdir src && echo "fn main() {}" > src/main.rs && cargo build --release && rm -rf src

COPY src ./src
RUN touch src/main.rs && cargo build --release

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /usr/src/app/target/release/api /usr/local/bin/api
ENV RUST_LOG=info
EXPOSE 3000
ENTRYPOINT ["/usr/local/bin/api"]
''')

M("gitconfig_as.toml", "INI (gitconfig)", r'''
[user]
	name = Alex Kim
	email = alex@example.com
[core]
	editor = nvim
	autocrlf = input
	excludesfile = ~/.gitignore_global
[init]
	defaultBranch = main
[pull]
	rebase = true
[alias]
	co = checkout
	br = branch -vv
	st = status -sb
	lg = log --graph --oneline --decorate --all
	undo = reset --soft HEAD~1
[diff]
	colorMoved = zebra
''')

M("deploy_workflow_as.toml", "YAML (GitHub Actions)", r'''
name: Deploy

on:
  workflow_dispatch:
  push:
    branches: [main]

concurrency:
  group: deploy-${{ github.ref }}
  cancel-in-progress: true

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/deploy
          aws-region: us-east-1
      - name: Deploy
        run: ./scripts/deploy.sh
        env:
          TARGETS: [web, worker, sched''', broken="cut off inside an unclosed flow sequence `[web, worker, sched`")

M("env_schema_ts_as.toml", "TypeScript", r'''
import { z } from "zod";

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  PORT: z.coerce.number().int().positive().default(3000),
  DATABASE_URL: z.string().url(),
  REDIS_URL: z.string().url().optional(),
  JWT_SECRET: z.string().min(32),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
});

export type Env = z.infer<typeof EnvSchema>;

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    console.error("Invalid environment:", parsed.error.flatten().fieldErrors);
    process.exit(1);
  }
  return parsed.data;
}

export const env: Env = loadEnv();
''')

M("dotenv_as.toml", "dotenv", r'''
# Local development settings - do not commit real secrets
APP_ENV=local
APP_DEBUG=true
APP_KEY=base64:3o0m1ZcHq2o8wS4bE7Yj5rVt9nK2fA6dL1pQ0xU4sRw=
APP_URL=http://localhost:8000

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=laravel
DB_USERNAME=root
DB_PASSWORD=

MAIL_MAILER=log
QUEUE_CONNECTION=sync
''')

M("logback_xml_as.toml", "XML (logback)", r'''
<?xml version="1.0" encoding="UTF-8"?>
<configuration scan="true" scanPeriod="30 seconds">
  <property name="LOG_DIR" value="${LOG_DIR:-/var/log/app}" />

  <appender name="CONSOLE" class="ch.qos.logback.core.ConsoleAppender">
    <encoder>
      <pattern>%d{HH:mm:ss.SSS} [%thread] %-5level %logger{36} - %msg%n</pattern>
    </encoder>
  </appender>

  <appender name="FILE" class="ch.qos.logback.core.rolling.RollingFileAppender">
    <file>${LOG_DIR}/app.log</file>
    <rollingPolicy class="ch.qos.logback.core.rolling.TimeBasedRollingPolicy">
      <fileNamePattern>${LOG_DIR}/app.%d{yyyy-MM-dd}.log.gz</fileNamePattern>
      <maxHistory>14</maxHistory>
    </rollingPolicy>
    <encoder>
      <pattern>%d{ISO8601} %-5level [%X{traceId}] %logger - %msg%n</pattern>
    </encoder>
  </appender>

  <logger name="com.example" level="DEBUG" />

  <root level="INFO">
    <appender-ref ref="CONSOLE" />
    <appender-ref ref="FILE" />
  </root>
</configuration>
''')

# ---------------------------------------------------------------------------
# implied .sh
# ---------------------------------------------------------------------------

M("python_backup_script_as.sh", "Python", r'''
#!/usr/bin/env python3
"""Rotate database backups: keep 7 daily, 4 weekly and 12 monthly archives."""
import argparse
import datetime as dt
import subprocess
from pathlib import Path

KEEP = {"daily": 7, "weekly": 4, "monthly": 12}


def dump(db: str, dest: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    out = dest / f"{db}-{stamp}.sql.gz"
    with out.open("wb") as fh:
        pg = subprocess.Popen(["pg_dump", "--no-owner", db], stdout=subprocess.PIPE)
        subprocess.run(["gzip", "-9"], stdin=pg.stdout, stdout=fh, check=True)
        pg.wait()
    return out


def prune(dest: Path) -> None:
    backups = sorted(dest.glob("*.sql.gz"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in backups[KEEP["daily"]:]:
        print(f"removing {old}")
        old.unlink()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("database")
    parser.add_argument("--dest", type=Path, default=Path("/var/backups/postgres"))
    args = parser.parse_args()
    args.dest.mkdir(parents=True, exist_ok=True)
    print(dump(args.database, args.dest))
    prune(args.dest)
''')

M("dockerfile_go_as.sh", "Dockerfile", r'''
FROM golang:1.22-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 GOOS=linux go build -trimpath -ldflags="-s -w" -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/server /server
USER nonroot:nonroot
EXPOSE 8080
ENTRYPOINT ["/server"]
''')

M("makefile_go_as.sh", "Makefile", r'''
# Makefile for the orders service
GO       ?= go
PKG      := ./...
BIN_DIR  := bin
VERSION  := $(shell git describe --tags --always --dirty)
LDFLAGS  := -X main.version=$(VERSION)

.DEFAULT_GOAL := build

.PHONY: build test lint run docker

build:
	@mkdir -p $(BIN_DIR)
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN_DIR)/orders ./cmd/orders

test:
	$(GO) test -race -cover $(PKG)

lint:
	golangci-lint run

run: build
	./$(BIN_DIR)/orders --config config/dev.yaml

docker:
	docker build -t orders:$(VERSION) .
''')

M("readme_install_as.sh", "Markdown", r'''
# Installation

## Prerequisites

- Docker 24+
- Node.js 20 LTS
- `pnpm` (run `corepack enable`)

## Steps

1. Clone the repository:

   ```sh
   git clone https://github.com/example/shop.git && cd shop
   ```

2. Copy the example environment file and edit it:

   ```sh
   cp .env.example .env
   ```

3. Start the database and install dependencies:

   ```sh
   docker compose up -d db
   pnpm install
   ```

4. Open <http://localhost:3000>.

## Troubleshooting

If port 5432 is already taken, stop your local PostgreSQL or change
`DB_PORT` in `.env`.
''')

M("gitlab_ci_as.sh", "YAML (GitLab CI)", r'''
stages:
  - test
  - build
  - deploy

variables:
  DOCKER_DRIVER: overlay2
  IMAGE: $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements-dev.txt
    - pytest --junitxml=report.xml
  artifacts:
    reports:
      junit: report.xml

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - docker login -u "$CI_REGISTRY_USER" -p "$CI_REGISTRY_PASSWORD" "$CI_REGISTRY"
    - docker build -t "$IMAGE" .
    - docker push "$IMAGE"

deploy:
  stage: deploy
  image: bitnami/kubectl:1.29
  script:
    - kubectl set image deployment/api api="$IMAGE"
  only:
    - main
''')

M("pg_dump_fragment_as.sh", "SQL (PostgreSQL)", r'''
--
-- PostgreSQL database dump
--

SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);

CREATE TABLE public.customers (
    id integer NOT NULL,
    name text NOT NULL,
    email text,
    created_at timestamp with time zone DEFAULT now()
);

ALTER TABLE public.customers OWNER TO app;

CREATE SEQUENCE public.customers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    CACHE 1;

ALTER SEQUENCE public.customers_id_seq OWNED BY public.customers.id;

ALTER TABLE ONLY public.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);
''')

M("node_migrate_script_as.sh", "JavaScript (CommonJS)", r'''
#!/usr/bin/env node
"use strict";

const fs = require("node:fs/promises");
const path = require("node:path");
const { Client } = require("pg");

async function main() {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query("CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY)");

  const dir = path.join(__dirname, "..", "migrations");
  const files = (await fs.readdir(dir)).filter((f) => f.endsWith(".sql")).sort();
  const { rows } = await client.query("SELECT name FROM schema_migrations");
  const applied = new Set(rows.map((r) => r.name));

  for (const file of files) {
    if (applied.has(file)) continue;
    const sql = await fs.readFile(path.join(dir, file), "utf8");
    console.log(`applying ${file}`);
    await client.query("BEGIN");
    try {
      await client.query(sql);
      await client.query("INSERT INTO schema_migrations (name) VALUES ($1)", [file]);
      await client.query("COMMIT");
    } catch (err) {
      await client.query("ROLLBACK");
      throw err;
    }
  }
  await client.end();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
''', broken="unclosed `.catch((err) => {` callback and call at end")

M("seed_users_ts_as.sh", "TypeScript", r'''
#!/usr/bin/env -S npx tsx
import { faker } from "@faker-js/faker";
import { PrismaClient, type Prisma } from "@prisma/client";

const prisma = new PrismaClient();
const COUNT: number = Number(process.argv[2] ?? 50);

function fakeUser(): Prisma.UserCreateInput {
  return {
    email: faker.internet.email().toLowerCase(),
    name: faker.person.fullName(),
    role: faker.helpers.arrayElement(["USER", "ADMIN"] as const),
  };
}

async function main(): Promise<void> {
  const data = Array.from({ length: COUNT }, fakeUser);
  const result = await prisma.user.createMany({ data, skipDuplicates: true });
  console.log(`inserted ${result.count} users`);
}

main()
  .catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
''')

M("powershell_setup_as.sh", "PowerShell", r'''
#Requires -Version 7
param(
    [string]$Environment = "dev",
    [switch]$SkipTests
)

$ErrorActionPreference = "Stop"

Write-Host "Setting up $Environment environment..." -ForegroundColor Cyan

if (-not (Get-Command dotnet -ErrorAction SilentlyContinue)) {
    throw "dotnet SDK is not installed"
}

dotnet restore ./src/App.sln
dotnet build ./src/App.sln -c Release --no-restore

if (-not $SkipTests) {
    dotnet test ./src/App.sln --no-build -c Release --logger "trx;LogFileName=results.trx"
}

$settings = Get-Content "./config/appsettings.$Environment.json" | ConvertFrom-Json
Write-Host "Database: $($settings.ConnectionStrings.Default)"
Write-Host "Done." -ForegroundColor Green
''')

M("go_healthcheck_as.sh", "Go", r'''
// healthcheck is a tiny binary used by Docker HEALTHCHECK in distroless images.
package main

import (
	"fmt"
	"net/http"
	"os"
	"time"
)

func main() {
	url := "http://127.0.0.1:8080/healthz"
	if len(os.Args) > 1 {
		url = os.Args[1]
	}
	client := http.Client{Timeout: 3 * time.Second}
	resp, err := client.Get(url)
	if err != nil {
		fmt.Fprintln(os.Stderr, "unhealthy:", err)
		os.Exit(1)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		fmt.Fprintln(os.Stderr, "unhealthy: status", resp.StatusCode)
		os.Exit(1)
	}
}
''')

M("ruby_csv_report_as.sh", "Ruby", r'''
#!/usr/bin/env ruby
# frozen_string_literal: true

require "csv"
require "optparse"

options = { column: "amount" }
OptionParser.new do |opts|
  opts.banner = "Usage: report.rb [options] FILE"
  opts.on("-c", "--column NAME", "Column to sum") { |c| options[:column] = c }
end.parse!

file = ARGV.fetch(0) { abort "missing FILE" }
totals = Hash.new(0)

CSV.foreach(file, headers: true) do |row|
  totals[row["category"]] += row[options[:column]].to_f
end

totals.sort_by { |_, v| -v }.each do |category, total|
  puts format("%-20s %12.2f", category, total)
end
''')

M("package_json_as.sh", "JSON", r'''
{
  "name": "shell-helpers",
  "version": "1.0.0",
  "description": "Handy CLI wrappers",
  "bin": {
    "gcof": "./bin/gcof.js",
    "portkill": "./bin/portkill.js"
  },
  "scripts": {
    "test": "node --test",
    "lint": "eslint bin"
  },
  "engines": {
    "node": ">=18"
  },
  "license": "MIT"
}
''')

M("pyproject_as.sh", "TOML (pyproject)", r'''
[project]
name = "shellcheck-report"
version = "0.1.0"
description = "Summarise shellcheck output as a Markdown table"
requires-python = ">=3.9"
dependencies = ["rich>=13"]

[project.scripts]
shellcheck-report = "shellcheck_report:main"

[tool.setuptools]
py-modules = ["shellcheck_report"]

[tool.black]
line-length = 100
''')

M("terraform_ec2_as.sh", "HCL (Terraform)", r'''
data "aws_ami" "ubuntu" {
  most_recent = true
  owners      = ["099720109477"]

  filter {
    name   = "name"
    values = ["ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*"]
  }
}

resource "aws_instance" "bastion" {
  ami                    = data.aws_ami.ubuntu.id
  instance_type          = "t3.micro"
  subnet_id              = var.public_subnet_id
  vpc_security_group_ids = [aws_security_group.bastion.id]
  key_name               = var.key_name

  user_data = <<-EOF
    #!/bin/bash
    apt-get update -y
    apt-get install -y fail2ban
  EOF

  tags = {
    Name = "bastion"
  }
}
''')

M("log_cleanup_py_as.sh", "Python", r'''
import os
import sys
import time
from pathlib import Path

LOG_DIR = Path(os.environ.get("LOG_DIR", "/var/log/myapp"))
MAX_AGE_DAYS = int(os.environ.get("MAX_AGE_DAYS", "14"))


def main() -> int:
    cutoff = time.time() - MAX_AGE_DAYS * 86400
    removed = 0
    for path in LOG_DIR.rglob("*.log*"):
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        except FileNotFoundError:
            continue
        except PermissionError as exc:
            print(f"skip {path}: {exc}", file=sys.stderr)
    print(f"removed {removed} files older than {MAX_AGE_DAYS} days from {LOG_DIR"ecursive=True):
    return 0


if __name__ == "__main__":
    sys.exit(main())
''', broken="spliced token in f-string (`{LOG_DIR\"ecursive=True):`) leaves an unterminated string/brace")

M("systemd_unit_as.sh", "INI (systemd unit)", r'''
[Unit]
Description=Background job worker
After=network-online.target redis.service
Wants=network-online.target

[Service]
Type=simple
User=app
Group=app
WorkingDirectory=/srv/app
EnvironmentFile=/etc/app/worker.env
ExecStart=/srv/app/.venv/bin/celery -A app worker --loglevel=INFO --concurrency=4
ExecReload=/bin/kill -HUP $MAINPID
Restart=on-failure
RestartSec=5
LimitNOFILE=65536

[Install]
WantedBy=multi-user.target
''')

M("k8s_cronjob_as.sh", "YAML (Kubernetes)", r'''
apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly-report
spec:
  schedule: "0 2 * * *"
  concurrencyPolicy: Forbid
  successfulJobsHistoryLimit: 3
  jobTemplate:
    spec:
      backoffLimit: 2
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: ghcr.io/example/reports:2.1.0
              args: ["generate", "--date", "yesterday", "--email", "ops@example.com"]
              envFrom:
                - secretRef:
                    name: reports-env
''')

M("c_wordcount_as.sh", "C", r'''
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

/* Count lines, words and bytes like `wc`. */
int main(int argc, char **argv) {
    FILE *fp = stdin;
    if (argc > 1) {
        fp = fopen(argv[1], "r");
        if (!fp) {
            perror(argv[1]);
            return EXIT_FAILURE;
        }
    }

    long lines = 0, words = 0, bytes = 0;
    int c, in_word = 0;
    while ((c = fgetc(fp)) != EOF) {
        bytes++;
        if (c == '\n') {
            lines++;
        }
        if (isspace(c)) {
            in_word = 0;
        } else if (!in_word) {
            in_word = 1;
            words++;
        }
    }

    printf("%7ld %7ld %7ld %s\n", lines, words, bytes, argc > 1 ? argv[1] : "");
    if (fp != stdin) {
        fclose(fp);
''', broken="unclosed `if` block and `main` body at end (output stopped)")

M("php_cli_cleanup_as.sh", "PHP", r'''
#!/usr/bin/env php
<?php
declare(strict_types=1);

// Remove expired sessions from the database.
$dsn = getenv('DB_DSN') ?: 'mysql:host=127.0.0.1;dbname=app';
$pdo = new PDO($dsn, getenv('DB_USER') ?: 'root', getenv('DB_PASS') ?: '', [
    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
]);

$ttl = (int) ($argv[1] ?? 86400);
$stmt = $pdo->prepare('DELETE FROM sessions WHERE last_activity < :cutoff');
$stmt->execute(['cutoff' => time() - $ttl]);

fprintf(STDOUT, "Deleted %d expired sessions\n", $stmt->rowCount());
exit(0);
''')

M("maintenance_page_as.sh", "HTML", r'''
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>We'll be right back</title>
  <style>
    body { display: grid; place-items: center; min-height: 100vh; margin: 0;
           font-family: system-ui, sans-serif; background: #111827; color: #f9fafb; }
    .box { text-align: center; max-width: 32rem; padding: 2rem; }
  </style>
</head>
<body>
  <div class="box">
    <h1>Scheduled maintenance</h1>
    <p>We're upgrading our database. The site will be back by 04:00 UTC.</p>
    <p>Follow <a href="https://status.example.com">status.example.com</a> for updates.</p>
  </div>
</body>
</html>
''')

M("ansible_users_as.sh", "YAML (Ansible)", r'''
- hosts: all
  become: yes
  vars:
    admins:
      - { name: alice, key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB7 alice@laptop" }
      - { name: bob, key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK9 bob@desktop" }
  tasks:
    - name: Create admin users
      user:
        name: "{{ item.name }}"
        groups: sudo
        shell: /bin/bash
        append: yes
      loop: "{{ admins }}"

    - name: Authorize SSH keys
      authorized_key:
        user: "{{ item.name }}"
        key: "{{ item.key }}"
      loop: "{{ admins }}"

    - name: Disable password auth
      lineinfile: { path: /etc/ssh/sshd_config, regexp: '^#?PasswordAuthentication', line: 'PasswordAuthentication no'
''', broken="unclosed flow mapping `{ path: ...` at end")

# ---------------------------------------------------------------------------
# implied .py
# ---------------------------------------------------------------------------

M("deploy_bash_as.py", "Shell (bash)", r'''
#!/bin/bash
# Zero-downtime deploy for the API behind nginx.
set -euo pipefail

RELEASES=/srv/api/releases
CURRENT=/srv/api/current
STAMP=$(date +%Y%m%d%H%M%S)
NEW="$RELEASES/$STAMP"

git clone --depth 1 --branch "${BRANCH:-main}" git@github.com:example/api.git "$NEW"
cd "$NEW"
python3 -m venv .venv
.venv/bin/pip install -q -r requirements.txt
.venv/bin/python manage.py migrate --noinput
.venv/bin/python manage.py collectstatic --noinput

ln -sfn "$NEW" "$CURRENT"
sudo systemctl reload api

# keep the five most recent releases
cd "$RELEASES"
ls -1t | tail -n +6 | xargs -r rm -rf

if ! curl -fsS http://127.0.0.1:8000/healthz >/dev/null; then
  echo "health check failed, rolling back" >&2
  previous=$(ls -1t "$RELEASES" | sed -n 2p)
  ln -sfn "$RELEASES/$previous" "$CURRENT"
  sudo systemctl reload api
  exit 1
fi
''')

M("monthly_revenue_sql_as.py", "SQL (PostgreSQL)", r'''
-- Monthly recurring revenue by plan, with month-over-month growth
WITH monthly AS (
    SELECT
        date_trunc('month', s.started_at) AS month,
        p.name                             AS plan,
        SUM(p.price_cents) / 100.0         AS mrr
    FROM subscriptions s
    JOIN plans p ON p.id = s.plan_id
    WHERE s.status = 'active'
    GROUP BY 1, 2
)
SELECT
    month,
    plan,
    mrr,
    mrr - LAG(mrr) OVER (PARTITION BY plan ORDER BY month) AS delta,
    ROUND(
        100.0 * (mrr - LAG(mrr) OVER (PARTITION BY plan ORDER BY month))
        / NULLIF(LAG(mrr) OVER (PARTITION BY plan ORDER BY month), 0),
        1
    ) AS growth_pct
FROM monthly
ORDER BY month DESC, plan;
''')

M("express_app_as.py", "JavaScript (CommonJS)", r'''
const express = require("express");
const helmet = require("helmet");
const morgan = require("morgan");
const rateLimit = require("express-rate-limit");

const usersRouter = require("./routes/users");
const { errorHandler } = require("./middleware/errors");

const app = express();

app.use(helmet());
app.use(express.json({ limit: "1mb" }));
app.use(morgan(process.env.NODE_ENV === "production" ? "combined" : "dev"));
app.use("/api", rateLimit({ windowMs: 60_000, max: 100 }));

app.get("/health", (req, res) => res.json({ ok: true }));
app.use("/api/users", usersRouter);

app.use((req, res) => res.status(404).json({ error: "Not found" }));
app.use(errorHandler);

const port = process.env.PORT || 3000;
if (require.main === module) {
  app.listen(port, () => console.log(`API listening on ${port}`));
}

module.exports = app;
''')

M("ts_interfaces_as.py", "TypeScript", r'''
// Shared types between the web client and the API
export interface Address {
  line1: string;
  line2?: string;
  city: string;
  postalCode: string;
  country: "US" | "CA" | "GB" | "DE" | "FR";
}

export interface Customer {
  readonly id: string;
  name: string;
  email: string;
  billingAddress: Address;
  shippingAddress?: Address;
  tags: string[];
}

export type CustomerPatch = Partial<Omit<Customer, "id">>;

export interface ListCustomersParams {
  search?: string;
  tag?: string;
  cursor?: string;
  limit?: number;
}

export declare function listCustomers(params: ListCustomersParams): Promise<{
  customers: Customer[];
  nextCursor: string | null;
}>;
''')

M("logging_config_yaml_as.py", "YAML", r'''
version: 1
disable_existing_loggers: false

formatters:
  simple:
    format: "%(asctime)s %(levelname)-8s %(name)s: %(message)s"
  json:
    (): pythonjsonlogger.jsonlogger.JsonFormatter
    format: "%(asctime)s %(levelname)s %(name)s %(message)s"

handlers:
  console:
    class: logging.StreamHandler
    formatter: simple
    stream: ext://sys.stdout
  file:
    class: logging.handlers.RotatingFileHandler
    formatter: json
    filename: logs/app.log
    maxBytes: 10485760
    backupCount: 5

loggers:
  uvicorn.access:
    level: WARNING
  app:
    level: DEBUG
    handlers: [console, file]
    propagate: false

root:
  level: INFO
  handlers: [console]
''')

M("fixture_json_as.py", "JSON", r'''
[
  {
    "model": "catalog.category",
    "pk": 1,
    "fields": {
      "name": "Coffee",
      "slug": "coffee",
      "is_active": true,
      "parent": null
    }
  },
  {
    "model": "catalog.product",
    "pk": 10,
    "fields": {
      "category": 1,
      "name": "Ethiopia Yirgacheffe",
      "price": "14.50",
      "in_stock": true,
      "tags": ["single-origin", "light-roast"]
    }
  },
  {
    "model": "catalog.product",
    "pk": 11,
    "fields": {
      "category": 1,
      "name": "House Espresso Blend",
      "price": "12.00",
      "in_stock": false,
      "tags": []
    }
  }
]
''')

M("pyproject_as.py", "TOML (pyproject)", r'''
[build-system]
requires = ["setuptools>=68", "wheel"]
build-backend = "setuptools.build_meta"

[project]
name = "slackwatch"
version = "0.4.0"
description = "Post GitHub events to Slack"
requires-python = ">=3.10"
dependencies = ["httpx>=0.27", "pydantic-settings>=2.2"]

[project.optional-dependencies]
dev = ["pytest", "respx", "ruff"]

[tool.ruff]
line-length = 88
select = ["E", "F", "I", "UP", "B"]

[tool.pytest.ini_options]
asyncio_mode = "auto"
''')

M("alembic_ini_as.py", "INI (alembic.ini)", r'''
[alembic]
script_location = migrations
prepend_sys_path = .
sqlalchemy.url = postgresql+psycopg://app:app@localhost/app
file_template = %%(year)d%%(month).2d%%(day).2d_%%(rev)s_%%(slug)s

[post_write_hooks]
hooks = ruff
ruff.type = exec
ruff.executable = ruff
ruff.options = format REVISION_SCRIPT_FILENAME

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console
qualname =

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[formatter_generic]
format = %(levelname)-5.5s [%(name)s] %(message)s
''')

M("readme_as.py", "Markdown", r'''
# pdf-merge

Merge, split and reorder PDF files from the command line.

## Install

```
pip install pdf-merge
```

## Examples

Merge two files:

```
pdf-merge a.pdf b.pdf -o combined.pdf
```

Take pages 1-3 of one file and page 5 of another:

```
pdf-merge report.pdf:1-3 appendix.pdf:5 -o summary.pdf
```

## Development

Run the tests with `pytest`. Formatting is enforced by **black** and **ruff**;
run `pre-commit install` once after cloning.

## Changelog

* **0.3.0** – page ranges, `--rotate`
* **0.2.0** – encrypted input support
''')

M("go_config_struct_as.py", "Go", r'''
package config

import (
	"fmt"
	"os"
	"time"

	"gopkg.in/yaml.v3"
)

type Config struct {
	Server struct {
		Addr         string        `yaml:"addr"`
		ReadTimeout  time.Duration `yaml:"read_timeout"`
		WriteTimeout time.Duration `yaml:"write_timeout"`
	} `yaml:"server"`
	Database struct {
		DSN      string `yaml:"dsn"`
		MaxConns int    `yaml:"max_conns"`
	} `yaml:"database"`
}

func Load(path string) (*Config, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	cfg := &Config{}
	if err := yaml.Unmarshal(raw, cfg); err != nil {
		return nil, fmt.Errorf("parse config: %w", err)
	}
	if cfg.Server.Addr == "" {
		cfg.Server.Addr = ":8080"
	}
	return cfg, nil
}
''')

M("rust_lib_as.py", "Rust", r'''
//! Simple token-bucket rate limiter.

use std::time::{Duration, Instant};

pub struct TokenBucket {
    capacity: u32,
    tokens: f64,
    refill_per_sec: f64,
    last: Instant,
}

impl TokenBucket {
    pub fn new(capacity: u32, refill_per_sec: f64) -> Self {
        Self {
            capacity,
            tokens: capacity as f64,
            refill_per_sec,
            last: Instant::now(),
        }
    }

    fn refill(&mut self) {
        let elapsed = self.last.elapsed().as_secs_f64();
        self.tokens = (self.tokens + elapsed * self.refill_per_sec).min(self.capacity as f64);
        self.last = Instant::now();
    }

    pub fn try_acquire(&mut self) -> bool {
        self.refill();
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            true
        } else {
            false
        }
    }

    pub fn time_until_available(&mut self) -> Duration {
        self.refill();
        if self.tokens >= 1.0 {
            return Duration::ZERO;
        }
        Duration::from_secs_f64((1.0 - self.tokens) / self.refill''', broken="cut off mid-identifier (unclosed call, fn and impl)")

M("java_email_service_as.py", "Java", r'''
package com.example.notifications;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;

@Service
public class EmailService {
    private static final Logger log = LoggerFactory.getLogger(EmailService.class);

    private final JavaMailSender mailSender;
    private final TemplateRenderer renderer;

    public EmailService(JavaMailSender mailSender, TemplateRenderer renderer) {
        this.mailSender = mailSender;
        this.renderer = renderer;
    }

    @Async
    public CompletableFuture<Void> send(String to, String template, Map<String, Object> model) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setTo(to);
        message.setSubject(renderer.subject(template, model));
        message.setText(renderer.body(template, model));
        try {
            mailSender.send(message);
        } catch (Exception e) {
            log.error("Failed to send {} to {}", template, to, e);
            return CompletableFuture.failedFuture(e);
        }
        return CompletableFuture.completedFuture(null);
    }
}
''')

M("rails_model_as.py", "Ruby", r'''
class Order < ApplicationRecord
  belongs_to :customer
  has_many :line_items, dependent: :destroy
  has_many :products, through: :line_items

  enum :status, { pending: 0, paid: 1, shipped: 2, cancelled: 3 }

  validates :customer, presence: true
  validates :total_cents, numericality: { greater_than_or_equal_to: 0 }

  scope :recent, -> { where(created_at: 30.days.ago..) }
  scope :unpaid, -> { where(status: :pending) }

  before_save :recalculate_total

  def total
    Money.new(total_cents, currency)
  end

  private

  def recalculate_total
    self.total_cents = line_items.sum { |li| li.quantity * li.unit_price_cents }
''', broken="method and class bodies never closed (missing two `end`s; output stopped)")

M("dockerfile_as.py", "Dockerfile", r'''
FROM python:3.11-slim AS base

ARG POETRY_VERSION=1.8.2
ENV POETRY_HOME=/opt/poetry \
    POETRY_VIRTUALENVS_IN_PROJECT=true \
    PATH="/opt/poetry/bin:$PATH"

RUN pip install "poetry==$POETRY_VERSION"

WORKDIR /code
COPY pyproject.toml poetry.lock ./
RUN poetry install --only main --no-root

COPY src/ ./src/
RUN poetry install --only-root

EXPOSE 8000
CMD [".venv/bin/uvicorn", "src.app:app", "--host", "0.0.0.0", "--port", "8000"]
''')

M("makefile_spaces_as.py", "Makefile", r'''
.PHONY: venv install test coverage docs

venv:
    python3 -m venv .venv

install: venv
    .venv/bin/pip install -r requirements.txt -r requirements-dev.txt

test:
    .venv/bin/pytest tests/

coverage:
    .venv/bin/pytest --cov=app --cov-report=html tests/
    @echo "open htmlcov/index.html"

docs:
    .venv/bin/mkdocs build --strict
''', broken="recipe lines indented with spaces instead of a tab (make: missing separator)")

M("jinja_base_template_as.py", "HTML (Jinja2)", r'''
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{% block title %}My Blog{% endblock %}</title>
  <link rel="stylesheet" href="{{ url_for('static', filename='css/main.css') }}">
</head>
<body>
  <nav class="navbar">
    <a href="{{ url_for('index') }}">Home</a>
    {% if current_user.is_authenticated %}
      <a href="{{ url_for('new_post') }}">New post</a>
      <a href="{{ url_for('logout') }}">Log out ({{ current_user.username }})</a>
    {% else %}
      <a href="{{ url_for('login') }}">Log in</a>
    {% endif %}
  </nav>
  <main>
    {% with messages = get_flashed_messages() %}
      {% for message in messages %}
        <div class="flash">{{ message }}</div>
      {% endfor %}
    {% endwith %}
    {% block content %}{% endblock %}
  </main>
</body>
</html>
''')

M("admin_styles_css_as.py", "CSS", r'''
/* Admin panel layout */
.admin-layout {
  display: grid;
  grid-template-columns: 240px 1fr;
  min-height: 100vh;
}

.sidebar {
  background: #1f2937;
  color: #e5e7eb;
  padding: 1rem 0;
}

.sidebar a {
  display: block;
  padding: 0.5rem 1.25rem;
  color: inherit;
  text-decoration: none;
}

.sidebar a.active,
.sidebar a:hover {
  background: #374151;
}

.content {
  padding: 2rem;
  overflow-x: auto;

  table.data {
    width: 100%;
    border-collapse: collapse;
''', broken="unclosed rule blocks at end (nested `table.data {` and `.content {`)")

M("wordpress_plugin_as.py", "PHP", r'''
<?php
/**
 * Plugin Name: Reading Time
 * Description: Shows an estimated reading time above each post.
 * Version: 1.0.0
 */

if (!defined('ABSPATH')) {
    exit;
}

function rt_reading_time(string $content): int
{
    $words = str_word_count(wp_strip_all_tags($content));
    return max(1, (int) ceil($words / 200));
}

add_filter('the_content', function (string $content): string {
    if (!is_singular('post') || !in_the_loop()) {
        return $content;
    }
    $minutes = rt_reading_time($content);
    $label = sprintf(_n('%d minute read', '%d minutes read', $minutes, 'reading-time'), $minutes);
    return '<p class="reading-time">' . esc_html($label) . '</p>' . $content;
});
''')

M("csharp_worker_as.py", "C#", r'''
using System.Text.Json;
using Azure.Messaging.ServiceBus;

namespace Orders.Worker;

public sealed class OrderProcessor : BackgroundService
{
    private readonly ServiceBusProcessor _processor;
    private readonly ILogger<OrderProcessor> _logger;

    public OrderProcessor(ServiceBusClient client, ILogger<OrderProcessor> logger)
    {
        _processor = client.CreateProcessor("orders", new ServiceBusProcessorOptions
        {
            MaxConcurrentCalls = 4,
            AutoCompleteMessages = false,
        });
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _processor.ProcessMessageAsync += async args =>
        {
            var order = JsonSerializer.Deserialize<OrderCreated>(args.Message.Body);
            _logger.LogInformation("Processing order {OrderId}", order!.Id);
            await args.CompleteMessageAsync(args.Messagelf._session.commit()
        };
        _processor.ProcessErrorAsync += args =>
        {
            _logger.LogError(args.Exception, "Service bus error");
            return Task.CompletedTask;
        };
        await _processor.StartProcessingAsync(stoppingToken);
    }
}
''', broken="spliced token (`args.Messagelf._session.commit()`) with the call's `);` lost")

M("snowflake_merge_as.py", "SQL (Snowflake)", r'''
-- Upsert daily product snapshot into the analytics mart
USE WAREHOUSE transform_wh;
USE SCHEMA analytics.marts;

CREATE OR REPLACE TEMPORARY TABLE stg_products AS
SELECT
    raw:id::NUMBER              AS product_id,
    raw:name::VARCHAR           AS name,
    raw:price::NUMBER(10, 2)    AS price,
    raw:tags::ARRAY             AS tags,
    TO_TIMESTAMP_NTZ(raw:updated_at::VARCHAR) AS updated_at
FROM raw.shop.products_json,
     LATERAL FLATTEN(input => raw:variants, outer => TRUE) v
QUALIFY ROW_NUMBER() OVER (PARTITION BY product_id ORDER BY updated_at DESC) = 1;

MERGE INTO dim_products t
USING stg_products s
    ON t.product_id = s.product_id
WHEN MATCHED AND s.updated_at > t.updated_at THEN UPDATE SET
    name = s.name,
    price = s.price,
    tags = s.tags,
    updated_at = s.updated_at
WHEN NOT MATCHED THEN INSERT (product_id, name, price, tags, updated_at)
    VALUES (s.product_id, s.name, s.price, s.tags, s''', broken="cut off inside the final VALUES list (unclosed paren, no terminating semicolon)")

M("node_fetch_esm_as.py", "JavaScript (ESM)", r'''
import { writeFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";

const API = "https://api.github.com";
const token = process.env.GITHUB_TOKEN;

async function fetchAll(url) {
  const results = [];
  while (url) {
    const res = await fetch(url, {
      headers: { Authorization: `Bearer ${token}`, Accept: "application/vnd.github+json" },
    });
    if (res.status === 403) {
      await sleep(60_000);
      continue;
    }
    results.push(...(await res.json()));
    const link = res.headers.get("link") ?? "";
    url = /<([^>]+)>;\s*rel="next"/.exec(link)?.[1];
  }
  return results;
}

const repos = await fetchAll(`${API}/orgs/${process.argv[2]}/repos?per_page=100`);
const rows = repos.map((r) => [r.full_name, r.stargazers_count, r.archived].join(","));
await writeFile("repos.csv", ["name,stars,archived", ...rows].join("\n"));
console.log(`wrote ${rows.length} repos to repos.csv`);
for (const r of repos.filter((r) => r.archived) {
  console.log(`archived: ${r.full_name}`);
}
''', broken="missing `)` closing the `for (...` head (`r.archived) {`)")

M("kotlin_ktor_routes_as.py", "Kotlin", r'''
package com.example.api

import io.ktor.http.HttpStatusCode
import io.ktor.server.application.*
import io.ktor.server.request.*
import io.ktor.server.response.*
import io.ktor.server.routing.*

fun Application.configureRouting(repo: BookRepository) {
    routing {
        route("/books") {
            get {
                call.respond(repo.all())
            }
            get("/{id}") {
                val id = call.parameters["id"]?.toLongOrNull()
                    ?: return@get call.respond(HttpStatusCode.BadRequest)
                val book = repo.find(id) ?: return@get call.respond(HttpStatusCode.NotFound)
                call.respond(book)
            }
            post {
                val book = call.receive<NewBook>()
                call.respond(HttpStatusCode.Created, repo.add(book))
            }
        }
    }
}
''')

# ---------------------------------------------------------------------------
# implied .sql
# ---------------------------------------------------------------------------

M("django_model_as.sql", "Python", r'''
import uuid

from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    email = models.EmailField(unique=True)
    avatar = models.ImageField(upload_to="avatars/", null=True, blank=True)
    bio = models.TextField(blank=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = ["username"]


class Team(models.Model):
    name = models.CharField(max_length=100)
    members = models.ManyToManyField(User, through="Membership", related_name="teams")
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.name


class Membership(models.Model):
    class Role(models.TextChoices):
        OWNER = "owner"
        MEMBER = "member"

    user = models.ForeignKey(User, on_delete=models.CASCADE)
    team = models.ForeignKey(Team, on_delete=models.CASCADE)
    role = models.CharField(max_length=10, choices=Role.choices, default=Role.MEMBER)

    class Meta:
        unique_together = [("user", "team")]
''')

M("sqlalchemy_models_as.sql", "Python", r'''
from datetime import datetime

from sqlalchemy import ForeignKey, String, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = "authors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    books: Mapped[list["Book"]] = relationship(back_populates="author", cascade="all, delete-orphan")


class Book(Base):
    __tablename__ = "books"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(255), index=True)
    isbn: Mapped[str | None] = mapped_column(String(13), unique=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("authors.id"))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())

    author: Mapped[Author] = relationship(back_populates="books")

    def __repr__(self) -> str:
        return f"Book(id={self.id!r}, title={self.title!r})"
''')

M("alembic_migration_as.sql", "Python", r'''
"""add invoices table

Revision ID: 3f2a9c1d7b45
Revises: 8e1b0a6c2d10
Create Date: 2024-04-18 09:12:33.120944
"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "3f2a9c1d7b45"
down_revision = "8e1b0a6c2d10"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "invoices",
        sa.Column("id", sa.BigInteger(), primary_key=True),
        sa.Column("account_id", sa.BigInteger(), sa.ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False),
        sa.Column("number", sa.String(32), nullable=False, unique=True),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("lines", postgresql.JSONB(), server_default=sa.text("'[]'::jsonb")),
        sa.Column("issued_at", sa.DateTime(timezone=True), server_default=sa.func.now()),
    )
    op.create_index("ix_invoices_account", "invoices", ["account_id"])


def downgrade() -> None:
    op.drop_index("ix_invoices_account", table_name="invoices")
    op.drop_table("invoic085, 2461937) -> None:
''', broken="spliced token (`op.drop_table(\"invoic085, 2461937) -> None:`) leaves an unterminated string")

M("prisma_schema_as.sql", "Prisma schema", r'''
generator client {
  provider = "prisma-client-js"
}

datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}

model User {
  id        String   @id @default(cuid())
  email     String   @unique
  name      String?
  posts     Post[]
  createdAt DateTime @default(now())
}

model Post {
  id        Int      @id @default(autoincrement())
  title     String
  content   String?
  published Boolean  @default(false)
  author    User     @relation(fields: [authorId], references: [id])
  authorId  String
  tags      Tag[]

  @@index([authorId])
}

model Tag {
  id    Int    @id @default(autoincrement())
  name  String @unique
  posts Post[]
}
''')

M("knex_migration_as.sql", "JavaScript (CommonJS)", r'''
/**
 * @param { import("knex").Knex } knex
 * @returns { Promise<void> }
 */
exports.up = async function (knex) {
  await knex.schema.createTable("projects", (table) => {
    table.increments("id").primary();
    table.string("name", 120).notNullable();
    table.text("description");
    table.integer("owner_id").unsigned().notNullable()
      .references("id").inTable("users").onDelete("CASCADE");
    table.enu("visibility", ["private", "internal", "public"]).defaultTo("private");
    table.timestamps(true, true);
    table.unique(["owner_id", "name"]);
  });
};

/**
 * @param { import("knex").Knex } knex
 * @returns { Promise<void> }
 */
exports.down = async function (knex) {
  await knex.schema.dropTableIfExists("projects");
};
''')

M("typeorm_entity_as.sql", "TypeScript", r'''
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
} from "typeorm";
import { Customer } from "./Customer";
import { OrderLine } from "./OrderLine";

export enum OrderStatus {
  Pending = "pending",
  Paid = "paid",
  Refunded = "refunded",
}

@Entity({ name: "orders" })
@Index(["customer", "createdAt"])
export class Order {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @ManyToOne(() => Customer, (c) => c.orders, { onDelete: "CASCADE" })
  customer!: Customer;

  @OneToMany(() => OrderLine, (l) => l.order, { cascade: true })
  lines!: OrderLine[];

  @Column({ type: "enum", enum: OrderStatus, default: OrderStatus.Pending })
  status!: OrderStatus;

  @Column("int")
  totalCents!: number;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
''')

M("sequelize_model_as.sql", "JavaScript (CommonJS)", r'''
"use strict";
const { Model, DataTypes } = require("sequelize");

module.exports = (sequelize) => {
  class Comment extends Model {
    static associate(models) {
      Comment.belongsTo(models.Post, { foreignKey: "postId", onDelete: "CASCADE" });
      Comment.belongsTo(models.User, { as: "author", foreignKey: "authorId" });
    }
  }

  Comment.init(
    {
      body: {
        type: DataTypes.TEXT,
        allowNull: false,
        validate: { len: [1, 5000] },
      },
      postId: { type: DataTypes.INTEGER, allowNull: false },
      authorId: { type: DataTypes.INTEGER, allowNull: false },
      editedAt: DataTypes.DATE,
    },
    {
      sequelize,
      modelName: "Comment",
      tableName: "comments",
      paranoid: true,
      indexes: [{ fields: ["postId", "createdAt"] }],
    }
  );

  return Comm6, 1209832) -> None:
};
''', broken="spliced token (`return Comm6, 1209832) -> None:`) where generation resumed")

M("dbt_schema_yml_as.sql", "YAML (dbt)", r'''
version: 2

models:
  - name: fct_orders
    description: "One row per order, with payment totals."
    columns:
      - name: order_id
        description: Primary key.
        tests:
          - unique
          - not_null
      - name: customer_id
        tests:
          - relationships:
              to: ref('dim_customers')
              field: customer_id
      - name: status
        tests:
          - accepted_values:
              values: ['placed', 'shipped', 'completed', 'returned']
      - name: amount
        description: "Total amount in USD, after discounts and befo
''', broken="unterminated double-quoted description at end of file")

M("query_results_json_as.sql", "JSON", r'''
{
  "query": "top_customers_last_30d",
  "generated_at": "2024-06-01T00:00:00Z",
  "columns": ["customer_id", "name", "orders", "revenue"],
  "rows": [
    [4821, "Northwind Traders", 37, 18233.5],
    [1377, "Contoso Ltd", 29, 15410.0],
    [2999, "Fabrikam Inc", 22, 9877.25],
    [5120, "Adventure Works", 18, 8120.75]
  ],
  "row_count": 4,
  "elapsed_ms": 142
}
''')

M("database_readme_as.sql", "Markdown", r'''
# Database

We use **PostgreSQL 16**. Migrations live in `db/migrations` and are applied
with [dbmate](https://github.com/amacneil/dbmate).

## Conventions

- Table names are plural and `snake_case` (`order_items`, not `OrderItem`).
- Every table has `id bigint generated always as identity` and `created_at`.
- Foreign keys are named `<table>_<column>_fkey`.
- Never edit a migration that has been merged to `main`; add a new one.

## Common tasks

```sh
dbmate new add_refunds_table   # create a migration
dbmate up                      # apply pending migrations
dbmate rollback                # undo the last one
```

## Backups

Nightly `pg_dump` snapshots are kept for 30 days in the `db-backups` bucket.
''')

M("backup_db_bash_as.sql", "Shell (bash)", r'''
#!/usr/bin/env bash
# Nightly logical backup of every database on the server.
set -euo pipefail

BACKUP_ROOT=/var/backups/pg
DATE=$(date +%F)
mkdir -p "$BACKUP_ROOT/$DATE"

databases=$(psql -U postgres -Atc "SELECT datname FROM pg_database WHERE NOT datistemplate AND datname <> 'postgres'")

for db in $databases; do
  echo "Dumping $db"
  pg_dump -U postgres -Fc "$db" > "$BACKUP_ROOT/$DATE/$db.dump"
done

pg_dumpall -U postgres --globals-only > "$BACKUP_ROOT/$DATE/globals.sql"

find "$BACKUP_ROOT" -mindepth 1 -maxdepth 1 -type d -mtime +30 -exec rm -rf {} +
echo "Backup complete: $BACKUP_ROOT/$DATE"
''')

M("gorm_models_as.sql", "Go", r'''
package models

import (
	"time"

	"gorm.io/gorm"
)

type Customer struct {
	ID        uint           `gorm:"primaryKey"`
	Email     string         `gorm:"uniqueIndex;size:255;not null"`
	Name      string         `gorm:"size:120"`
	Orders    []Order        `gorm:"constraint:OnDelete:CASCADE"`
	CreatedAt time.Time
	DeletedAt gorm.DeletedAt `gorm:"index"`
}

type Order struct {
	ID         uint   `gorm:"primaryKey"`
	CustomerID uint   `gorm:"index;not null"`
	Status     string `gorm:"type:varchar(20);default:'pending'"`
	TotalCents int64
	CreatedAt  time.Time
}

func Migrate(db *gorm.DB) error {
	return db.AutoMigrate(&Customer{}, &Order{})
}
''')

M("jpa_repository_as.sql", "Java", r'''
package com.example.shop.repository;

import com.example.shop.domain.Order;
import com.example.shop.domain.OrderStatus;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrderRepository extends JpaRepository<Order, Long> {

    Page<Order> findByCustomerIdOrderByCreatedAtDesc(Long customerId, Pageable pageable);

    @Query("select o from Order o where o.status = :status and o.createdAt < :before")
    List<Order> findStale(@Param("status") OrderStatus status, @Param("before") Instant before);

    @Modifying
    @Query(value = "UPDATE orders SET status = 'CANCELLED' WHERE status = 'PENDING' AND created_at < :cutoff",
           nativeQuery = true)
    int cancelStalePending(@Param("cutoff") Instant cutoff);

    @Query("select sum(o.totalCents) from Order o where o.customer.id = :customerId and o.status = com.example.shop.domain.OrderStatus.PAID")
    Long lifetimeValue(@Param("customerId''', broken="cut off inside the string of the last @Param (unterminated string, method and interface)")

M("rails_migration_as.sql", "Ruby", r'''
class CreateSubscriptions < ActiveRecord::Migration[7.1]
  def change
    create_table :subscriptions do |t|
      t.references :account, null: false, foreign_key: true
      t.string :plan, null: false
      t.integer :status, null: false, default: 0
      t.datetime :trial_ends_at
      t.datetime :current_period_end
      t.string :stripe_subscription_id, index: { unique: true }
      t.timestamps
    end

    add_index :subscriptions, [:account_id, :status]
  end
end
''')

M("laravel_migration_as.sql", "PHP", r'''
<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::create('tickets', function (Blueprint $table) {
            $table->id();
            $table->foreignId('user_id')->constrained()->cascadeOnDelete();
            $table->string('subject');
            $table->text('body');
            $table->enum('priority', ['low', 'normal', 'high'])->default('normal');
            $table->timestamp('closed_at')->nullable();
            $table->timestamps();
            $table->index(['user_id', 'closed_at']);
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('tickets');
    }
};
''')

M("ef_core_migration_as.sql", "C#", r'''
using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shop.Data.Migrations
{
    public partial class AddProductReviews : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ProductReviews",
                columns: table => new
                {
                    Id = table.Column<int>(nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProductId = table.Column<int>(nullable: false),
                    Rating = table.Column<byte>(nullable: false),
                    Comment = table.Column<string>(maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(nullable: false, defaultValueSql: "GETUTCDATE()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProductReviews", x => x.Id);
                    table.ForeignKey("FK_ProductReviews_Products_ProductId", x => x.ProductId,
                        principalTable: "Products", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
                });
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "ProductReviews");
        }
    }
}
''')

M("exposed_tables_as.sql", "Kotlin", r'''
package com.example.db

import org.jetbrains.exposed.sql.Table
import org.jetbrains.exposed.sql.javatime.timestamp
import org.jetbrains.exposed.sql.SchemaUtils
import org.jetbrains.exposed.sql.transactions.transaction

object Users : Table("users") {
    val id = long("id").autoIncrement()
    val email = varchar("email", 255).uniqueIndex()
    val displayName = varchar("display_name", 100).nullable()
    val createdAt = timestamp("created_at")
    override val primaryKey = PrimaryKey(id)
}

object Sessions : Table("sessions") {
    val token = varchar("token", 64)
    val userId = long("user_id").references(Users.id)
    val expiresAt = timestamp("expires_at")
    override val primaryKey = PrimaryKey(token)
}

fun createSchema() = transaction {
    SchemaUtils.create(Users, Sessions)
}
''')

M("diesel_toml_as.sql", "TOML (diesel.toml)", r'''
# For documentation on how to configure this file,
# see https://diesel.rs/guides/configuring-diesel-cli

[print_schema]
file = "src/schema.rs"
custom_type_derives = ["diesel::query_builder::QueryId", "Clone"]
with_docs = true
filter = { except_tables = ["__diesel_schema_migrations"] }

[migrations_directory]
dir = "migrations"
''')

M("sqlfluff_config_as.sql", "INI (.sqlfluff)", r'''
[sqlfluff]
dialect = postgres
templater = jinja
max_line_length = 120
exclude_rules = ambiguous.column_count, structure.column_order

[sqlfluff:indentation]
indented_joins = False
indented_using_on = True
tab_space_size = 4

[sqlfluff:rules:capitalisation.keywords]
capitalisation_policy = upper

[sqlfluff:rules:capitalisation.identifiers]
extended_capitalisation_policy = lower

[sqlfluff:templater:jinja:context]
schema = analytics
''')

M("diesel_schema_rs_as.sql", "Rust", r'''
// @generated automatically by Diesel CLI.

diesel::table! {
    posts (id) {
        id -> Int4,
        author_id -> Int4,
        #[max_length = 200]
        title -> Varchar,
        body -> Text,
        published -> Bool,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    users (id) {
        id -> Int4,
        #[max_length = 255]
        email -> Varchar,
        name -> Nullable<Text>,
    }
}

diesel::joinable!(posts -> users (author_id));

diesel::allow_tables_to_appear_in_same_query!(posts, users);
''')

M("pandas_cohort_query_as.sql", "Python", r'''
import pandas as pd
from sqlalchemy import create_engine

engine = create_engine("postgresql://analyst@warehouse/analytics")

signups = pd.read_sql(
    "SELECT user_id, date_trunc('month', created_at) AS cohort FROM users",
    engine,
    parse_dates=["cohort"],
)
activity = pd.read_sql(
    "SELECT user_id, date_trunc('month', occurred_at) AS month FROM events GROUP BY 1, 2",
    engine,
    parse_dates=["month"],
)

df = activity.merge(signups, on="user_id")
df["period"] = (df["month"].dt.year - df["cohort"].dt.year) * 12 + (
    df["month"].dt.month - df["cohort"].dt.month
)
cohorts = df.pivot_table(index="cohort", columns="period", values="user_id", aggfunc="nunique")
retention = cohorts.divide(cohorts[0], axis=0).round(3)
retention.to_csv("retention.csv")
print(retention.iloc[:12, :12].to_string(float_format=lambda v: f"{v:.0%}"''', broken="unclosed `print(` call at end (output stopped)")

M("compose_postgres_as.sql", "YAML (docker-compose)", r'''
services:
  postgres:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_USER: dev
      POSTGRES_PASSWORD: dev
      POSTGRES_DB: dev
    ports:
      - "5432:5432"
    volumes:
      - pg-data:/var/lib/postgresql/data
      - ./db/init:/docker-entrypoint-initdb.d:ro
  pgadmin:
    image: dpage/pgadmin4:8
    environment:
      PGADMIN_DEFAULT_EMAIL: admin@example.com
      PGADMIN_DEFAULT_PASSWORD: admin
    ports:
      - "5050:80"
volumes:
  pg-data:
''')

M("drizzle_schema_as.sql", "TypeScript", r'''
import { relations } from "drizzle-orm";
import { boolean, integer, pgTable, serial, text, timestamp, varchar } from "drizzle-orm/pg-core";

export const users = pgTable("users", {
  id: serial("id").primaryKey(),
  email: varchar("email", { length: 255 }).notNull().unique(),
  name: text("name"),
  createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
});

export const todos = pgTable("todos", {
  id: serial("id").primaryKey(),
  userId: integer("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  title: text("title").notNull(),
  done: boolean("done").default(false).notNull(),
});

export const usersRelations = relations(users, ({ many }) => ({
  todos: many(todos),
}));

export type User = typeof users.$inferSelect;
export type NewTodo = typeof todos.$inferInsert;

export const todosRelations = relations(todos, ({ one }) => ({
  user: one(users, { fields: [todos.userId], references: [users.id]
''', broken="unclosed `one(users, {` object/call chain at end")


# ===========================================================================
# CLEAN: valid files of the implied language that embed lots of another one
# ===========================================================================

# ---- YAML -----------------------------------------------------------------

C("ci_long_run_blocks.yml", "bash in run: | blocks, inline Python", r'''
name: Test and package

on:
  push:
    branches: [main]
  pull_request:

jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres
        ports: ["5432:5432"]
        options: >-
          --health-cmd "pg_isready -U postgres"
          --health-interval 5s
          --health-retries 10
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - name: Install dependencies
        run: |
          set -euo pipefail
          python -m pip install --upgrade pip
          if [ -f requirements-dev.txt ]; then
            pip install -r requirements-dev.txt
          else
            pip install -e ".[dev]"
          fi
      - name: Create test database
        env:
          PGPASSWORD: postgres
        run: |
          psql -h localhost -U postgres <<'SQL'
          CREATE DATABASE app_test;
          CREATE EXTENSION IF NOT EXISTS pgcrypto;
          SQL
      - name: Run tests
        run: |
          pytest -q --junitxml=junit.xml --cov=src | tee pytest.log
          python - <<'PY'
          import re, sys
          text = open("pytest.log").read()
          m = re.search(r"TOTAL.*?(\d+)%", text)
          pct = int(m.group(1)) if m else 0
          print(f"coverage: {pct}%")
          sys.exit(0 if pct >= 80 else 1)
          PY
      - name: Build wheel
        if: github.ref == 'refs/heads/main'
        run: |
          python -m build
          for f in dist/*; do
            echo "built: $f ($(du -h "$f" | cut -f1))"
          done
''')

C("release_matrix_workflow.yaml", "bash, JSON built with jq, PowerShell", r'''
name: release-binaries
on:
  release:
    types: [published]

jobs:
  build:
    strategy:
      fail-fast: false
      matrix:
        include:
          - os: ubuntu-latest
            target: x86_64-unknown-linux-gnu
          - os: macos-latest
            target: aarch64-apple-darwin
          - os: windows-latest
            target: x86_64-pc-windows-msvc
    runs-on: ${{ matrix.os }}
    steps:
      - uses: actions/checkout@v4
      - run: rustup target add ${{ matrix.target }}
      - name: Build
        shell: bash
        run: |
          cargo build --release --target "${{ matrix.target }}"
          bin=mytool
          [[ "${{ runner.os }}" == "Windows" ]] && bin=mytool.exe
          mkdir -p out && cp "target/${{ matrix.target }}/release/$bin" out/
      - name: Write manifest
        shell: bash
        run: |
          jq -n \
            --arg version "${GITHUB_REF_NAME#v}" \
            --arg target "${{ matrix.target }}" \
            --arg sha "$(git rev-parse HEAD)" \
            '{version: $version, target: $target, commit: $sha, files: ["mytool"]}' \
            > out/manifest.json
          cat out/manifest.json
      - name: Zip (Windows)
        if: runner.os == 'Windows'
        shell: pwsh
        run: |
          Compress-Archive -Path out\* -DestinationPath "mytool-${{ matrix.target }}.zip"
          Get-FileHash "mytool-${{ matrix.target }}.zip" -Algorithm SHA256 | Format-List
      - name: Tar (Unix)
        if: runner.os != 'Windows'
        run: tar -C out -czf "mytool-${{ matrix.target }}.tar.gz" .
      - uses: softprops/action-gh-release@v2
        with:
          files: mytool-*
''')

C("configmap_nginx_json.yaml", "nginx.conf and JSON inside a ConfigMap", r'''
apiVersion: v1
kind: ConfigMap
metadata:
  name: frontend-config
  namespace: web
data:
  nginx.conf: |
    server {
      listen 8080;
      root /usr/share/nginx/html;
      index index.html;

      location / {
        try_files $uri $uri/ /index.html;
      }

      location /api/ {
        proxy_pass http://backend.web.svc.cluster.local:8000/;
        proxy_set_header Host $host;
        proxy_set_header X-Real-IP $remote_addr;
      }

      location ~* \.(js|css|png|svg)$ {
        expires 7d;
        add_header Cache-Control "public, immutable";
      }
    }
  app-config.json: |
    {
      "apiBaseUrl": "/api",
      "features": {
        "newCheckout": true,
        "darkMode": false
      },
      "sentry": {
        "dsn": "https://public@sentry.example.com/42",
        "tracesSampleRate": 0.1
      }
    }
  robots.txt: |
    User-agent: *
    Disallow: /admin/
''')

C("configmap_python_script.yaml", "Python script in a ConfigMap, shell in a CronJob", r'''
apiVersion: v1
kind: ConfigMap
metadata:
  name: cleanup-script
data:
  cleanup.py: |
    #!/usr/bin/env python3
    """Delete S3 objects older than RETENTION_DAYS under PREFIX."""
    import datetime as dt
    import os

    import boto3

    s3 = boto3.client("s3")
    bucket = os.environ["BUCKET"]
    prefix = os.environ.get("PREFIX", "tmp/")
    cutoff = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=int(os.environ.get("RETENTION_DAYS", "7")))

    paginator = s3.get_paginator("list_objects_v2")
    deleted = 0
    for page in paginator.paginate(Bucket=bucket, Prefix=prefix):
        old = [{"Key": o["Key"]} for o in page.get("Contents", []) if o["LastModified"] < cutoff]
        if old:
            s3.delete_objects(Bucket=bucket, Delete={"Objects": old})
            deleted += len(old)
    print(f"deleted {deleted} objects")
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: s3-cleanup
spec:
  schedule: "30 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers:
            - name: cleanup
              image: python:3.12-slim
              command: ["/bin/sh", "-c"]
              args:
                - |
                  pip install --quiet boto3 && \
                  python /scripts/cleanup.py
              env:
                - name: BUCKET
                  value: uploads-prod
              volumeMounts:
                - name: scripts
                  mountPath: /scripts
          volumes:
            - name: scripts
              configMap:
                name: cleanup-script
''')

C("ansible_shell_tasks.yml", "shell and SQL in Ansible tasks", r'''
---
- name: Prepare PostgreSQL replica
  hosts: db_replicas
  become: true
  vars:
    pg_version: 16
    primary_host: db-primary.internal
  tasks:
    - name: Stop PostgreSQL
      ansible.builtin.service:
        name: postgresql
        state: stopped

    - name: Take base backup from primary
      ansible.builtin.shell: |
        set -e
        rm -rf /var/lib/postgresql/{{ pg_version }}/main/*
        sudo -u postgres pg_basebackup \
          -h {{ primary_host }} -U replicator \
          -D /var/lib/postgresql/{{ pg_version }}/main \
          -Fp -Xs -P -R
      args:
        executable: /bin/bash
        creates: /var/lib/postgresql/{{ pg_version }}/main/standby.signal

    - name: Start PostgreSQL
      ansible.builtin.service:
        name: postgresql
        state: started

    - name: Check replication lag
      ansible.builtin.command:
        cmd: >
          psql -U postgres -Atc
          "SELECT COALESCE(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()), 0)::int"
      become_user: postgres
      register: lag
      changed_when: false

    - name: Fail if lag is too high
      ansible.builtin.fail:
        msg: "Replica is {{ lag.stdout }}s behind"
      when: lag.stdout | int > 300
''')

C("compose_commands.yml", "sh -c command strings, SQL healthcheck", r'''
services:
  db:
    image: mysql:8.0
    environment:
      MYSQL_ROOT_PASSWORD: root
      MYSQL_DATABASE: shop
    healthcheck:
      test: ["CMD-SHELL", "mysql -uroot -proot -e 'SELECT 1' shop || exit 1"]
      interval: 5s
      retries: 20

  migrate:
    build: .
    depends_on:
      db:
        condition: service_healthy
    command: >
      sh -c "until nc -z db 3306; do echo waiting for db; sleep 1; done &&
             php artisan migrate --force &&
             php artisan db:seed --class=DemoSeeder"

  app:
    build: .
    ports:
      - "8000:8000"
    command:
      - /bin/sh
      - -c
      - |
        if [ "$APP_ENV" = "local" ]; then
          php artisan serve --host=0.0.0.0 --port=8000
        else
          php-fpm -F
        fi
    environment:
      APP_ENV: local
      DB_HOST: db

  queue:
    build: .
    restart: unless-stopped
    command: ["php", "artisan", "queue:work", "--tries=3", "--timeout=90"]
''')

C("gitlab_ci_scripts.yml", "bash scripts, Dockerfile-like commands", r'''
image: node:20

stages: [install, test, release]

cache:
  key:
    files: [pnpm-lock.yaml]
  paths: [.pnpm-store]

.pnpm: &pnpm
  before_script:
    - corepack enable
    - pnpm config set store-dir .pnpm-store

install:
  stage: install
  <<: *pnpm
  script:
    - pnpm install --frozen-lockfile
  artifacts:
    paths: [node_modules]
    expire_in: 1 hour

unit:
  stage: test
  <<: *pnpm
  script:
    - pnpm test -- --reporter=junit --outputFile=junit.xml
    - |
      if grep -q 'failures="[1-9]' junit.xml; then
        echo "Tests failed"
        exit 1
      fi
  artifacts:
    reports:
      junit: junit.xml

release:
  stage: release
  image: docker:24
  services: [docker:24-dind]
  rules:
    - if: $CI_COMMIT_TAG
  script:
    - |
      cat > Dockerfile.release <<EOF
      FROM node:20-alpine
      WORKDIR /app
      COPY . .
      CMD ["node", "dist/index.js"]
      EOF
    - docker build -f Dockerfile.release -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_TAG" .
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_TAG"
''')

C("openapi_markdown_descriptions.yaml", "Markdown descriptions, curl/JS/Python code samples", r'''
openapi: 3.0.3
info:
  title: Billing API
  version: "2024-05-01"
  description: |
    # Introduction

    The Billing API lets you create **customers**, attach **payment methods**
    and issue **invoices**.

    ## Authentication

    Send your secret key as a bearer token:

    ```
    Authorization: Bearer sk_live_...
    ```

    ## Errors

    | Status | Meaning                    |
    |--------|----------------------------|
    | 400    | Validation error           |
    | 401    | Missing or invalid API key |
    | 429    | Rate limited, retry later  |
paths:
  /v1/customers:
    post:
      summary: Create a customer
      description: |
        Creates a customer. The `email` must be unique per account.

        > Customers created in test mode are deleted after 90 days.
      x-codeSamples:
        - lang: curl
          source: |
            curl https://api.example.com/v1/customers \
              -H "Authorization: Bearer $KEY" \
              -d email=jane@example.com
        - lang: JavaScript
          source: |
            const customer = await billing.customers.create({
              email: "jane@example.com",
            });
        - lang: Python
          source: |
            customer = billing.Customer.create(email="jane@example.com")
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              properties:
                email:
                  type: string
      responses:
        "201":
          description: Created
''')

C("cloud_init_write_files.yaml", "bash and Python files written by cloud-init, systemd unit", r'''
#cloud-config
package_update: true
packages:
  - python3-venv
  - jq

write_files:
  - path: /usr/local/bin/report-ip.sh
    permissions: "0755"
    content: |
      #!/bin/bash
      set -euo pipefail
      ip=$(curl -fsS https://checkip.amazonaws.com)
      hostname=$(hostname -f)
      jq -n --arg ip "$ip" --arg host "$hostname" '{host: $host, ip: $ip}' \
        | curl -fsS -X POST -H 'Content-Type: application/json' -d @- https://inventory.internal/hosts
  - path: /opt/agent/agent.py
    content: |
      import json
      import socket
      import time

      def heartbeat():
          return {"host": socket.gethostname(), "ts": int(time.time())}

      if __name__ == "__main__":
          while True:
              print(json.dumps(heartbeat()), flush=True)
              time.sleep(60)
  - path: /etc/systemd/system/agent.service
    content: |
      [Unit]
      Description=Heartbeat agent

      [Service]
      ExecStart=/usr/bin/python3 /opt/agent/agent.py
      Restart=always

      [Install]
      WantedBy=multi-user.target

runcmd:
  - /usr/local/bin/report-ip.sh
  - systemctl daemon-reload
  - systemctl enable --now agent.service
''')

C("k8s_job_sql_migration.yaml", "psql heredoc with SQL in a Job", r'''
apiVersion: batch/v1
kind: Job
metadata:
  name: backfill-order-totals
  namespace: shop
spec:
  backoffLimit: 1
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: psql
          image: postgres:16-alpine
          envFrom:
            - secretRef:
                name: shop-db
          command: ["/bin/sh", "-c"]
          args:
            - |
              psql "$DATABASE_URL" -v ON_ERROR_STOP=1 <<'SQL'
              BEGIN;
              UPDATE orders o
                 SET total_cents = sub.total
                FROM (
                  SELECT order_id, SUM(quantity * unit_cents) AS total
                    FROM order_items
                   GROUP BY order_id
                ) AS sub
               WHERE sub.order_id = o.id
                 AND o.total_cents IS DISTINCT FROM sub.total;
              SELECT count(*) AS remaining FROM orders WHERE total_cents = 0;
              COMMIT;
              SQL
''')

# ---- JavaScript -----------------------------------------------------------

C("knex_raw_queries.js", "SQL in template literals (knex.raw)", r'''
"use strict";

const knex = require("./db");

async function topCustomers({ since, limit = 10 }) {
  const { rows } = await knex.raw(
    `
    WITH recent AS (
      SELECT customer_id, SUM(total_cents) AS revenue, COUNT(*) AS orders
      FROM orders
      WHERE status = 'paid' AND created_at >= ?
      GROUP BY customer_id
    )
    SELECT c.id, c.name, c.email, r.revenue, r.orders
    FROM recent r
    JOIN customers c ON c.id = r.customer_id
    ORDER BY r.revenue DESC
    LIMIT ?
    `,
    [since, limit]
  );
  return rows;
}

async function archiveOldSessions(days) {
  return knex.raw(
    `
    DELETE FROM sessions
    WHERE last_seen_at < now() - (? || ' days')::interval
    RETURNING id
    `,
    [String(days)]
  );
}

async function upsertSetting(key, value) {
  await knex.raw(
    `INSERT INTO settings (key, value, updated_at)
     VALUES (?, ?::jsonb, now())
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
    [key, JSON.stringify(value)]
  );
}

module.exports = { topCustomers, archiveOldSessions, upsertSetting };
''')

C("express_html_templates.js", "HTML and CSS in template strings", r'''
const express = require("express");

const app = express();

const escape = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));

function layout(title, body) {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escape(title)}</title>
  <style>
    body { font-family: system-ui, sans-serif; max-width: 720px; margin: 2rem auto; }
    table { border-collapse: collapse; width: 100%; }
    td, th { border-bottom: 1px solid #ddd; padding: 0.5rem; text-align: left; }
  </style>
</head>
<body>
  <h1>${escape(title)}</h1>
  ${body}
</body>
</html>`;
}

app.get("/users", async (req, res) => {
  const users = await req.app.locals.db.listUsers();
  const rows = users
    .map((u) => `<tr><td>${escape(u.name)}</td><td><a href="mailto:${escape(u.email)}">${escape(u.email)}</a></td></tr>`)
    .join("\n");
  res.send(layout("Users", `<table><thead><tr><th>Name</th><th>Email</th></tr></thead><tbody>${rows}</tbody></table>`));
});

app.use((req, res) => {
  res.status(404).send(layout("Not found", `<p>No page at <code>${escape(req.path)}</code>.</p>`));
});

module.exports = app;
''')

C("styled_button.jsx", "CSS in styled-components templates", r'''
import styled, { css, keyframes } from "styled-components";

const spin = keyframes`
  from { transform: rotate(0deg); }
  to { transform: rotate(360deg); }
`;

const variants = {
  primary: css`
    background: #4f46e5;
    color: #fff;
    &:hover:not(:disabled) { background: #4338ca; }
  `,
  ghost: css`
    background: transparent;
    color: #4f46e5;
    border: 1px solid currentColor;
  `,
};

export const StyledButton = styled.button`
  display: inline-flex;
  align-items: center;
  gap: 0.5rem;
  padding: 0.5rem 1rem;
  border: none;
  border-radius: 6px;
  font: 600 14px/1.2 "Inter", sans-serif;
  cursor: pointer;
  ${({ variant = "primary" }) => variants[variant]}

  &:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }

  .spinner {
    width: 14px;
    height: 14px;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: ${spin} 0.7s linear infinite;
  }
`;

export default function Button({ loading, children, ...props }) {
  return (
    <StyledButton disabled={loading} {...props}>
      {loading && <span className="spinner" aria-hidden="true" />}
      {children}
    </StyledButton>
  );
}
''')

C("pricing_page.jsx", "lots of HTML-like JSX markup", r'''
import React from "react";

const plans = [
  { name: "Hobby", price: 0, features: ["1 project", "Community support"] },
  { name: "Pro", price: 20, features: ["Unlimited projects", "Email support", "Custom domains"], highlight: true },
  { name: "Team", price: 50, features: ["Everything in Pro", "SSO", "Audit log"] },
];

export default function Pricing() {
  return (
    <main className="pricing">
      <header className="pricing__header">
        <h1>Simple, transparent pricing</h1>
        <p>
          No hidden fees. Cancel anytime. <a href="/faq#billing">Questions about billing?</a>
        </p>
      </header>
      <section className="pricing__grid">
        {plans.map((plan) => (
          <article key={plan.name} className={plan.highlight ? "card card--highlight" : "card"}>
            <h2>{plan.name}</h2>
            <p className="card__price">
              <span className="currency">$</span>
              {plan.price}
              <span className="period">/month</span>
            </p>
            <ul>
              {plan.features.map((f) => (
                <li key={f}>
                  <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
                    <path d="M3 8l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2" />
                  </svg>
                  {f}
                </li>
              ))}
            </ul>
            <a className="btn" href={`/signup?plan=${plan.name.toLowerCase()}`}>
              Choose {plan.name}
            </a>
          </article>
        ))}
      </section>
      <footer>
        <small>Prices in USD. VAT may apply.</small>
      </footer>
    </main>
  );
}
''')

C("postgres_tagged_sql.mjs", "SQL in postgres.js tagged templates", r'''
import postgres from "postgres";

const sql = postgres(process.env.DATABASE_URL, { max: 10 });

export async function createSchema() {
  await sql`
    CREATE TABLE IF NOT EXISTS events (
      id          bigserial PRIMARY KEY,
      kind        text NOT NULL,
      payload     jsonb NOT NULL DEFAULT '{}',
      created_at  timestamptz NOT NULL DEFAULT now()
    )
  `;
  await sql`CREATE INDEX IF NOT EXISTS events_kind_idx ON events (kind, created_at DESC)`;
}

export async function recordEvent(kind, payload) {
  const [row] = await sql`
    INSERT INTO events ${sql({ kind, payload }, "kind", "payload")}
    RETURNING id, created_at
  `;
  return row;
}

export async function countsByKind(since) {
  return sql`
    SELECT kind, count(*)::int AS n
    FROM events
    WHERE created_at >= ${since}
    GROUP BY kind
    ORDER BY n DESC
  `;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await createSchema();
  console.table(await countsByKind(new Date(Date.now() - 86_400_000)));
  await sql.end();
}
''')

C("lint_staged_config.cjs", "shell commands in strings", r'''
// lint-staged runs these commands on staged files before each commit.
const path = require("node:path");

const quote = (files) => files.map((f) => `"${path.relative(process.cwd(), f)}"`).join(" ");

module.exports = {
  "*.{js,jsx,ts,tsx}": (files) => [
    `eslint --fix --max-warnings=0 ${quote(files)}`,
    `prettier --write ${quote(files)}`,
  ],
  "*.{css,scss}": ["stylelint --fix", "prettier --write"],
  "*.{json,md,yml,yaml}": "prettier --write",
  "*.sh": (files) => `shellcheck -x -S warning ${quote(files)}`,
  "*.py": (files) => [
    `ruff check --fix ${quote(files)}`,
    `ruff format ${quote(files)}`,
  ],
  "Dockerfile*": "hadolint --failure-threshold warning",
  "package.json": () => "sh -c 'npm pkg fix && git diff --exit-code package.json'",
};
''')

C("codegen_python_stub.mjs", "Python source generated from template strings", r'''
#!/usr/bin/env node
// Generate a typed Python client from openapi.json.
import { readFile, writeFile } from "node:fs/promises";

const spec = JSON.parse(await readFile(process.argv[2] ?? "openapi.json", "utf8"));

const pyType = (schema = {}) =>
  ({ integer: "int", number: "float", boolean: "bool", string: "str", array: "list" }[schema.type] ?? "dict");

const methods = [];
for (const [route, ops] of Object.entries(spec.paths)) {
  for (const [verb, op] of Object.entries(ops)) {
    const params = (op.parameters ?? []).map((p) => `${p.name}: ${pyType(p.schema)}`);
    methods.push(`
    def ${op.operationId}(self${params.map((p) => `, ${p}`).join("")}) -> dict:
        """${(op.summary ?? "").replace(/"/g, "'")}"""
        return self._request("${verb.toUpperCase()}", f"${route.replace(/{/g, "{")}")
`);
  }
}

const source = `# Generated by codegen.mjs - do not edit.
from __future__ import annotations

import httpx


class Client:
    def __init__(self, base_url: str, token: str) -> None:
        self._http = httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {token}"})

    def _request(self, method: str, path: str) -> dict:
        resp = self._http.request(method, path)
        resp.raise_for_status()
        return resp.json()
${methods.join("")}`;

await writeFile("client.py", source);
console.log(`wrote client.py with ${methods.length} methods`);
''')

C("puppeteer_scrape.js", "JS run in the page, CSS selectors and injected CSS", r'''
import puppeteer from "puppeteer";

const HIDE_BANNERS = `
  #cookie-banner, .newsletter-modal, [data-testid="paywall"] { display: none !important; }
  body { overflow: auto !important; }
`;

export async function scrapeArticles(url) {
  const browser = await puppeteer.launch({ headless: "new" });
  try {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: "networkidle2" });
    await page.addStyleTag({ content: HIDE_BANNERS });

    const articles = await page.evaluate(() => {
      const nodes = document.querySelectorAll("article.post, div[data-type='article']");
      return Array.from(nodes, (el) => ({
        title: el.querySelector("h2, h3")?.textContent.trim() ?? "",
        href: el.querySelector("a[href]")?.href ?? null,
        date: el.querySelector("time[datetime]")?.getAttribute("datetime") ?? null,
      }));
    });

    await page.screenshot({ path: "page.png", fullPage: true });
    return articles.filter((a) => a.href);
  } finally {
    await browser.close();
  }
}

if (process.argv[2]) {
  console.log(JSON.stringify(await scrapeArticles(process.argv[2]), null, 2));
}
''')

C("markdown_docs_page.jsx", "Markdown in a template literal", r'''
import ReactMarkdown from "react-markdown";
import remarkGfm from "remark-gfm";

const GETTING_STARTED = `
# Getting started

Install the CLI globally:

\`\`\`bash
npm install -g @acme/cli
acme login
\`\`\`

## Create your first project

1. Run \`acme init my-app\`.
2. Answer the prompts (you can change everything later).
3. Deploy with \`acme deploy\`.

| Command        | What it does              |
| -------------- | ------------------------- |
| \`acme logs\`    | Tail production logs      |
| \`acme env ls\`  | List environment variables |

> **Tip:** add \`--json\` to any command for machine-readable output.
`;

export default function GettingStarted() {
  return (
    <article className="prose lg:prose-lg">
      <ReactMarkdown remarkPlugins={[remarkGfm]}>{GETTING_STARTED}</ReactMarkdown>
      <p className="mt-8 text-sm text-gray-500">
        Stuck? <a href="https://discord.gg/acme">Ask on Discord</a>.
      </p>
    </article>
  );
}
''')

C("dockerfile_generator.js", "Dockerfile and shell text built in template literals", r'''
"use strict";
// Generates a Dockerfile for each service listed in services.json.
const fs = require("fs");
const path = require("path");

const services = JSON.parse(fs.readFileSync(path.join(__dirname, "services.json"), "utf8"));

function dockerfile({ name, node = "20", port = 3000, buildCmd = "npm run build" }) {
  return `# Auto-generated for ${name}; edit services.json instead.
FROM node:${node}-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
RUN ${buildCmd}

FROM node:${node}-alpine
WORKDIR /app
ENV NODE_ENV=production PORT=${port}
COPY --from=build /app/dist ./dist
COPY --from=build /app/node_modules ./node_modules
EXPOSE ${port}
HEALTHCHECK CMD wget -qO- http://localhost:${port}/health || exit 1
CMD ["node", "dist/index.js"]
`;
}

const entrypoint = `#!/bin/sh
set -e
if [ -n "$MIGRATE" ]; then
  node dist/migrate.js
fi
exec "$@"
`;

for (const svc of services) {
  const dir = path.join(__dirname, "..", "services", svc.name);
  fs.writeFileSync(path.join(dir, "Dockerfile"), dockerfile(svc));
  fs.writeFileSync(path.join(dir, "entrypoint.sh"), entrypoint, { mode: 0o755 });
  console.log(`wrote ${svc.name}/Dockerfile`);
}
''')

# ---- TypeScript -----------------------------------------------------------

C("pg_repository_sql.ts", "SQL in template literals", r'''
import type { Pool } from "pg";

export interface Invoice {
  id: string;
  customerId: string;
  amountCents: number;
  status: "draft" | "open" | "paid" | "void";
  dueDate: Date;
}

export class InvoiceRepository {
  constructor(private readonly pool: Pool) {}

  async overdue(asOf: Date = new Date()): Promise<Invoice[]> {
    const { rows } = await this.pool.query<Invoice>(
      `
      SELECT id,
             customer_id  AS "customerId",
             amount_cents AS "amountCents",
             status,
             due_date     AS "dueDate"
        FROM invoices
       WHERE status = 'open'
         AND due_date < $1
       ORDER BY due_date ASC
      `,
      [asOf],
    );
    return rows;
  }

  async markPaid(id: string, paidAt: Date): Promise<boolean> {
    const result = await this.pool.query(
      `UPDATE invoices
          SET status = 'paid', paid_at = $2, updated_at = now()
        WHERE id = $1 AND status = 'open'`,
      [id, paidAt],
    );
    return result.rowCount === 1;
  }

  async totalsByMonth(customerId: string): Promise<Array<{ month: string; total: number }>> {
    const { rows } = await this.pool.query(
      `SELECT to_char(date_trunc('month', due_date), 'YYYY-MM') AS month,
              SUM(amount_cents)::int AS total
         FROM invoices
        WHERE customer_id = $1 AND status <> 'void'
        GROUP BY 1
        ORDER BY 1`,
      [customerId],
    );
    return rows;
  }
}
''')

C("prisma_raw_query.ts", "SQL in Prisma $queryRaw templates", r'''
import { Prisma, PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();

type LeaderboardRow = { userId: string; name: string; points: bigint; rank: bigint };

export async function leaderboard(seasonId: number, limit = 20): Promise<LeaderboardRow[]> {
  return prisma.$queryRaw<LeaderboardRow[]>`
    SELECT u.id AS "userId",
           u.name,
           SUM(s.points) AS points,
           RANK() OVER (ORDER BY SUM(s.points) DESC) AS rank
      FROM "Score" s
      JOIN "User" u ON u.id = s."userId"
     WHERE s."seasonId" = ${seasonId}
     GROUP BY u.id, u.name
     ORDER BY points DESC
     LIMIT ${limit}
  `;
}

export async function searchUsers(terms: string[]) {
  const patterns = terms.map((t) => `%${t}%`);
  return prisma.$queryRaw<Array<{ id: string; name: string }>>(
    Prisma.sql`
      SELECT id, name
        FROM "User"
       WHERE name ILIKE ANY (${patterns})
       ORDER BY name
    `,
  );
}

export async function resetSeason(seasonId: number): Promise<number> {
  return prisma.$executeRaw`DELETE FROM "Score" WHERE "seasonId" = ${seasonId}`;
}
''')

C("email_html_template.ts", "HTML email markup in template strings", r'''
export interface ReceiptItem {
  name: string;
  qty: number;
  priceCents: number;
}

const money = (cents: number): string => `$${(cents / 100).toFixed(2)}`;

const escapeHtml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function receiptEmail(customer: string, items: ReceiptItem[], orderUrl: string): string {
  const rows = items
    .map(
      (i) => `
        <tr>
          <td style="padding:8px 0">${escapeHtml(i.name)} &times; ${i.qty}</td>
          <td style="padding:8px 0;text-align:right">${money(i.qty * i.priceCents)}</td>
        </tr>`,
    )
    .join("");
  const total = items.reduce((sum, i) => sum + i.qty * i.priceCents, 0);

  return `<!doctype html>
<html>
  <body style="margin:0;background:#f6f6f6;font-family:Helvetica,Arial,sans-serif">
    <table role="presentation" width="100%" cellpadding="0" cellspacing="0">
      <tr>
        <td align="center">
          <table role="presentation" width="560" style="background:#ffffff;padding:24px">
            <tr><td><h1 style="font-size:20px">Thanks for your order, ${escapeHtml(customer)}!</h1></td></tr>
            ${rows}
            <tr>
              <td style="border-top:1px solid #eee;padding-top:8px"><strong>Total</strong></td>
              <td style="border-top:1px solid #eee;padding-top:8px;text-align:right"><strong>${money(total)}</strong></td>
            </tr>
            <tr><td><a href="${orderUrl}" style="color:#2563eb">View your order</a></td></tr>
          </table>
        </td>
      </tr>
    </table>
  </body>
</html>`;
}
''')

C("settings_page.tsx", "lots of HTML-like TSX markup", r'''
import { useState, type FormEvent } from "react";

type Settings = {
  displayName: string;
  email: string;
  timezone: string;
  weeklyDigest: boolean;
};

const TIMEZONES = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Tokyo"] as const;

export function SettingsPage({ initial, onSave }: { initial: Settings; onSave: (s: Settings) => Promise<void> }) {
  const [form, setForm] = useState<Settings>(initial);
  const [saving, setSaving] = useState(false);

  async function handleSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setSaving(true);
    try {
      await onSave(form);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={handleSubmit} className="space-y-6 max-w-lg">
      <fieldset>
        <legend className="text-lg font-medium">Profile</legend>
        <label htmlFor="name">Display name</label>
        <input
          id="name"
          value={form.displayName}
          onChange={(e) => setForm({ ...form, displayName: e.target.value })}
        />
        <label htmlFor="email">Email</label>
        <input id="email" type="email" value={form.email} disabled />
      </fieldset>
      <fieldset>
        <legend className="text-lg font-medium">Preferences</legend>
        <select value={form.timezone} onChange={(e) => setForm({ ...form, timezone: e.target.value })}>
          {TIMEZONES.map((tz) => (
            <option key={tz} value={tz}>
              {tz}
            </option>
          ))}
        </select>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={form.weeklyDigest}
            onChange={(e) => setForm({ ...form, weeklyDigest: e.target.checked })}
          />
          Send me a weekly digest
        </label>
      </fieldset>
      <button type="submit" disabled={saving}>
        {saving ? "Saving…" : "Save changes"}
      </button>
    </form>
  );
}
''')

C("styled_card.tsx", "CSS in styled-components templates", r'''
import styled from "styled-components";
import type { ReactNode } from "react";

interface CardProps {
  $elevated?: boolean;
  $accent?: string;
}

const Wrapper = styled.section<CardProps>`
  position: relative;
  padding: 1.25rem 1.5rem;
  border-radius: 12px;
  background: ${({ theme }) => theme.colors.surface};
  border: 1px solid ${({ theme }) => theme.colors.border};
  box-shadow: ${({ $elevated }) => ($elevated ? "0 10px 30px rgba(0, 0, 0, 0.12)" : "none")};

  &::before {
    content: "";
    position: absolute;
    inset: 0 auto 0 0;
    width: 4px;
    border-radius: 12px 0 0 12px;
    background: ${({ $accent = "#6366f1" }) => $accent};
  }

  @media (max-width: 640px) {
    padding: 1rem;
  }
`;

const Title = styled.h3`
  margin: 0 0 0.5rem;
  font-size: 1.125rem;
  font-weight: 600;
`;

export function Card({ title, children, elevated }: { title: string; children: ReactNode; elevated?: boolean }) {
  return (
    <Wrapper $elevated={elevated}>
      <Title>{title}</Title>
      {children}
    </Wrapper>
  );
}
''')

C("release_script_execa.ts", "shell commands via zx/execa templates", r'''
#!/usr/bin/env -S npx tsx
import { $, chalk, fs } from "zx";

type Bump = "patch" | "minor" | "major";

const bump = (process.argv[2] ?? "patch") as Bump;
if (!["patch", "minor", "major"].includes(bump)) {
  console.error(chalk.red(`unknown bump: ${bump}`));
  process.exit(1);
}

const branch = (await $`git rev-parse --abbrev-ref HEAD`).stdout.trim();
if (branch !== "main") {
  throw new Error(`releases are cut from main, not ${branch}`);
}

await $`git pull --ff-only`;
await $`pnpm install --frozen-lockfile`;
await $`pnpm test -- --run`;

const version = (await $`npm version ${bump} --no-git-tag-version`).stdout.trim();
const changelog = (await $`git log $(git describe --tags --abbrev=0)..HEAD --pretty=format:'- %s (%h)'`).stdout;
await fs.writeFile("RELEASE_NOTES.md", `## ${version}\n\n${changelog}\n`);

await $`git commit -am ${`chore: release ${version}`}`;
await $`git tag -a ${version} -m ${version}`;
await $`git push --follow-tags`;
await $`gh release create ${version} --notes-file RELEASE_NOTES.md`;

console.log(chalk.green(`released ${version}`));
''')

C("graphql_queries.ts", "GraphQL documents in gql templates", r'''
import { gql, type TypedDocumentNode } from "@apollo/client";

export interface RepoSummary {
  id: string;
  name: string;
  stargazerCount: number;
  primaryLanguage: { name: string; color: string | null } | null;
}

export const REPO_FIELDS = gql`
  fragment RepoFields on Repository {
    id
    name
    stargazerCount
    primaryLanguage {
      name
      color
    }
  }
`;

export const VIEWER_REPOS: TypedDocumentNode<
  { viewer: { repositories: { nodes: RepoSummary[] } } },
  { first: number; after?: string }
> = gql`
  ${REPO_FIELDS}
  query ViewerRepos($first: Int!, $after: String) {
    viewer {
      repositories(first: $first, after: $after, orderBy: { field: STARGAZERS, direction: DESC }) {
        nodes {
          ...RepoFields
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`;

export const STAR_REPO = gql`
  mutation StarRepo($id: ID!) {
    addStar(input: { starrableId: $id }) {
      starrable {
        stargazerCount
      }
    }
  }
`;
''')

C("k8s_manifest_generator.ts", "YAML manifests produced from template strings", r'''
import { writeFileSync } from "node:fs";

interface AppSpec {
  name: string;
  image: string;
  replicas: number;
  port: number;
  env: Record<string, string>;
}

const indent = (text: string, n: number): string =>
  text.split("\n").map((l) => " ".repeat(n) + l).join("\n");

export function renderDeployment(app: AppSpec): string {
  const env = Object.entries(app.env)
    .map(([k, v]) => `- name: ${k}\n  value: "${v}"`)
    .join("\n");
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app.name}
spec:
  replicas: ${app.replicas}
  selector:
    matchLabels:
      app: ${app.name}
  template:
    metadata:
      labels:
        app: ${app.name}
    spec:
      containers:
        - name: ${app.name}
          image: ${app.image}
          ports:
            - containerPort: ${app.port}
          env:
${indent(env, 12)}
`;
}

const apps: AppSpec[] = [
  { name: "api", image: "ghcr.io/acme/api:1.4.0", replicas: 3, port: 8080, env: { LOG_LEVEL: "info" } },
  { name: "worker", image: "ghcr.io/acme/worker:1.4.0", replicas: 2, port: 9000, env: { QUEUE: "default" } },
];

for (const app of apps) {
  writeFileSync(`k8s/${app.name}.yaml`, renderDeployment(app));
}
''')

# ---- Python ---------------------------------------------------------------

C("reporting_queries.py", "large SQL strings", r'''
"""Canned reporting queries for the finance dashboard."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import psycopg

REVENUE_BY_PLAN = """
WITH paid AS (
    SELECT i.customer_id,
           p.name AS plan,
           i.amount_cents,
           date_trunc('month', i.paid_at) AS month
      FROM invoices i
      JOIN subscriptions s ON s.id = i.subscription_id
      JOIN plans p ON p.id = s.plan_id
     WHERE i.status = 'paid'
       AND i.paid_at >= %(start)s
       AND i.paid_at < %(end)s
)
SELECT month, plan, SUM(amount_cents) / 100.0 AS revenue, COUNT(DISTINCT customer_id) AS customers
  FROM paid
 GROUP BY month, plan
 ORDER BY month, revenue DESC;
"""

CHURNED_CUSTOMERS = """
SELECT c.id, c.name, MAX(s.cancelled_at) AS churned_at
  FROM customers c
  JOIN subscriptions s ON s.customer_id = c.id
 WHERE s.cancelled_at BETWEEN %(start)s AND %(end)s
   AND NOT EXISTS (
         SELECT 1 FROM subscriptions s2
          WHERE s2.customer_id = c.id AND s2.status = 'active'
       )
 GROUP BY c.id, c.name
 ORDER BY churned_at DESC;
"""


@dataclass
class Period:
    start: dt.date
    end: dt.date


def run(conn: psycopg.Connection, sql: str, period: Period) -> list[tuple]:
    with conn.cursor() as cur:
        cur.execute(sql, {"start": period.start, "end": period.end})
        return cur.fetchall()


def revenue_by_plan(conn: psycopg.Connection, period: Period) -> list[tuple]:
    return run(conn, REVENUE_BY_PLAN, period)


def churned_customers(conn: psycopg.Connection, period: Period) -> list[tuple]:
    return run(conn, CHURNED_CUSTOMERS, period)
''')

C("provision_shell.py", "embedded bash scripts run via subprocess", r'''
#!/usr/bin/env python3
"""Provision a fresh VM over SSH."""
import shlex
import subprocess
import sys

BOOTSTRAP = r"""
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update -y
apt-get install -y --no-install-recommends docker.io ufw fail2ban
systemctl enable --now docker
ufw default deny incoming
ufw allow 22/tcp
ufw allow 80,443/tcp
yes | ufw enable
if ! id deploy >/dev/null 2>&1; then
  useradd -m -s /bin/bash -G docker deploy
fi
"""

HARDEN_SSH = """
sed -i 's/^#\\?PasswordAuthentication.*/PasswordAuthentication no/' /etc/ssh/sshd_config
sed -i 's/^#\\?PermitRootLogin.*/PermitRootLogin prohibit-password/' /etc/ssh/sshd_config
systemctl reload ssh
"""


def remote(host: str, script: str) -> None:
    cmd = ["ssh", "-o", "StrictHostKeyChecking=accept-new", f"root@{host}", "bash -s"]
    print("+", " ".join(shlex.quote(c) for c in cmd))
    subprocess.run(cmd, input=script, text=True, check=True)


def main(hosts: list[str]) -> int:
    for host in hosts:
        remote(host, BOOTSTRAP)
        remote(host, HARDEN_SSH)
        print(f"{host}: done")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
''')

C("markdown_docstrings.py", "docstrings full of Markdown prose and examples", r'''
"""
# retrykit

Small helpers for retrying flaky operations.

## Why?

Network calls fail. Databases restart. Instead of sprinkling `try/except`
loops everywhere, decorate the function:

```python
@retry(attempts=5, backoff=0.5)
def fetch():
    ...
```

## Semantics

* Only exceptions listed in `on=` are retried (default: `Exception`).
* Delays grow exponentially: `backoff * 2 ** attempt`, capped at `max_delay`.
* The **last** exception is re-raised when all attempts fail.
"""
from __future__ import annotations

import functools
import random
import time
from typing import Callable, TypeVar

T = TypeVar("T")


def retry(attempts: int = 3, backoff: float = 0.1, max_delay: float = 10.0,
          on: tuple[type[BaseException], ...] = (Exception,)) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """Retry the decorated function.

    Parameters
    ----------
    attempts:
        Total number of calls, including the first one. Must be **>= 1**.
    backoff:
        Base delay in seconds. With `backoff=0.5` the waits are 0.5s, 1s, 2s, ...
    max_delay:
        Upper bound for a single wait.

    Example
    -------
    > Retrying an HTTP call three times:
    >
    >     @retry(attempts=3, on=(httpx.TransportError,))
    >     def get_user(uid): ...
    """
    def decorator(fn: Callable[..., T]) -> Callable[..., T]:
        @functools.wraps(fn)
        def wrapper(*args, **kwargs) -> T:
            for attempt in range(attempts):
                try:
                    return fn(*args, **kwargs)
                except on:
                    if attempt == attempts - 1:
                        raise
                    delay = min(max_delay, backoff * 2 ** attempt)
                    time.sleep(delay * random.uniform(0.8, 1.2))
            raise AssertionError("unreachable")
        return wrapper
    return decorator
''')

C("default_config_dicts.py", "JSON-like nested dict literals", r'''
"""Default configuration, merged with config.json at startup."""
import copy
import json
from pathlib import Path

DEFAULTS = {
    "server": {
        "host": "0.0.0.0",
        "port": 8080,
        "cors": {"origins": ["http://localhost:3000"], "credentials": True},
    },
    "database": {
        "url": "postgresql://localhost/app",
        "pool": {"min": 1, "max": 10, "timeout": 30},
    },
    "features": {
        "signup": True,
        "billing": False,
        "experiments": [],
    },
    "logging": {
        "level": "INFO",
        "handlers": ["console"],
        "format": None,
    },
}


def deep_merge(base: dict, override: dict) -> dict:
    out = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = deep_merge(out[key], value)
        else:
            out[key] = value
    return out


def load(path: Path = Path("config.json")) -> dict:
    if not path.exists():
        return copy.deepcopy(DEFAULTS)
    return deep_merge(DEFAULTS, json.loads(path.read_text()))
''')

C("jinja_html_template.py", "HTML/Jinja template in a string", r'''
from jinja2 import Environment, select_autoescape

env = Environment(autoescape=select_autoescape(["html"]))

REPORT_TEMPLATE = env.from_string("""\
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Test report – {{ suite }}</title>
  <style>
    .passed { color: #15803d; }
    .failed { color: #b91c1c; font-weight: bold; }
    table { border-collapse: collapse; }
    td, th { padding: 4px 8px; border: 1px solid #ccc; }
  </style>
</head>
<body>
  <h1>{{ suite }}: {{ passed }} passed, {{ failed }} failed</h1>
  <table>
    <tr><th>Test</th><th>Result</th><th>Duration</th></tr>
    {% for case in cases %}
    <tr>
      <td>{{ case.name }}</td>
      <td class="{{ case.outcome }}">{{ case.outcome }}</td>
      <td>{{ "%.2f"|format(case.duration) }}s</td>
    </tr>
    {% endfor %}
  </table>
</body>
</html>
""")


def render(suite: str, cases: list[dict]) -> str:
    passed = sum(1 for c in cases if c["outcome"] == "passed")
    return REPORT_TEMPLATE.render(suite=suite, cases=cases, passed=passed, failed=len(cases) - passed)
''')

C("js_snippet_injector.py", "JavaScript snippets executed through Selenium", r'''
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

SCROLL_TO_BOTTOM = """
const distance = document.body.scrollHeight;
window.scrollTo({ top: distance, behavior: "instant" });
return distance;
"""

COLLECT_PRODUCTS = """
return Array.from(document.querySelectorAll('[data-product-id]')).map((el) => ({
  id: el.dataset.productId,
  title: el.querySelector('.title')?.innerText.trim(),
  price: parseFloat(el.querySelector('.price')?.innerText.replace(/[^0-9.]/g, '') || '0'),
}));
"""

DISABLE_ANIMATIONS = "const s = document.createElement('style'); s.textContent = '* { transition: none !important; }'; document.head.appendChild(s);"


def scrape(url: str, pages: int = 3) -> list[dict]:
    driver = webdriver.Chrome()
    try:
        driver.get(url)
        WebDriverWait(driver, 10).until(EC.presence_of_element_located((By.CSS_SELECTOR, "[data-product-id]")))
        driver.execute_script(DISABLE_ANIMATIONS)
        last = 0
        for _ in range(pages):
            height = driver.execute_script(SCROLL_TO_BOTTOM)
            if height == last:
                break
            last = height
        return driver.execute_script(COLLECT_PRODUCTS)
    finally:
        driver.quit()
''')

C("airflow_dag.py", "bash commands and SQL in operators", r'''
from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.bash import BashOperator
from airflow.providers.postgres.operators.postgres import PostgresOperator

default_args = {"owner": "data", "retries": 2, "retry_delay": timedelta(minutes=5)}

with DAG(
    dag_id="daily_sales_rollup",
    start_date=datetime(2024, 1, 1),
    schedule="0 4 * * *",
    catchup=False,
    default_args=default_args,
    tags=["sales"],
) as dag:
    extract = BashOperator(
        task_id="extract_orders",
        bash_command="""
            set -e
            aws s3 cp s3://exports/orders/{{ ds }}/orders.csv.gz /tmp/orders_{{ ds }}.csv.gz
            gunzip -f /tmp/orders_{{ ds }}.csv.gz
            psql "$WAREHOUSE_URL" -c "\\copy staging.orders FROM '/tmp/orders_{{ ds }}.csv' CSV HEADER"
        """,
    )

    rollup = PostgresOperator(
        task_id="rollup",
        postgres_conn_id="warehouse",
        sql="""
            DELETE FROM marts.daily_sales WHERE day = '{{ ds }}';
            INSERT INTO marts.daily_sales (day, region, orders, revenue)
            SELECT '{{ ds }}'::date, region, COUNT(*), SUM(total)
              FROM staging.orders
             WHERE order_date = '{{ ds }}'
             GROUP BY region;
        """,
    )

    cleanup = BashOperator(task_id="cleanup", bash_command="rm -f /tmp/orders_{{ ds }}.csv")

    extract >> rollup >> cleanup
''')

C("cli_help_markdown.py", "Markdown help text and a YAML example in strings", r'''
import sys

import click
import yaml

EPILOG = """
\b
Examples:
  deployctl apply -f app.yaml
  deployctl apply -f app.yaml --dry-run

\b
A minimal app.yaml:

\b
  name: web
  image: ghcr.io/acme/web:1.2.3
  replicas: 2
  env:
    LOG_LEVEL: info
"""

EXAMPLE_CONFIG = """\
name: web
image: ghcr.io/acme/web:1.2.3
replicas: 2
env:
  LOG_LEVEL: info
"""


@click.group()
def cli() -> None:
    """**deployctl** – deploy apps described in YAML.

    See the docs at https://docs.example.com/deployctl for the full schema.
    """


@cli.command(epilog=EPILOG)
@click.option("-f", "--file", "path", type=click.Path(exists=True), required=True)
@click.option("--dry-run", is_flag=True, help="Print the plan without applying it.")
def apply(path: str, dry_run: bool) -> None:
    """Apply an app definition."""
    with open(path) as fh:
        spec = yaml.safe_load(fh)
    click.echo(f"{'Would deploy' if dry_run else 'Deploying'} {spec['name']} ({spec['image']})")


@cli.command()
def example() -> None:
    """Print an example configuration."""
    sys.stdout.write(EXAMPLE_CONFIG)


if __name__ == "__main__":
    cli()
''')

C("k8s_manifest_dict.py", "Kubernetes manifest as dict literals, dumped to YAML", r'''
"""Render a Deployment + Service for each app and pipe them to kubectl."""
import subprocess

import yaml

APPS = [
    {"name": "api", "image": "ghcr.io/acme/api:2.0.1", "port": 8000, "replicas": 3},
    {"name": "web", "image": "ghcr.io/acme/web:2.0.1", "port": 3000, "replicas": 2},
]


def manifests(app: dict) -> list[dict]:
    labels = {"app": app["name"]}
    deployment = {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": app["name"], "labels": labels},
        "spec": {
            "replicas": app["replicas"],
            "selector": {"matchLabels": labels},
            "template": {
                "metadata": {"labels": labels},
                "spec": {
                    "containers": [
                        {
                            "name": app["name"],
                            "image": app["image"],
                            "ports": [{"containerPort": app["port"]}],
                            "resources": {"requests": {"cpu": "100m", "memory": "128Mi"}},
                        }
                    ]
                },
            },
        },
    }
    service = {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {"name": app["name"]},
        "spec": {"selector": labels, "ports": [{"port": 80, "targetPort": app["port"]}]},
    }
    return [deployment, service]


if __name__ == "__main__":
    docs = [m for app in APPS for m in manifests(app)]
    text = yaml.safe_dump_all(docs, sort_keys=False)
    subprocess.run(["kubectl", "apply", "-f", "-"], input=text, text=True, check=True)
''')

# ---- SQL ------------------------------------------------------------------

C("migration_long_comments.sql", "long prose comment blocks", r'''
/*
 * Migration 0042: split `users.name` into `first_name` / `last_name`.
 *
 * Background
 * ----------
 * Product asked for personalised emails ("Hi Jane,") and the CRM export
 * needs separate name fields. We keep `name` for now because three services
 * still read it; it will be dropped in 0045 once they are migrated.
 *
 * Rollout plan
 * ------------
 *   1. Deploy this migration (adds nullable columns, backfills in batches).
 *   2. Deploy the API that writes all three columns.
 *   3. Verify with the query at the bottom of this file.
 *
 * The backfill splits on the LAST space, so "Mary Ann Smith" becomes
 * first_name = 'Mary Ann', last_name = 'Smith'. Single-word names go into
 * first_name only. This is wrong for some cultures; see ticket DATA-311.
 */

ALTER TABLE users
    ADD COLUMN IF NOT EXISTS first_name text,
    ADD COLUMN IF NOT EXISTS last_name text;

-- Backfill. Runs in one statement: the table has ~80k rows, which takes
-- under a second on production hardware (measured on a restored snapshot).
UPDATE users
   SET first_name = CASE
                        WHEN position(' ' IN name) = 0 THEN name
                        ELSE regexp_replace(name, '\s+\S+$', '')
                    END,
       last_name  = CASE
                        WHEN position(' ' IN name) = 0 THEN NULL
                        ELSE regexp_replace(name, '^.*\s', '')
                    END
 WHERE first_name IS NULL;

-- Verification: should return zero rows.
-- SELECT id, name, first_name, last_name FROM users
--  WHERE concat_ws(' ', first_name, last_name) <> name;
''')

C("plpgsql_functions.sql", "PL/pgSQL function bodies", r'''
-- Keep updated_at current on every UPDATE.
CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

-- Transfer money between two accounts atomically.
CREATE OR REPLACE FUNCTION transfer(p_from bigint, p_to bigint, p_amount numeric)
RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    v_balance numeric;
BEGIN
    IF p_amount <= 0 THEN
        RAISE EXCEPTION 'amount must be positive, got %', p_amount;
    END IF;

    SELECT balance INTO v_balance FROM accounts WHERE id = p_from FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'account % not found', p_from;
    ELSIF v_balance < p_amount THEN
        RAISE EXCEPTION 'insufficient funds: % < %', v_balance, p_amount;
    END IF;

    UPDATE accounts SET balance = balance - p_amount WHERE id = p_from;
    UPDATE accounts SET balance = balance + p_amount WHERE id = p_to;

    INSERT INTO ledger (from_account, to_account, amount, created_at)
    VALUES (p_from, p_to, p_amount, now());
END;
$$;

CREATE TRIGGER accounts_set_updated_at
BEFORE UPDATE ON accounts
FOR EACH ROW EXECUTE FUNCTION set_updated_at();
''')

C("plpython_function.sql", "PL/Python function body", r'''
CREATE EXTENSION IF NOT EXISTS plpython3u;

-- Normalise a free-form phone number to E.164 using Python.
CREATE OR REPLACE FUNCTION normalize_phone(raw text, default_country text DEFAULT 'US')
RETURNS text
LANGUAGE plpython3u
IMMUTABLE
AS $$
import re

if raw is None:
    return None
digits = re.sub(r"[^0-9+]", "", raw)
if digits.startswith("+"):
    return digits
if default_country == "US" and len(digits) == 10:
    return "+1" + digits
if default_country == "GB" and digits.startswith("0"):
    return "+44" + digits[1:]
return None
$$;

-- Slugify titles for URLs.
CREATE OR REPLACE FUNCTION slugify(title text)
RETURNS text
LANGUAGE plpython3u
AS $$
import unicodedata, re
value = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
value = re.sub(r"[^\w\s-]", "", value).strip().lower()
return re.sub(r"[-\s]+", "-", value)
$$;

UPDATE contacts SET phone = normalize_phone(phone) WHERE phone IS NOT NULL;
''')

C("snowflake_js_udf.sql", "JavaScript UDF body (Snowflake)", r'''
-- sqlfluff:dialect:snowflake
-- Parse a user-agent string into browser / os / device with a JavaScript UDF.
CREATE OR REPLACE FUNCTION analytics.util.parse_user_agent(UA VARCHAR)
RETURNS OBJECT
LANGUAGE JAVASCRIPT
AS
$$
  if (UA === null || UA === undefined) {
    return null;
  }
  const s = UA.toLowerCase();
  let browser = "other";
  if (s.includes("edg/")) browser = "edge";
  else if (s.includes("chrome/")) browser = "chrome";
  else if (s.includes("firefox/")) browser = "firefox";
  else if (s.includes("safari/")) browser = "safari";

  const os = /windows/.test(s) ? "windows"
    : /android/.test(s) ? "android"
    : /iphone|ipad/.test(s) ? "ios"
    : /mac os x/.test(s) ? "macos"
    : /linux/.test(s) ? "linux" : "other";

  return { browser: browser, os: os, mobile: /mobile|iphone|android/.test(s) };
$$;

SELECT session_id, analytics.util.parse_user_agent(user_agent):browser::STRING AS browser
FROM analytics.raw.sessions
LIMIT 10;
''')

C("mysql_json_comments.sql", "JSON documents and prose comments (MySQL)", r'''
-- sqlfluff:dialect:mysql
-- Feature flag storage. Each row holds a JSON document such as:
--
--   {
--     "enabled": true,
--     "rollout": 25,
--     "segments": ["beta", "internal"]
--   }
--
-- The application caches flags for 30 seconds, so changes made here are
-- visible everywhere within half a minute.
CREATE TABLE IF NOT EXISTS feature_flags (
  name VARCHAR(100) NOT NULL PRIMARY KEY,
  config JSON NOT NULL,
  updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB;

INSERT INTO feature_flags (name, config) VALUES
  ('new_checkout', '{"enabled": true, "rollout": 25, "segments": ["beta"]}'),
  ('dark_mode', '{"enabled": true, "rollout": 100, "segments": []}'),
  ('ai_summary', '{"enabled": false, "rollout": 0, "segments": ["internal"]}');

SELECT name,
       JSON_EXTRACT(config, '$.rollout') AS rollout,
       JSON_LENGTH(config, '$.segments') AS segment_count
FROM feature_flags
WHERE JSON_EXTRACT(config, '$.enabled') = TRUE;
''')

C("sqlite_json_seed.sql", "JSON strings in seed data (SQLite)", r'''
-- sqlfluff:dialect:sqlite
-- Local seed data for the notes app (SQLite).
CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    meta TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(meta))
);

INSERT INTO notes (title, body, meta) VALUES
  ('Shopping', '- milk
- eggs
- coffee beans', '{"tags": ["home"], "pinned": true}'),
  ('Meeting notes', '## Agenda
1. Roadmap
2. Hiring

**Action:** send summary by Friday', '{"tags": ["work"], "pinned": false, "attendees": 4}'),
  ('Snippet', 'def greet(name):
    return f"Hello, {name}!"', '{"tags": ["code", "python"]}');

SELECT title, json_extract(meta, '$.tags[0]') AS first_tag
FROM notes
WHERE json_extract(meta, '$.pinned') = 1;
''')

C("pg_comment_on_markdown.sql", "Markdown in COMMENT ON strings, JSON defaults", r'''
CREATE TABLE webhooks (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    url         text NOT NULL,
    events      text[] NOT NULL DEFAULT ARRAY['order.created'],
    headers     jsonb NOT NULL DEFAULT '{"Content-Type": "application/json", "User-Agent": "acme-webhooks/1.0"}',
    secret      text NOT NULL,
    active      boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE webhooks IS
'Outgoing webhook subscriptions.

## Delivery

* Payloads are signed with **HMAC-SHA256** using `secret`; the signature is
  sent in the `X-Acme-Signature` header.
* Failed deliveries are retried 8 times with exponential backoff
  (1m, 2m, 4m, ... ~4h).

## Example payload

    {"event": "order.created", "data": {"id": "ord_123", "total": 4200}}
';

COMMENT ON COLUMN webhooks.events IS 'Event names, e.g. `order.created`, `order.refunded`. Use `*` for all events.';
''')

# ---- shell ----------------------------------------------------------------

C("bootstrap_python_heredoc.sh", "Python program in a heredoc", r'''
#!/usr/bin/env bash
# Check that every service listed in services.txt answers its health endpoint.
set -euo pipefail

SERVICES_FILE=${1:-services.txt}
TIMEOUT=${TIMEOUT:-5}

python3 - "$SERVICES_FILE" "$TIMEOUT" <<'PY'
import concurrent.futures as cf
import sys
import urllib.request

path, timeout = sys.argv[1], float(sys.argv[2])
urls = [line.strip() for line in open(path) if line.strip() and not line.startswith("#")]

def check(url):
    try:
        with urllib.request.urlopen(url.rstrip("/") + "/health", timeout=timeout) as resp:
            return url, resp.status
    except Exception as exc:
        return url, f"error: {exc}"

failed = 0
with cf.ThreadPoolExecutor(max_workers=8) as pool:
    for url, status in pool.map(check, urls):
        ok = status == 200
        failed += not ok
        print(f"{'OK ' if ok else 'BAD'} {url} {status}")
sys.exit(1 if failed else 0)
PY

echo "all services healthy"
''')

C("db_init_sql_heredoc.sh", "SQL in psql heredocs", r'''
#!/bin/bash
# Docker entrypoint init script: create roles, schemas and grants.
set -e

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<-EOSQL
	CREATE ROLE app_rw LOGIN PASSWORD '${APP_RW_PASSWORD}';
	CREATE ROLE app_ro LOGIN PASSWORD '${APP_RO_PASSWORD}';

	CREATE SCHEMA IF NOT EXISTS app AUTHORIZATION app_rw;

	GRANT USAGE ON SCHEMA app TO app_ro;
	ALTER DEFAULT PRIVILEGES FOR ROLE app_rw IN SCHEMA app
	    GRANT SELECT ON TABLES TO app_ro;

	CREATE EXTENSION IF NOT EXISTS pg_stat_statements;
	CREATE EXTENSION IF NOT EXISTS citext;
EOSQL

if [ -n "${SEED_DEMO:-}" ]; then
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<'SQL'
SET search_path TO app;
CREATE TABLE IF NOT EXISTS demo_users (id serial PRIMARY KEY, email citext UNIQUE NOT NULL);
INSERT INTO demo_users (email) VALUES ('demo@example.com') ON CONFLICT DO NOTHING;
SQL
fi

echo "database initialised"
''')

C("k8s_apply_yaml_heredoc.sh", "Kubernetes YAML in kubectl heredocs", r'''
#!/usr/bin/env bash
# Create a namespace with quotas and a default deny network policy.
set -euo pipefail

NS=${1:?usage: $0 NAMESPACE [CPU] [MEMORY]}
CPU=${2:-4}
MEM=${3:-8Gi}

kubectl apply -f - <<EOF
apiVersion: v1
kind: Namespace
metadata:
  name: ${NS}
  labels:
    team: ${TEAM:-platform}
---
apiVersion: v1
kind: ResourceQuota
metadata:
  name: compute
  namespace: ${NS}
spec:
  hard:
    requests.cpu: "${CPU}"
    requests.memory: ${MEM}
    pods: "50"
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny-ingress
  namespace: ${NS}
spec:
  podSelector: {}
  policyTypes: [Ingress]
EOF

kubectl -n "$NS" get resourcequota compute -o wide
''')

C("write_json_config.sh", "JSON written from heredocs and jq", r'''
#!/bin/sh
# Write the runtime config consumed by the single-page app.
set -eu

OUT=${OUT:-/usr/share/nginx/html/config.json}
API_URL=${API_URL:-/api}
SENTRY_DSN=${SENTRY_DSN:-}

cat > "$OUT" <<EOF
{
  "apiUrl": "${API_URL}",
  "environment": "${APP_ENV:-production}",
  "sentry": {
    "dsn": "${SENTRY_DSN}",
    "enabled": $( [ -n "$SENTRY_DSN" ] && echo true || echo false )
  },
  "features": {
    "chat": ${FEATURE_CHAT:-false},
    "exports": ${FEATURE_EXPORTS:-true}
  },
  "build": "$(cat /etc/build-id 2>/dev/null || echo dev)"
}
EOF

if command -v jq >/dev/null 2>&1; then
  jq . "$OUT" >/dev/null || { echo "invalid JSON in $OUT" >&2; exit 1; }
fi

exec nginx -g 'daemon off;'
''')

C("generate_readme.sh", "Markdown document written from a heredoc", r'''
#!/usr/bin/env bash
# Regenerate README.md from the CLI's --help output.
set -euo pipefail

BIN=./target/release/logslice
VERSION=$("$BIN" --version | awk '{print $2}')
HELP=$("$BIN" --help)

cat > README.md <<EOF
# logslice

[![CI](https://github.com/example/logslice/actions/workflows/ci.yml/badge.svg)](https://github.com/example/logslice/actions)

Slice huge log files by time range without reading the whole file.

## Install

\`\`\`sh
cargo install logslice --version ${VERSION}
\`\`\`

## Usage

\`\`\`text
${HELP}
\`\`\`

## How it works

1. Binary-search the file for the first line at or after \`--from\`.
2. Stream lines until one is after \`--to\`.

Files are never loaded fully into memory, so a 50 GB log takes milliseconds.

_This file is generated by \`scripts/generate_readme.sh\`; do not edit by hand._
EOF

echo "README.md updated for v${VERSION}"
''')

C("build_image_dockerfile_heredoc.sh", "Dockerfile piped to docker build", r'''
#!/usr/bin/env bash
# Build a throwaway image with the project's toolchain for CI.
set -euo pipefail

TAG=${TAG:-ci-tools:latest}
PY_VERSION=${PY_VERSION:-3.12}

docker build -t "$TAG" - <<DOCKERFILE
FROM python:${PY_VERSION}-slim
RUN apt-get update \\
 && apt-get install -y --no-install-recommends git make shellcheck \\
 && rm -rf /var/lib/apt/lists/*
RUN pip install --no-cache-dir ruff mypy pytest pre-commit
WORKDIR /src
ENTRYPOINT ["make"]
CMD ["check"]
DOCKERFILE

docker run --rm -v "$PWD:/src" "$TAG" "$@"
''')

C("install_nginx_conf.sh", "nginx configuration in a heredoc", r'''
#!/usr/bin/env bash
set -euo pipefail

DOMAIN=${1:?usage: $0 DOMAIN UPSTREAM_PORT}
PORT=${2:-8000}
CONF=/etc/nginx/sites-available/${DOMAIN}.conf

sudo tee "$CONF" >/dev/null <<NGINX
server {
    listen 80;
    server_name ${DOMAIN};

    location / {
        proxy_pass http://127.0.0.1:${PORT};
        proxy_http_version 1.1;
        proxy_set_header Upgrade \$http_upgrade;
        proxy_set_header Connection "upgrade";
        proxy_set_header Host \$host;
        proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
    }

    location = /favicon.ico { access_log off; log_not_found off; }
}
NGINX

sudo ln -sf "$CONF" /etc/nginx/sites-enabled/
sudo nginx -t
sudo systemctl reload nginx
sudo certbot --nginx -d "$DOMAIN" --non-interactive --agree-tos -m "admin@${DOMAIN}"
''')

C("log_report_awk_jq.sh", "awk and jq programs", r'''
#!/usr/bin/env bash
# Summarise an nginx access log and a JSON application log.
set -euo pipefail

ACCESS_LOG=${1:-/var/log/nginx/access.log}
APP_LOG=${2:-/var/log/app/app.jsonl}

echo "== Top 10 paths by request count =="
awk '{ split($7, p, "?"); count[p[1]]++ } END { for (k in count) printf "%7d %s\n", count[k], k }' "$ACCESS_LOG" \
  | sort -rn | head -10

echo "== Status code distribution =="
awk '{
  code = $9
  bucket = substr(code, 1, 1) "xx"
  n[bucket]++
  total++
}
END {
  for (b in n) printf "%s %6d (%.1f%%)\n", b, n[b], 100 * n[b] / total
}' "$ACCESS_LOG" | sort

echo "== Slowest endpoints (p95 ms) from app log =="
jq -r 'select(.msg == "request finished") | [.route, .duration_ms] | @tsv' "$APP_LOG" \
  | sort -k1,1 -k2,2n \
  | awk -F'\t' '
      { vals[$1] = vals[$1] " " $2; cnt[$1]++ }
      END {
        for (r in vals) {
          split(substr(vals[r], 2), a, " ")
          idx = int(cnt[r] * 0.95); if (idx < 1) idx = 1
          printf "%8.1f %s\n", a[idx], r
        }
      }' | sort -rn | head -5

echo "== Errors by type =="
jq -r 'select(.level == "error") | .error.type // "unknown"' "$APP_LOG" | sort | uniq -c | sort -rn
''')

# ---- TOML -----------------------------------------------------------------

C("pyproject_long_description.toml", "prose and shell scripts in multi-line strings", r'''
[project]
name = "datasette-lite-export"
version = "0.7.0"
description = """
Export any Datasette table to Parquet, Excel or SQLite.

Install the plugin, open a table and use the new "Export" menu. Large
tables are streamed in chunks of 10,000 rows, so memory use stays flat.
"""
readme = "README.md"
requires-python = ">=3.9"
license = { text = "Apache-2.0" }
dependencies = ["datasette>=0.64", "pyarrow>=14", "openpyxl>=3.1"]

[project.entry-points.datasette]
lite_export = "datasette_lite_export"

[tool.poetry.scripts]
lite-export = "datasette_lite_export.cli:main"

[tool.poe.tasks]
test = "pytest -q"
lint = "ruff check ."

[tool.poe.tasks.release]
shell = """
set -e
version=$(python -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
git tag -a "v$version" -m "Release v$version"
python -m build
twine upload dist/*
"""

[tool.poe.tasks.docs]
shell = """
rm -rf site
mkdocs build --strict
echo "docs built in ./site"
"""

[tool.pytest.ini_options]
addopts = "-ra --strict-markers"
markers = ["slow: tests that export more than 1M rows"]
''')

C("cargo_long_metadata.toml", "Markdown and shell in package metadata strings", r'''
[package]
name = "tiny-http-cache"
version = "0.5.0"
edition = "2021"
rust-version = "1.70"
license = "MIT"
description = "An HTTP caching layer for reqwest that honours Cache-Control and ETag headers."
keywords = ["http", "cache", "reqwest", "middleware"]
categories = ["web-programming::http-client", "caching"]

[package.metadata.docs.rs]
all-features = true
rustdoc-args = ["--cfg", "docsrs"]

[package.metadata.release]
pre-release-commit-message = "chore: release {{version}}"
pre-release-replacements = [
  { file = "CHANGELOG.md", search = "## Unreleased", replace = "## Unreleased\n\n## {{version}} - {{date}}" },
]
pre-release-hook = ["sh", "-c", "cargo test --all-features && cargo doc --no-deps"]

[package.metadata.deb]
maintainer = "Ops Team <ops@example.com>"
extended-description = """
tiny-http-cache keeps responses on disk under ~/.cache/tiny-http-cache.

* Respects `Cache-Control: max-age`, `no-store` and `must-revalidate`.
* Revalidates with `If-None-Match` when an ETag is present.
* Evicts least-recently-used entries above `max_size` (default 512 MiB).
"""

[features]
default = ["disk"]
disk = ["dep:cacache"]

[dependencies]
reqwest = { version = "0.12", default-features = false, features = ["rustls-tls"] }
cacache = { version = "13", optional = true }
http-cache-semantics = "2"
''')

C("netlify_build.toml", "build commands and header values", r'''
[build]
  base = "web/"
  publish = "dist/"
  command = "npm ci && npm run build && npx @sentry/cli sourcemaps upload --org acme --project web dist"

[build.environment]
  NODE_VERSION = "20"
  NPM_FLAGS = "--no-audit --no-fund"

[context.deploy-preview]
  command = "npm ci && VITE_API_URL=https://staging-api.example.com npm run build"

[[redirects]]
  from = "/api/*"
  to = "https://api.example.com/:splat"
  status = 200
  force = true

[[redirects]]
  from = "/*"
  to = "/index.html"
  status = 200

[[headers]]
  for = "/*"
  [headers.values]
    Content-Security-Policy = "default-src 'self'; script-src 'self' 'sha256-abc123='; img-src 'self' data: https:; connect-src 'self' https://api.example.com"
    X-Frame-Options = "DENY"
    Referrer-Policy = "strict-origin-when-cross-origin"

[[plugins]]
  package = "@netlify/plugin-lighthouse"
  [plugins.inputs.thresholds]
    performance = 0.9
''')

C("makefile_cargo_make.toml", "shell and Rust script bodies in cargo-make tasks", r'''
[config]
default_to_workspace = false

[env]
RUST_BACKTRACE = "1"
COVERAGE_DIR = "target/coverage"

[tasks.fmt]
command = "cargo"
args = ["fmt", "--all", "--", "--check"]

[tasks.clippy]
command = "cargo"
args = ["clippy", "--all-targets", "--all-features", "--", "-D", "warnings"]

[tasks.coverage]
script = @@TQ@@
#!/usr/bin/env bash
set -euo pipefail
mkdir -p "${COVERAGE_DIR}"
cargo llvm-cov --workspace --lcov --output-path "${COVERAGE_DIR}/lcov.info"
total=$(cargo llvm-cov report --summary-only | awk '/TOTAL/ {print $NF}')
echo "line coverage: ${total}"
@@TQ@@

[tasks.bump-date]
script_runner = "@rust"
script = """
fn main() {
    let today = std::process::Command::new("date").arg("+%Y-%m-%d").output().unwrap();
    let date = String::from_utf8_lossy(&today.stdout).trim().to_string();
    let log = std::fs::read_to_string("CHANGELOG.md").unwrap();
    std::fs::write("CHANGELOG.md", log.replacen("## Unreleased", &format!("## {date}"), 1)).unwrap();
}
"""

[tasks.ci]
dependencies = ["fmt", "clippy", "coverage"]
'''.replace("@@TQ@@", "'" * 3))

C("mise_tasks.toml", "multi-line shell task bodies", r'''
[tools]
node = "20"
python = "3.12"
terraform = "1.7"

[env]
AWS_REGION = "eu-west-1"
_.file = ".env"

[tasks.setup]
description = "Install all dependencies"
run = """
npm ci
python -m venv .venv
.venv/bin/pip install -r requirements.txt
pre-commit install
"""

[tasks.plan]
description = "Terraform plan for an environment"
run = """
#!/usr/bin/env bash
set -euo pipefail
env=${1:-staging}
cd infra
terraform init -backend-config="key=${env}/terraform.tfstate" -reconfigure
terraform plan -var-file="envs/${env}.tfvars" -out="${env}.plan"
"""

[tasks.db-reset]
description = "Recreate the local database"
run = [
  "docker compose down -v db",
  "docker compose up -d db",
  "sleep 3",
  "psql postgres://postgres:postgres@localhost:5432/postgres -c 'CREATE DATABASE app'",
]
''')

# ---- JSON -----------------------------------------------------------------

C("package_with_scripts.json", "shell command lines in npm scripts, Markdown-ish description", r'''
{
  "name": "@acme/monorepo",
  "private": true,
  "description": "Acme web platform. See **docs/ARCHITECTURE.md** before adding a package; run `pnpm bootstrap` after cloning.",
  "packageManager": "pnpm@9.1.0",
  "scripts": {
    "bootstrap": "pnpm install && pnpm -r build && cp -n .env.example .env || true",
    "dev": "concurrently -n api,web -c blue,green \"pnpm --filter api dev\" \"pnpm --filter web dev\"",
    "build": "pnpm -r --filter './packages/**' build",
    "test": "vitest run --coverage",
    "lint": "eslint . --ext .ts,.tsx && prettier --check \"**/*.{ts,tsx,json,md}\"",
    "db:reset": "docker compose down -v db && docker compose up -d db && sleep 3 && pnpm --filter api prisma migrate reset --force",
    "release": "changeset version && pnpm install --lockfile-only && git add -A && git commit -m \"chore: release\" && changeset publish",
    "clean": "find . -name node_modules -type d -prune -exec rm -rf '{}' + && rm -rf .turbo dist",
    "postinstall": "test -n \"$CI\" || husky install"
  },
  "devDependencies": {
    "@changesets/cli": "^2.27.1",
    "concurrently": "^8.2.2",
    "eslint": "^8.57.0",
    "husky": "^9.0.11",
    "prettier": "^3.2.5",
    "vitest": "^1.6.0"
  },
  "engines": {
    "node": ">=20"
  }
}
''')

C("vscode_js_snippets.json", "JavaScript/React snippet bodies", r'''
{
  "React function component": {
    "prefix": "rfc",
    "description": "React function component with props",
    "body": [
      "import React from \"react\";",
      "",
      "export default function ${1:${TM_FILENAME_BASE}}({ ${2:children} }) {",
      "  return (",
      "    <div className=\"${3:container}\">",
      "      ${0:{children}}",
      "    </div>",
      "  );",
      "}"
    ]
  },
  "useEffect with cleanup": {
    "prefix": "uec",
    "body": [
      "useEffect(() => {",
      "  const controller = new AbortController();",
      "  ${1:// effect}",
      "  return () => controller.abort();",
      "}, [${2}]);"
    ]
  },
  "Express route": {
    "prefix": "exr",
    "body": [
      "router.${1|get,post,put,delete|}(\"/${2:path}\", async (req, res, next) => {",
      "  try {",
      "    ${0}",
      "    res.json({ ok: true });",
      "  } catch (err) {",
      "    next(err);",
      "  }",
      "});"
    ]
  }
}
''')

C("vscode_python_snippets.json", "Python snippet bodies", r'''
{
  "Main guard": {
    "prefix": "ifmain",
    "body": ["if __name__ == \"__main__\":", "    ${1:main()}"],
    "description": "if __name__ == '__main__' block"
  },
  "Dataclass": {
    "prefix": "dc",
    "body": [
      "from dataclasses import dataclass, field",
      "",
      "",
      "@dataclass",
      "class ${1:Name}:",
      "    ${2:id}: ${3:int}",
      "    ${4:tags}: list[str] = field(default_factory=list)",
      "",
      "    def __post_init__(self) -> None:",
      "        ${0:pass}"
    ]
  },
  "pytest fixture": {
    "prefix": "fixture",
    "body": [
      "@pytest.fixture",
      "def ${1:client}(${2:tmp_path}):",
      "    \"\"\"${3:Provide a test client.}\"\"\"",
      "    ${4:app} = create_app({\"TESTING\": True, \"DATABASE\": ${2} / \"test.db\"})",
      "    with ${4}.test_client() as c:",
      "        yield c"
    ]
  },
  "Async context manager": {
    "prefix": "acm",
    "body": [
      "@contextlib.asynccontextmanager",
      "async def ${1:lifespan}(app):",
      "    ${2:await startup()}",
      "    try:",
      "        yield",
      "    finally:",
      "        ${0:await shutdown()}"
    ]
  }
}
''')

C("notebook_like.json", "Python source and Markdown cells (.ipynb structure)", r'''
{
  "cells": [
    {
      "cell_type": "markdown",
      "metadata": {},
      "source": [
        "# Churn analysis\n",
        "\n",
        "We look at **monthly churn** by plan for 2023 and test whether the\n",
        "new onboarding flow (shipped in June) reduced it.\n"
      ]
    },
    {
      "cell_type": "code",
      "execution_count": 1,
      "metadata": {},
      "outputs": [],
      "source": [
        "import pandas as pd\n",
        "import matplotlib.pyplot as plt\n",
        "\n",
        "df = pd.read_parquet(\"subscriptions.parquet\")\n",
        "df[\"month\"] = df[\"cancelled_at\"].dt.to_period(\"M\")"
      ]
    },
    {
      "cell_type": "code",
      "execution_count": 2,
      "metadata": {},
      "outputs": [
        {
          "name": "stdout",
          "output_type": "stream",
          "text": ["plan\n", "basic    0.061\n", "pro      0.034\n"]
        }
      ],
      "source": [
        "churn = df.groupby(\"plan\")[\"churned\"].mean().round(3)\n",
        "print(churn)"
      ]
    }
  ],
  "metadata": {
    "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
    "language_info": {"name": "python", "version": "3.11.6"}
  },
  "nbformat": 4,
  "nbformat_minor": 5
}
''')

C("devcontainer.json", "shell commands in lifecycle hooks", r'''
{
  "name": "api-dev",
  "image": "mcr.microsoft.com/devcontainers/python:3.12",
  "features": {
    "ghcr.io/devcontainers/features/node:1": { "version": "20" },
    "ghcr.io/devcontainers/features/docker-in-docker:2": {}
  },
  "forwardPorts": [8000, 5432],
  "postCreateCommand": "pip install -r requirements-dev.txt && npm ci --prefix web && pre-commit install",
  "postStartCommand": "docker compose up -d db && until pg_isready -h localhost -p 5432; do sleep 1; done",
  "customizations": {
    "vscode": {
      "extensions": ["ms-python.python", "charliermarsh.ruff", "dbaeumer.vscode-eslint"],
      "settings": {
        "python.defaultInterpreterPath": "/usr/local/bin/python",
        "editor.formatOnSave": true,
        "[python]": { "editor.defaultFormatter": "charliermarsh.ruff" }
      }
    }
  },
  "remoteEnv": {
    "DATABASE_URL": "postgresql://postgres:postgres@localhost:5432/app",
    "PYTHONPATH": "${containerWorkspaceFolder}/src"
  }
}
''')

C("vscode_tasks.json", "shell command lines and a problem-matcher regex", r'''
{
  "version": "2.0.0",
  "tasks": [
    {
      "label": "test: current file",
      "type": "shell",
      "command": "pytest -q ${file} -k \"${input:testFilter}\" --maxfail=1",
      "group": "test",
      "problemMatcher": []
    },
    {
      "label": "db: psql",
      "type": "shell",
      "command": "docker compose exec db psql -U postgres -d app -c \"SELECT now(), count(*) FROM users;\"",
      "problemMatcher": []
    },
    {
      "label": "build: web",
      "type": "shell",
      "command": "cd web && npm run build 2>&1 | tee build.log; test ${PIPESTATUS[0]} -eq 0",
      "group": { "kind": "build", "isDefault": true },
      "problemMatcher": {
        "owner": "typescript",
        "fileLocation": ["relative", "${workspaceFolder}/web"],
        "pattern": {
          "regexp": "^(.*)\\((\\d+),(\\d+)\\): (error|warning) (TS\\d+): (.*)$",
          "file": 1,
          "line": 2,
          "column": 3,
          "severity": 4,
          "code": 5,
          "message": 6
        }
      }
    }
  ],
  "inputs": [
    { "id": "testFilter", "type": "promptString", "description": "pytest -k expression", "default": "" }
  ]
}
''')
