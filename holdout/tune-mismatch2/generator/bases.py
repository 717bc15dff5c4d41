"""Every text of the tune-mismatch2 corpus, written out literally.

Two lists are filled by the calls below:

* MISMATCH -- content of one language saved under the extension of another.
  They are written to <root>/language-mismatch/<file>.
* CLEAN    -- valid files of the implied language that embed or resemble
  another language. They are written to <root>/clean/<file>.

M(file, content_language, note, text) / C(file, content_language, note, text).
A single leading newline of `text` is dropped (so a literal can start on its
own line); nothing else is changed. Texts that end without a final newline do
so on purpose (the model output was cut off).

The notes use these words where they apply:
  "partial"                      the content stops mid-file
  "broken"                       the content has an error of its own language
  "starts with a valid-Y line"   the first line(s) are also valid in the
                                 language the extension implies
"""

MISMATCH = []
CLEAN = []


def _text(text):
    if text.startswith("\n"):
        text = text[1:]
    return text


def _ext(file):
    return file.rsplit(".", 1)[1]


def M(file, content_language, note, text):
    MISMATCH.append(
        {
            "folder": "language-mismatch",
            "file": file,
            "implied_ext": _ext(file),
            "content_language": content_language,
            "note": note,
            "text": _text(text),
        }
    )


def C(file, content_language, note, text):
    CLEAN.append(
        {
            "folder": "clean",
            "file": file,
            "implied_ext": _ext(file),
            "content_language": content_language,
            "note": note,
            "text": _text(text),
        }
    )


# ---------------------------------------------------------------------------
# language-mismatch: .ts / .tsx
# ---------------------------------------------------------------------------

M("go_http_handler_as.ts", "Go", "full; gofmt tabs", r"""
package handlers

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"
)

type Invoice struct {
	ID       int64   `json:"id"`
	Customer string  `json:"customer"`
	Total    float64 `json:"total"`
	Paid     bool    `json:"paid"`
}

type InvoiceStore interface {
	Get(id int64) (*Invoice, error)
}

func GetInvoice(store InvoiceStore) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
		if err != nil {
			http.Error(w, "invalid invoice id", http.StatusBadRequest)
			return
		}
		inv, err := store.Get(id)
		if err != nil {
			http.Error(w, err.Error(), http.StatusNotFound)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(inv)
	}
}
""")

M("rust_rate_limiter_as.ts", "Rust", "starts with a valid-Y line (//! doc comment is a TS comment)", r"""
//! Token-bucket rate limiter used by the API gateway.
use std::collections::HashMap;
use std::time::Instant;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity: u32,
    tokens: f64,
    refill_per_sec: f64,
    last_refill: Instant,
}

impl TokenBucket {
    pub fn new(capacity: u32, refill_per_sec: f64) -> Self {
        Self {
            capacity,
            tokens: capacity as f64,
            refill_per_sec,
            last_refill: Instant::now(),
        }
    }

    pub fn try_acquire(&mut self) -> bool {
        let elapsed = self.last_refill.elapsed().as_secs_f64();
        self.tokens = (self.tokens + elapsed * self.refill_per_sec).min(self.capacity as f64);
        self.last_refill = Instant::now();
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

pub struct Limiter {
    buckets: HashMap<String, TokenBucket>,
}
""")

M("csharp_orders_controller_as.ts", "C#", "full; ASP.NET Core controller", r"""
using Microsoft.AspNetCore.Mvc;
using OrderService.Models;
using OrderService.Services;

namespace OrderService.Controllers;

[ApiController]
[Route("api/[controller]")]
public class OrdersController : ControllerBase
{
    private readonly IOrderRepository _orders;
    private readonly ILogger<OrdersController> _logger;

    public OrdersController(IOrderRepository orders, ILogger<OrdersController> logger)
    {
        _orders = orders;
        _logger = logger;
    }

    [HttpGet("{id:int}")]
    public async Task<ActionResult<OrderDto>> GetById(int id)
    {
        var order = await _orders.FindAsync(id);
        if (order is null)
        {
            _logger.LogWarning("Order {OrderId} not found", id);
            return NotFound();
        }
        return Ok(OrderDto.From(order));
    }

    [HttpPost]
    public async Task<IActionResult> Create([FromBody] CreateOrderRequest request)
    {
        var created = await _orders.AddAsync(request.ToEntity());
        return CreatedAtAction(nameof(GetById), new { id = created.Id }, created);
    }
}
""")

M("fastapi_inventory_as.ts", "Python (FastAPI)", "full", r'''
from typing import Optional

from fastapi import FastAPI, HTTPException, Query
from pydantic import BaseModel, Field

app = FastAPI(title="Inventory API", version="0.3.0")


class Item(BaseModel):
    sku: str = Field(..., min_length=3)
    name: str
    quantity: int = 0
    price: float


_db: dict[str, Item] = {}


@app.get("/items")
async def list_items(limit: int = Query(50, le=200), q: Optional[str] = None):
    items = list(_db.values())
    if q:
        items = [i for i in items if q.lower() in i.name.lower()]
    return items[:limit]


@app.post("/items", status_code=201)
async def create_item(item: Item):
    if item.sku in _db:
        raise HTTPException(status_code=409, detail="SKU already exists")
    _db[item.sku] = item
    return item
''')

M("ecr_deploy_script_as.ts", "Bash", "starts with a valid-Y line (a #! shebang is allowed on line 1 of a TS file)", r"""
#!/usr/bin/env bash
set -euo pipefail

APP_NAME="billing-api"
REGION="${AWS_REGION:-eu-west-1}"
IMAGE_TAG="$(git rev-parse --short HEAD)"

echo "==> Building ${APP_NAME}:${IMAGE_TAG}"
docker build -t "${APP_NAME}:${IMAGE_TAG}" .

ACCOUNT_ID=$(aws sts get-caller-identity --query Account --output text)
REPO="${ACCOUNT_ID}.dkr.ecr.${REGION}.amazonaws.com/${APP_NAME}"

aws ecr get-login-password --region "$REGION" | docker login --username AWS --password-stdin "$REPO"
docker tag "${APP_NAME}:${IMAGE_TAG}" "${REPO}:${IMAGE_TAG}"
docker push "${REPO}:${IMAGE_TAG}"

if [[ "${1:-}" == "--deploy" ]]; then
  aws ecs update-service --cluster prod --service "$APP_NAME" --force-new-deployment >/dev/null
  echo "==> Deployment triggered"
fi
""")

M("kotlin_cart_data_class_as.ts", "Kotlin", "full; short", r"""
package com.example.shop.model

import kotlinx.serialization.Serializable

@Serializable
data class CartItem(val productId: String, val quantity: Int, val unitPrice: Double)

fun List<CartItem>.total(): Double = sumOf { it.quantity * it.unitPrice }

fun main() {
    val cart = listOf(CartItem("p-1", 2, 9.99), CartItem("p-7", 1, 24.50))
    println("Total: %.2f".format(cart.total()))
}
""")

M("spring_invoice_service_as.tsx", "Java (Spring)", "full", r"""
package com.acme.billing.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.acme.billing.domain.Invoice;
import com.acme.billing.repository.InvoiceRepository;

@Service
public class InvoiceService {

    private final InvoiceRepository repository;

    public InvoiceService(InvoiceRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public Optional<Invoice> findById(Long id) {
        return repository.findById(id);
    }

    @Transactional
    public Invoice markPaid(Long id) {
        Invoice invoice = repository.findById(id)
                .orElseThrow(() -> new IllegalArgumentException("No invoice " + id));
        invoice.setStatus(Invoice.Status.PAID);
        return repository.save(invoice);
    }

    public BigDecimal outstandingTotal(List<Invoice> invoices) {
        return invoices.stream()
                .filter(i -> i.getStatus() != Invoice.Status.PAID)
                .map(Invoice::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
""")

M("pandas_sales_report_as.ts", "Python (pandas)", "partial (cut off inside a call, no final newline)", r'''
import pandas as pd
import numpy as np


def load_sales(path: str) -> pd.DataFrame:
    df = pd.read_csv(path, parse_dates=["order_date"])
    df["revenue"] = df["quantity"] * df["unit_price"]
    df = df.dropna(subset=["region"])
    return df


def monthly_summary(df: pd.DataFrame) -> pd.DataFrame:
    summary = (
        df.groupby([pd.Grouper(key="order_date", freq="M"), "region"])
        .agg(orders=("order_id", "nunique"), revenue=("revenue", "sum"))
        .reset_index()
    )
    summary["avg_order_value"] = np.where(
        summary["orders"] > 0, summary["revenue"] / summary["orders"], 0
    )
    return summary


def top_products(df: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    return (
        df.groupby("product_name")["revenue"]
        .sum()
        .sort_values(ascending=False)
        .head(n)
        .to_frame(''')

M("bookstore_graphql_schema_as.ts", "GraphQL SDL", "full; type/enum/input blocks resemble TS declarations", r'''
"""
Schema for the bookstore service.
"""
scalar DateTime

enum OrderStatus {
  PENDING
  SHIPPED
  DELIVERED
  CANCELLED
}

type Author {
  id: ID!
  name: String!
  books(first: Int = 10): [Book!]!
}

type Book {
  id: ID!
  title: String!
  isbn: String
  author: Author!
  publishedAt: DateTime
}

type Query {
  book(id: ID!): Book
  books(search: String, first: Int = 20, after: String): [Book!]!
  author(id: ID!): Author
}

input PlaceOrderInput {
  bookIds: [ID!]!
  shippingAddress: String!
}

type Mutation {
  placeOrder(input: PlaceOrderInput!): OrderStatus!
}
''')

M("payments_protobuf_as.ts", "Protobuf", "full", r"""
syntax = "proto3";

package payments.v1;

option go_package = "github.com/acme/payments/gen/paymentsv1";

import "google/protobuf/timestamp.proto";

message Charge {
  string id = 1;
  int64 amount_cents = 2;
  string currency = 3;
  google.protobuf.Timestamp created_at = 4;
}

service PaymentService {
  rpc CreateCharge(CreateChargeRequest) returns (Charge);
  rpc GetCharge(GetChargeRequest) returns (Charge);
}

message CreateChargeRequest { int64 amount_cents = 1; string currency = 2; }
message GetChargeRequest { string id = 1; }
""")

M("postgres_orders_migration_as.ts", "SQL (PostgreSQL)", "starts with a valid-Y line (// file-name comment)", r"""
// migrations/20240611120000_create_orders.ts
CREATE TABLE IF NOT EXISTS orders (
    id BIGSERIAL PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'paid', 'shipped', 'cancelled')),
    total_cents INTEGER NOT NULL CHECK (total_cents >= 0),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX idx_orders_customer_id ON orders (customer_id);
CREATE INDEX idx_orders_status_created ON orders (status, created_at DESC);

CREATE OR REPLACE FUNCTION touch_updated_at() RETURNS trigger AS $$
BEGIN
    NEW.updated_at = now();
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER orders_touch_updated_at
    BEFORE UPDATE ON orders
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
""")

M("laravel_project_model_as.ts", "PHP (Laravel)", "full", r"""
<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Factories\HasFactory;
use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;
use Illuminate\Database\Eloquent\Relations\HasMany;

class Project extends Model
{
    use HasFactory;

    protected $fillable = ['name', 'description', 'owner_id', 'archived_at'];

    protected $casts = [
        'archived_at' => 'datetime',
        'settings' => 'array',
    ];

    public function owner(): BelongsTo
    {
        return $this->belongsTo(User::class, 'owner_id');
    }

    public function tasks(): HasMany
    {
        return $this->hasMany(Task::class);
    }

    public function scopeActive($query)
    {
        return $query->whereNull('archived_at');
    }
}
""")

M("pricing_page_html_as.tsx", "HTML", "full; markup looks JSX-like", r"""
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <title>Pricing — Acme Cloud</title>
  <link rel="stylesheet" href="styles.css">
</head>
<body>
  <header class="site-header">
    <nav>
      <a href="/" class="logo">Acme Cloud</a>
      <ul>
        <li><a href="/features">Features</a></li>
        <li><a href="/pricing" class="active">Pricing</a></li>
        <li><a href="/login">Log in</a></li>
      </ul>
    </nav>
  </header>
  <main>
    <section class="plans">
      <div class="plan">
        <h2>Starter</h2>
        <p class="price">$9<span>/mo</span></p>
        <button onclick="selectPlan('starter')">Choose</button>
      </div>
      <div class="plan featured">
        <h2>Team</h2>
        <p class="price">$29<span>/mo</span></p>
        <button onclick="selectPlan('team')">Choose</button>
      </div>
    </section>
  </main>
  <script src="app.js"></script>
</body>
</html>
""")

M("card_styles_scss_as.tsx", "SCSS", "full", r"""
$card-radius: 12px;
$shadow: 0 2px 8px rgba(0, 0, 0, 0.08);

.card {
  border-radius: $card-radius;
  box-shadow: $shadow;
  padding: 1.5rem;
  background: #fff;

  &__title {
    font-size: 1.25rem;
    font-weight: 600;
    margin-bottom: 0.5rem;
  }

  &:hover {
    box-shadow: 0 4px 16px rgba(0, 0, 0, 0.12);
  }

  @media (max-width: 640px) {
    padding: 1rem;
  }
}
""")

M("rails_subscription_model_as.ts", "Ruby (Rails)", "full", r"""
class Subscription < ApplicationRecord
  belongs_to :account
  has_many :invoices, dependent: :destroy

  enum status: { trialing: 0, active: 1, past_due: 2, canceled: 3 }

  validates :plan, presence: true, inclusion: { in: %w[basic pro enterprise] }
  validates :seats, numericality: { greater_than: 0 }

  scope :renewing_soon, -> { active.where(renews_at: ..7.days.from_now) }

  def cancel!(reason: nil)
    transaction do
      update!(status: :canceled, canceled_at: Time.current, cancel_reason: reason)
      invoices.open.each(&:void!)
    end
  end

  def monthly_price
    PRICES.fetch(plan) * seats
  end
end
""")

M("tsconfig_json_as.ts", "JSON (tsconfig)", "full; short", r"""
{
  "compilerOptions": {
    "target": "ES2022",
    "module": "NodeNext",
    "moduleResolution": "NodeNext",
    "strict": true,
    "esModuleInterop": true,
    "skipLibCheck": true,
    "outDir": "dist",
    "rootDir": "src",
    "declaration": true
  },
  "include": ["src/**/*"],
  "exclude": ["node_modules", "dist"]
}
""")

M("date_utils_readme_as.ts", "Markdown", "full; short; contains a ts code fence", r"""
# date-range-utils

Small helpers for working with inclusive date ranges in TypeScript.

## Installation

    npm install date-range-utils

## Usage

```ts
import { overlaps } from "date-range-utils";
overlaps({ start: a, end: b }, { start: c, end: d });
```

MIT licensed.
""")

M("node_multistage_dockerfile_as.ts", "Dockerfile", "full; short", r"""
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/dist ./dist
COPY --from=build /app/node_modules ./node_modules
CMD ["node", "dist/server.js"]
""")

M("csharp_appointment_validator_as.tsx", "C#", "partial (cut off inside an if condition, no final newline)", r"""
using System.ComponentModel.DataAnnotations;

namespace Clinic.Api.Contracts;

public record AppointmentRequest(
    [Required] Guid PatientId,
    [Required] Guid DoctorId,
    DateTimeOffset StartsAt,
    int DurationMinutes = 30);

public sealed class AppointmentValidator
{
    private static readonly TimeSpan MaxDuration = TimeSpan.FromHours(2);

    public IEnumerable<string> Validate(AppointmentRequest request)
    {
        if (request.StartsAt < DateTimeOffset.UtcNow)
            yield return "Appointment must be in the future.";
        if (request.DurationMinutes <= 0 || TimeSpan.FromMinutes(request.DurationMinutes) > MaxDuration)
            yield return $"Duration must be between 1 and {MaxDuration.TotalMinutes} minutes.";
        if (request.StartsAt.Hour is < 8 or >= 18""")

M("k8s_worker_deployment_as.ts", "YAML (Kubernetes)", "starts with a valid-Y line (// comment)", r"""
// Kubernetes deployment for the queue worker
apiVersion: apps/v1
kind: Deployment
metadata:
  name: queue-worker
  labels:
    app: queue-worker
spec:
  replicas: 3
  selector:
    matchLabels:
      app: queue-worker
  template:
    metadata:
      labels:
        app: queue-worker
    spec:
      containers:
        - name: worker
          image: ghcr.io/acme/queue-worker:1.8.2
          args: ["--concurrency", "8"]
          envFrom:
            - secretRef:
                name: worker-secrets
          resources:
            requests: { cpu: 250m, memory: 256Mi }
            limits: { cpu: "1", memory: 512Mi }
""")

M("pytest_discount_as.ts", "Python (pytest)", "broken (missing colon after a def; still Python)", r'''
import pytest

from app.pricing import apply_discount


@pytest.mark.parametrize(
    "price, pct, expected",
    [(100.0, 10, 90.0), (59.99, 0, 59.99), (20.0, 100, 0.0)],
)
def test_apply_discount(price, pct, expected):
    assert apply_discount(price, pct) == pytest.approx(expected)


def test_rejects_negative_percentage()
    with pytest.raises(ValueError):
        apply_discount(10.0, -5)
''')

# ---------------------------------------------------------------------------
# language-mismatch: .json
# ---------------------------------------------------------------------------

M("python_export_settings_dict_as.json", "Python (dict literal)", "starts with a valid-Y line ({); single quotes, True/None, tuple, trailing commas", r'''
{
    'name': 'nightly-export',
    'enabled': True,
    'schedule': '0 2 * * *',
    'retries': 3,
    'timeout_seconds': None,
    'targets': [
        {'bucket': 'exports-prod', 'prefix': 'daily/', 'compress': True},
        {'bucket': 'exports-archive', 'prefix': 'cold/', 'compress': False},
    ],
    'notify': ('ops@example.com', 'data@example.com'),
}
''')

M("github_ci_workflow_as.json", "YAML (GitHub Actions)", "full", r"""
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
        python-version: ["3.10", "3.11", "3.12"]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: ${{ matrix.python-version }}
          cache: pip
      - run: pip install -r requirements-dev.txt
      - run: pytest -q --cov=src
""")

M("terraform_s3_bucket_as.json", "HCL (Terraform)", "full", r"""
terraform {
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
  bucket = "${var.project}-assets-${var.env}"

  tags = {
    Project     = var.project
    Environment = var.env
  }
}

resource "aws_s3_bucket_versioning" "assets" {
  bucket = aws_s3_bucket.assets.id
  versioning_configuration {
    status = "Enabled"
  }
}

output "bucket_arn" {
  value = aws_s3_bucket.assets.arn
}
""")

M("eslintrc_module_exports_as.json", "JavaScript (CommonJS config)", "full", r"""
module.exports = {
  root: true,
  parser: '@typescript-eslint/parser',
  plugins: ['@typescript-eslint', 'import'],
  extends: [
    'eslint:recommended',
    'plugin:@typescript-eslint/recommended',
    'prettier',
  ],
  rules: {
    'no-console': ['warn', { allow: ['warn', 'error'] }],
    '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    'import/order': ['error', { 'newlines-between': 'always' }],
  },
  ignorePatterns: ['dist/', 'coverage/'],
};
""")

M("logtail_cargo_toml_as.json", "TOML (Cargo.toml)", "full", r"""
[package]
name = "logtail"
version = "0.4.1"
edition = "2021"
description = "Follow and filter structured log files"
license = "MIT OR Apache-2.0"

[dependencies]
clap = { version = "4.5", features = ["derive"] }
serde = { version = "1", features = ["derive"] }
serde_json = "1"
notify = "6.1"
anyhow = "1"

[dev-dependencies]
assert_cmd = "2"
tempfile = "3"

[profile.release]
lto = true
codegen-units = 1
""")

M("setup_cfg_ini_as.json", "INI (setup.cfg)", "full", r"""
[metadata]
name = acme-scheduler
version = attr: acme_scheduler.__version__
description = Cron-style job scheduler for internal services
long_description = file: README.md
long_description_content_type = text/markdown

[options]
packages = find:
python_requires = >=3.9
install_requires =
    croniter>=1.4
    pydantic>=2.0

[options.entry_points]
console_scripts =
    acme-scheduler = acme_scheduler.cli:main

[flake8]
max-line-length = 100
""")

M("ledger_pom_xml_as.json", "XML (Maven pom.xml)", "partial (cut off inside a closing tag, no final newline)", r"""
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
    <groupId>com.acme</groupId>
    <artifactId>ledger-service</artifactId>
    <version>0.1.0-SNAPSHOT</version>
    <properties>
        <java.version>17</java.version>
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
        </dep""")

M("user_api_types_as.json", "TypeScript (type declarations)", "full; short", r"""
export interface User {
  id: string;
  email: string;
  displayName?: string;
  roles: Role[];
  createdAt: string;
}

export type Role = "admin" | "editor" | "viewer";

export interface Paginated<T> {
  items: T[];
  total: number;
  nextCursor: string | null;
}

export type UserListResponse = Paginated<User>;
""")

M("mysql_seed_inserts_as.json", "SQL (MySQL)", "full; short", r"""
-- Seed data for local development
INSERT INTO countries (code, name, currency) VALUES
  ('DE', 'Germany', 'EUR'),
  ('FR', 'France', 'EUR'),
  ('GB', 'United Kingdom', 'GBP'),
  ('JP', 'Japan', 'JPY'),
  ('US', 'United States', 'USD');

INSERT INTO plans (slug, name, monthly_price_cents, max_users) VALUES
  ('free', 'Free', 0, 3),
  ('team', 'Team', 2900, 25),
  ('business', 'Business', 9900, NULL);

UPDATE plans SET is_default = 1 WHERE slug = 'free';
""")

M("webhooks_doc_markdown_as.json", "Markdown", "full; contains a json code fence", r"""
# Webhooks

Acme sends a `POST` request to your endpoint whenever an event occurs.

## Payload

```json
{
  "id": "evt_01HZX3",
  "type": "invoice.paid",
  "created": 1718000000,
  "data": { "invoice_id": "inv_883", "amount": 4200 }
}
```

## Verifying signatures

Every request includes an `Acme-Signature` header. Compute an HMAC-SHA256 of the
raw body with your signing secret and compare it in constant time.

| Header | Description |
| ------ | ----------- |
| `Acme-Signature` | Hex-encoded HMAC of the body |
| `Acme-Timestamp` | Unix time the event was sent |

Respond with `2xx` within 10 seconds, otherwise the delivery is retried.
""")

M("next_config_esm_as.json", "JavaScript (ES module config)", "full; short", r"""
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  images: {
    remotePatterns: [{ protocol: 'https', hostname: 'cdn.acme.dev' }],
  },
  async redirects() {
    return [{ source: '/docs', destination: '/docs/intro', permanent: true }];
  },
};

export default nextConfig;
""")

M("local_dotenv_as.json", "dotenv", "full; short", r"""
# Local development
DATABASE_URL=postgres://app:app@localhost:5432/app_dev
REDIS_URL=redis://localhost:6379/0
SECRET_KEY=change-me
DEBUG=true
ALLOWED_HOSTS=localhost,127.0.0.1
SENTRY_DSN=
LOG_LEVEL=debug
""")

M("github_issues_graphql_query_as.json", "GraphQL (query)", "starts with a valid-Y line ({ of an anonymous query)", r"""
{
  repository(owner: "acme", name: "gencheck") {
    name
    stargazerCount
    issues(first: 5, states: OPEN, orderBy: { field: CREATED_AT, direction: DESC }) {
      totalCount
      nodes {
        number
        title
        author {
          login
        }
        labels(first: 3) {
          nodes {
            name
          }
        }
      }
    }
  }
}
""")

M("notes_openapi_yaml_as.json", "YAML (OpenAPI)", "partial (cut off mid-key, no final newline)", r"""
openapi: 3.0.3
info:
  title: Notes API
  version: 1.2.0
  description: Simple CRUD service for personal notes.
servers:
  - url: https://api.notes.example.com/v1
paths:
  /notes:
    get:
      summary: List notes
      parameters:
        - in: query
          name: tag
          schema:
            type: string
      responses:
        "200":
          description: A list of notes
          content:
            application/json:
              schema:
                type: array
                items:
                  $ref: "#/components/schemas/Note"
    post:
      summary: Create a note
      requestBody:
        required: true
        content:
          application/js""")

M("orders_export_csv_as.json", "CSV", "full; short", r"""
order_id,customer_email,order_date,status,total
10231,ana.silva@example.com,2024-05-02,shipped,84.50
10232,j.mueller@example.com,2024-05-02,pending,12.99
10233,kim.h@example.com,2024-05-03,shipped,230.00
10234,"o'brien, pat",2024-05-03,cancelled,0.00
10235,lee.wong@example.com,2024-05-04,shipped,47.25
10236,sara.k@example.com,2024-05-04,refunded,19.90
10237,mo.ali@example.com,2024-05-05,shipped,64.00
10238,t.nguyen@example.com,2024-05-05,pending,105.75
""")

M("spring_application_properties_as.json", "Java properties", "full", r"""
# Server
server.port=8081
server.servlet.context-path=/api

# Datasource
spring.datasource.url=jdbc:postgresql://localhost:5432/ledger
spring.datasource.username=ledger
spring.datasource.password=${DB_PASSWORD}
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false

# Logging
logging.level.root=INFO
logging.level.com.acme.ledger=DEBUG
management.endpoints.web.exposure.include=health,info,prometheus
""")

M("laravel_mail_config_as.json", "PHP (config array)", "full", r"""
<?php

return [
    'default' => env('MAIL_MAILER', 'smtp'),

    'mailers' => [
        'smtp' => [
            'transport' => 'smtp',
            'host' => env('MAIL_HOST', 'smtp.mailgun.org'),
            'port' => env('MAIL_PORT', 587),
            'encryption' => env('MAIL_ENCRYPTION', 'tls'),
            'username' => env('MAIL_USERNAME'),
            'password' => env('MAIL_PASSWORD'),
            'timeout' => null,
        ],
        'log' => [
            'transport' => 'log',
            'channel' => env('MAIL_LOG_CHANNEL'),
        ],
    ],

    'from' => [
        'address' => env('MAIL_FROM_ADDRESS', 'hello@example.com'),
        'name' => env('MAIL_FROM_NAME', 'Example'),
    ],
];
""")

M("shop_nginx_server_as.json", "nginx config", "partial (cut off mid-directive, no final newline)", r"""
server {
    listen 80;
    server_name shop.example.com;
    return 301 https://$host$request_uri;
}

server {
    listen 443 ssl http2;
    server_name shop.example.com;

    ssl_certificate     /etc/letsencrypt/live/shop.example.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/shop.example.com/privkey.pem;

    location /static/ {
        alias /srv/shop/static/;
        expires 30d;
    }

    location / {
        proxy_pass http://127.0.0.1:8000;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto""")

M("campaign_payload_script_as.json", "Python (requests script)", "broken (stray quote inside a string; still Python)", r'''
import json
import requests

API_URL = "https://api.example.com/v2/campaigns"

payload = {
    "name": "Spring launch",
    "channel": "email",
    "audience": {"segment_id": 4821, "exclude_unsubscribed": True},
    "schedule": {"send_at": "2024-04-02T09:00:00Z", "timezone": "Europe/Berlin"},
    "variants": [
        {"subject": "Something new is here", "weight": 50},
        {"subject": "Meet our spring collection, "weight": 50},
    ],
}

resp = requests.post(API_URL, json=payload, headers={"Authorization": f"Bearer {TOKEN}"})
resp.raise_for_status()
print(json.dumps(resp.json(), indent=2))
''')

# ---------------------------------------------------------------------------
# language-mismatch: .yml / .yaml
# ---------------------------------------------------------------------------

M("production_dotenv_as.yml", "dotenv", "starts with a valid-Y line (# comment); YAML may read the rest as one plain scalar", r"""
# .env.production
APP_ENV=production
APP_PORT=8080
DATABASE_URL=postgres://billing:s3cret@db.internal:5432/billing
REDIS_URL=redis://cache.internal:6379/1
JWT_SECRET=
JWT_TTL_MINUTES=30
FEATURE_NEW_CHECKOUT=false
LOG_FORMAT=json
""")

M("tox_ini_as.yml", "INI (tox.ini)", "full", r"""
[tox]
envlist = py310, py311, py312, lint
isolated_build = true

[testenv]
deps =
    pytest>=8
    pytest-cov
commands = pytest --cov=acme {posargs}

[testenv:lint]
skip_install = true
deps = ruff
commands =
    ruff check src tests
    ruff format --check src tests
""")

M("backup_operator_readme_as.yml", "Markdown", "starts with a valid-Y line (# heading is a YAML comment); contains a yaml fence", r"""
# k8s-backup-operator

Backs up PersistentVolumeClaims to S3-compatible storage on a schedule.

## Features

- Cron-style schedules per namespace
- Incremental snapshots with restic
- Prometheus metrics for every run

## Quick start

1. Install the CRDs: `kubectl apply -f deploy/crds.yaml`
2. Create a credentials secret for your bucket.
3. Apply a `BackupPolicy`:

   ```yaml
   apiVersion: backup.acme.io/v1
   kind: BackupPolicy
   metadata:
     name: nightly
   spec:
     schedule: "0 3 * * *"
   ```

## License

Apache-2.0
""")

M("gateway_makefile_as.yml", "Makefile", "starts with a valid-Y line (.PHONY: ... reads as a YAML mapping); tab-indented recipes", r"""
.PHONY: build test lint clean docker

BINARY := bin/gateway
VERSION ?= $(shell git describe --tags --always)
LDFLAGS := -X main.version=$(VERSION)

build:
	go build -ldflags "$(LDFLAGS)" -o $(BINARY) ./cmd/gateway

test:
	go test -race -count=1 ./...

lint:
	golangci-lint run ./...

docker: build
	docker build -t acme/gateway:$(VERSION) .

clean:
	rm -rf bin/ coverage.out
""")

M("nginx_main_conf_as.yaml", "nginx config", "full", r"""
worker_processes auto;

events {
    worker_connections 1024;
}

http {
    include       mime.types;
    sendfile      on;
    keepalive_timeout 65;
    gzip on;
    gzip_types text/css application/javascript application/json;

    upstream app {
        server app1:3000;
        server app2:3000;
    }

    server {
        listen 8080;
        location /healthz { return 200 "ok"; }
        location / {
            proxy_pass http://app;
            proxy_http_version 1.1;
        }
    }
}
""")

M("s3_deploy_script_as.yml", "Bash", "starts with a valid-Y line (# file-name comment)", r"""
# deploy workflow
set -euo pipefail

ENVIRONMENT="${1:-staging}"
echo "Deploying to ${ENVIRONMENT}..."

npm ci
npm run build

if [ "$ENVIRONMENT" = "production" ]; then
  aws s3 sync ./dist "s3://acme-web-prod" --delete
  aws cloudfront create-invalidation --distribution-id "$CF_DIST_ID" --paths "/*"
else
  aws s3 sync ./dist "s3://acme-web-staging" --delete
fi

echo "Done."
""")

M("terraform_vpc_module_as.yaml", "HCL (Terraform)", "full", r"""
variable "environment" {
  type    = string
  default = "staging"
}

module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.5.0"

  name = "main-${var.environment}"
  cidr = "10.20.0.0/16"

  azs             = ["eu-central-1a", "eu-central-1b"]
  private_subnets = ["10.20.1.0/24", "10.20.2.0/24"]
  public_subnets  = ["10.20.101.0/24", "10.20.102.0/24"]

  enable_nat_gateway = true
  single_nat_gateway = var.environment != "production"
}
""")

M("django_dockerfile_as.yml", "Dockerfile", "full; short; YAML may read it as one plain scalar", r"""
FROM python:3.12-slim
WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
RUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
EXPOSE 8000
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "config.wsgi:application"]
""")

M("invoice_parser_pyproject_as.yaml", "TOML (pyproject.toml)", "full; short", r"""
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "invoice-parser"
version = "0.2.0"
requires-python = ">=3.10"
dependencies = ["pdfplumber>=0.10", "pydantic>=2"]

[project.scripts]
invoice-parser = "invoice_parser.cli:main"

[tool.ruff]
line-length = 100
""")

M("notification_service_properties_as.yml", "Java properties", "full; short; YAML may read it as one plain scalar", r"""
spring.application.name=notification-service
server.port=8085
spring.kafka.bootstrap-servers=kafka:9092
spring.kafka.consumer.group-id=notifications
spring.kafka.consumer.auto-offset-reset=earliest
spring.mail.host=smtp.sendgrid.net
spring.mail.port=587
spring.mail.properties.mail.smtp.starttls.enable=true
notification.retry.max-attempts=5
notification.retry.backoff-ms=2000
""")

M("snowflake_daily_revenue_as.yml", "SQL (Snowflake)", "full", r"""
-- Daily revenue rollup (Snowflake)
CREATE OR REPLACE TRANSIENT TABLE analytics.daily_revenue AS
SELECT
    DATE_TRUNC('day', o.created_at) AS order_day,
    o.region,
    COUNT(DISTINCT o.order_id) AS orders,
    SUM(oi.quantity * oi.unit_price) AS gross_revenue,
    SUM(IFF(o.status = 'refunded', oi.quantity * oi.unit_price, 0)) AS refunded
FROM raw.shop.orders o
JOIN raw.shop.order_items oi ON oi.order_id = o.order_id
WHERE o.created_at >= DATEADD(day, -90, CURRENT_DATE())
GROUP BY 1, 2;

ALTER TABLE analytics.daily_revenue CLUSTER BY (order_day);
GRANT SELECT ON TABLE analytics.daily_revenue TO ROLE reporter;
""")

M("orders_page_jinja_as.yml", "Jinja (HTML template)", "full", r"""
{% extends "base.html" %}

{% block title %}Orders — {{ customer.name }}{% endblock %}

{% block content %}
<h1>Orders for {{ customer.name }}</h1>
{% if orders %}
<table class="table">
  <thead><tr><th>#</th><th>Date</th><th>Total</th></tr></thead>
  <tbody>
  {% for order in orders %}
    <tr>
      <td>{{ order.number }}</td>
      <td>{{ order.created_at|date("Y-m-d") }}</td>
      <td>{{ "%.2f"|format(order.total) }}</td>
    </tr>
  {% endfor %}
  </tbody>
</table>
{% else %}
<p>No orders yet.</p>
{% endif %}
{% endblock %}
""")

M("django_settings_as.yaml", "Python (Django settings)", "partial (cut off inside a string, no final newline)", r'''
from pathlib import Path
import os

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "dev-insecure-key")
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "localhost").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "orders",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("POSTGRES_DB", "shop"),
        "USER": os.environ.get("POSTGRES_USER", "shop"),
        "HOST": os.environ.get("POSTGRES_HOST", "loc''')

M("azure_rg_deploy_powershell_as.yml", "PowerShell", "full", r"""
param(
    [Parameter(Mandatory = $true)]
    [string]$ResourceGroup,
    [string]$Location = "westeurope"
)

$ErrorActionPreference = "Stop"

Write-Host "Ensuring resource group $ResourceGroup in $Location"
$rg = Get-AzResourceGroup -Name $ResourceGroup -ErrorAction SilentlyContinue
if (-not $rg) {
    New-AzResourceGroup -Name $ResourceGroup -Location $Location | Out-Null
}

$templateFile = Join-Path $PSScriptRoot "main.bicep"
New-AzResourceGroupDeployment `
    -ResourceGroupName $ResourceGroup `
    -TemplateFile $templateFile `
    -Verbose
""")

M("ktor_build_gradle_kts_as.yml", "Kotlin (Gradle build script)", "full", r"""
plugins {
    kotlin("jvm") version "1.9.23"
    application
}

group = "com.acme"
version = "1.0.0"

repositories {
    mavenCentral()
}

dependencies {
    implementation("io.ktor:ktor-server-netty:2.3.10")
    implementation("ch.qos.logback:logback-classic:1.5.6")
    testImplementation(kotlin("test"))
}

application {
    mainClass.set("com.acme.ApplicationKt")
}
""")

M("button_styles_css_as.yaml", "CSS", "full; short", r"""
:root {
  --brand: #4f46e5;
  --radius: 8px;
}

.btn {
  display: inline-flex;
  align-items: center;
  padding: 0.5rem 1rem;
  border-radius: var(--radius);
  background: var(--brand);
  color: white;
}
""")

M("cart_rspec_as.yml", "Ruby (RSpec)", "starts with a valid-Y line (# frozen_string_literal: true is a YAML comment)", r"""
# frozen_string_literal: true

require "rails_helper"

RSpec.describe Cart do
  let(:cart) { described_class.new }
  let(:book) { build(:product, price_cents: 1_500) }

  describe "#add" do
    it "increases the item count" do
      expect { cart.add(book, quantity: 2) }.to change(cart, :item_count).by(2)
    end
  end

  describe "#total_cents" do
    it "sums line items" do
      cart.add(book, quantity: 3)
      expect(cart.total_cents).to eq(4_500)
    end
  end
end
""")

M("migration_guide_front_matter_as.yml", "Markdown (with YAML front matter)", "starts with a valid-Y line (--- front matter block is a YAML document)", r"""
---
title: "Migrating from v1 to v2"
date: 2024-03-18
tags: [upgrade, breaking-changes]
---

# Migrating from v1 to v2

Version 2 removes the deprecated `client.fetchAll()` helper and changes how
retries are configured.

## Retries

Previously you passed `retries: 3` to every call. In v2, configure it once:

```js
const client = new Client({ retry: { attempts: 3, backoff: "exponential" } });
```

## Removed APIs

- `fetchAll()` — use `list()` with pagination instead.
- `onError` callback — errors are now thrown as `ApiError`.
""")

M("ansible_inventory_ini_as.yml", "INI (Ansible inventory)", "full", r"""
[webservers]
web1.example.com ansible_host=10.0.1.11
web2.example.com ansible_host=10.0.1.12

[dbservers]
db1.example.com ansible_host=10.0.2.21 ansible_user=postgres

[production:children]
webservers
dbservers

[production:vars]
ansible_python_interpreter=/usr/bin/python3
ntp_server=time.example.com
""")

M("worker_csproj_as.yml", "XML (.csproj)", "full; YAML may read it as one plain scalar", r"""
<Project Sdk="Microsoft.NET.Sdk.Worker">

  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <UserSecretsId>dotnet-QueueWorker-5b1e2c9a</UserSecretsId>
  </PropertyGroup>

  <ItemGroup>
    <PackageReference Include="Azure.Messaging.ServiceBus" Version="7.17.5" />
    <PackageReference Include="Microsoft.Extensions.Hosting" Version="8.0.0" />
    <PackageReference Include="Serilog.Extensions.Hosting" Version="8.0.0" />
  </ItemGroup>

</Project>
""")

# ---------------------------------------------------------------------------
# language-mismatch: .sh
# ---------------------------------------------------------------------------

M("rotate_logs_python_shebang_as.sh", "Python (script with shebang)", "full; python3 shebang (a comment to sh)", r'''
#!/usr/bin/env python3
"""Rotate old log files into a dated archive directory."""
import argparse
import gzip
import shutil
from datetime import datetime, timedelta
from pathlib import Path


def rotate(log_dir: Path, days: int) -> int:
    cutoff = datetime.now() - timedelta(days=days)
    archive = log_dir / "archive" / datetime.now().strftime("%Y-%m-%d")
    archive.mkdir(parents=True, exist_ok=True)
    moved = 0
    for path in log_dir.glob("*.log"):
        if datetime.fromtimestamp(path.stat().st_mtime) < cutoff:
            with path.open("rb") as src, gzip.open(archive / (path.name + ".gz"), "wb") as dst:
                shutil.copyfileobj(src, dst)
            path.unlink()
            moved += 1
    return moved


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("log_dir", type=Path)
    parser.add_argument("--days", type=int, default=7)
    args = parser.parse_args()
    print(f"archived {rotate(args.log_dir, args.days)} files")
''')

M("s3_upload_python_as.sh", "Python (script without shebang)", "full; short", r'''
import os
import sys

import boto3

s3 = boto3.client("s3")
bucket = os.environ["BACKUP_BUCKET"]

for name in sys.argv[1:]:
    key = f"backups/{os.path.basename(name)}"
    s3.upload_file(name, bucket, key)
    print(f"uploaded {name} -> s3://{bucket}/{key}")
''')

M("github_stars_ruby_as.sh", "Ruby", "full; ruby shebang", r"""
#!/usr/bin/env ruby
require "json"
require "net/http"
require "optparse"

options = { limit: 10 }
OptionParser.new do |opts|
  opts.banner = "Usage: gh_stars.rb [options] USER"
  opts.on("-l", "--limit N", Integer, "How many repos to show") { |n| options[:limit] = n }
end.parse!

user = ARGV.fetch(0) { abort "missing USER" }
uri = URI("https://api.github.com/users/#{user}/repos?per_page=100")
repos = JSON.parse(Net::HTTP.get(uri))

repos.sort_by { |r| -r["stargazers_count"] }.first(options[:limit]).each do |repo|
  puts format("%-40s %6d", repo["name"], repo["stargazers_count"])
end
""")

M("artifact_cleanup_powershell_as.sh", "PowerShell", "full", r"""
<#
.SYNOPSIS
    Removes build artifacts older than a given number of days.
#>
[CmdletBinding()]
param(
    [string]$Path = "C:\build\artifacts",
    [int]$Days = 14
)

$cutoff = (Get-Date).AddDays(-$Days)
$old = Get-ChildItem -Path $Path -Recurse -File |
    Where-Object { $_.LastWriteTime -lt $cutoff }

foreach ($file in $old) {
    Write-Verbose "Deleting $($file.FullName)"
    Remove-Item -LiteralPath $file.FullName -Force
}

Write-Output ("Removed {0} files older than {1} days" -f $old.Count, $Days)
""")

M("mysql_dump_customers_as.sh", "SQL (MySQL dump)", "full; dump fragment", r"""
-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: shop
-- ------------------------------------------------------

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;

DROP TABLE IF EXISTS `customers`;
CREATE TABLE `customers` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `full_name` varchar(120) DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (1,'ana@example.com','Ana Silva','2024-01-05 10:11:12'),(2,'ben@example.com','Ben Okafor','2024-01-06 08:00:00');
UNLOCK TABLES;
""")

M("go_api_dockerfile_as.sh", "Dockerfile", "starts with a valid-Y line (# syntax= directive is a shell comment); sh may accept every line", r"""
# syntax=docker/dockerfile:1
FROM golang:1.22 AS builder
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/api ./cmd/api

FROM gcr.io/distroless/static-debian12
COPY --from=builder /out/api /api
USER nonroot:nonroot
EXPOSE 8080
ENTRYPOINT ["/api"]
""")

M("tinyhttp_makefile_as.sh", "Makefile", "full; tab-indented recipes, ifeq block", r"""
CC ?= gcc
CFLAGS := -Wall -Wextra -O2
SRC := $(wildcard src/*.c)
OBJ := $(SRC:src/%.c=build/%.o)

ifeq ($(OS),Windows_NT)
    TARGET := build/tinyhttp.exe
else
    TARGET := build/tinyhttp
endif

all: $(TARGET)

$(TARGET): $(OBJ)
	$(CC) $(CFLAGS) -o $@ $^

build/%.o: src/%.c | build
	$(CC) $(CFLAGS) -c $< -o $@

build:
	mkdir -p build

clean:
	rm -rf build

.PHONY: all clean
""")

M("status_counts_bash_header_python_as.sh", "Python", "starts with a valid-Y line (bash shebang and set -euo pipefail, then Python)", r'''
#!/usr/bin/env bash
set -euo pipefail

import csv
import sys
from collections import Counter

counts = Counter()
with open(sys.argv[1], newline="") as fh:
    for row in csv.DictReader(fh):
        counts[row["status"]] += 1

for status, n in counts.most_common():
    print(f"{status:<12} {n}")
''')

M("access_log_hits_perl_as.sh", "Perl", "full; perl shebang", r"""
#!/usr/bin/perl
use strict;
use warnings;

my %hits;
my $file = shift @ARGV or die "usage: $0 access.log\n";
open(my $fh, '<', $file) or die "cannot open $file: $!";

while (my $line = <$fh>) {
    next unless $line =~ m{^(\S+) \S+ \S+ \[[^\]]+\] "(?:GET|POST) (\S+)};
    $hits{$2}++;
}
close($fh);

for my $path (sort { $hits{$b} <=> $hits{$a} } keys %hits) {
    printf "%6d %s\n", $hits{$path}, $path;
}
""")

M("list_packages_node_as.sh", "JavaScript (Node script)", "full; node shebang", r"""
#!/usr/bin/env node
const fs = require('fs');
const path = require('path');

const dir = process.argv[2] || '.';
const pkgFiles = fs.readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => path.join(dir, d.name, 'package.json'))
  .filter((p) => fs.existsSync(p));

for (const file of pkgFiles) {
  const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
  const deps = Object.keys(pkg.dependencies || {}).length;
  console.log(`${pkg.name}@${pkg.version}: ${deps} dependencies`);
}
""")

M("release_workflow_yaml_as.sh", "YAML (GitHub Actions)", "full; contains a run: | block of shell", r"""
name: Release

on:
  push:
    tags: ["v*"]

permissions:
  contents: write

jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-go@v5
        with:
          go-version: "1.22"
      - name: Build binaries
        run: |
          GOOS=linux GOARCH=amd64 go build -o dist/tool-linux-amd64 ./cmd/tool
          GOOS=darwin GOARCH=arm64 go build -o dist/tool-darwin-arm64 ./cmd/tool
      - uses: softprops/action-gh-release@v2
        with:
          files: dist/*
""")

M("word_count_go_as.sh", "Go", "full; gofmt tabs", r"""
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	counts := make(map[string]int)
	for scanner.Scan() {
		for _, word := range strings.Fields(strings.ToLower(scanner.Text())) {
			counts[word]++
		}
	}
	if err := scanner.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "read error:", err)
		os.Exit(1)
	}
	for w, n := range counts {
		fmt.Printf("%s\t%d\n", w, n)
	}
}
""")

M("cmake_build_batch_as.sh", "Windows Batch", "full; sh may accept most lines", r"""
@echo off
setlocal enabledelayedexpansion

set BUILD_DIR=%~dp0build
set CONFIG=Release

if not exist "%BUILD_DIR%" mkdir "%BUILD_DIR%"
cd /d "%BUILD_DIR%"

cmake .. -G "Visual Studio 17 2022" -A x64
if errorlevel 1 goto :error

cmake --build . --config %CONFIG% --parallel
if errorlevel 1 goto :error

echo Build succeeded.
exit /b 0

:error
echo Build failed with error %errorlevel%.
exit /b 1
""")

M("docker_prune_python_as.sh", "Python", "partial (cut off inside a call, no final newline)", r'''
import subprocess
import json
from dataclasses import dataclass


@dataclass
class Container:
    name: str
    image: str
    status: str


def list_containers() -> list[Container]:
    out = subprocess.run(
        ["docker", "ps", "--all", "--format", "{{json .}}"],
        check=True, capture_output=True, text=True,
    ).stdout
    containers = []
    for line in out.splitlines():
        data = json.loads(line)
        containers.append(Container(data["Names"], data["Image"], data["Status"]))
    return containers


def prune_exited(containers):
    for c in containers:
        if c.status.startswith("Exited"):
            subprocess.run(["docker", "rm", c.na''')

M("postgres_api_compose_as.sh", "YAML (docker compose)", "full", r"""
services:
  db:
    image: postgres:16
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
  api:
    build: .
    ports:
      - "8000:8000"
    depends_on:
      db:
        condition: service_healthy
volumes:
  pgdata:
""")

M("archive_orders_tsql_as.sh", "SQL (T-SQL procedure)", "full", r"""
CREATE OR ALTER PROCEDURE dbo.usp_ArchiveOldOrders
    @CutoffDate DATE,
    @BatchSize INT = 5000
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @Moved INT = 1;

    WHILE @Moved > 0
    BEGIN
        BEGIN TRANSACTION;

        INSERT INTO archive.Orders (OrderId, CustomerId, OrderDate, Total)
        SELECT TOP (@BatchSize) OrderId, CustomerId, OrderDate, Total
        FROM dbo.Orders
        WHERE OrderDate < @CutoffDate;

        DELETE TOP (@BatchSize) FROM dbo.Orders
        WHERE OrderDate < @CutoffDate
          AND OrderId IN (SELECT OrderId FROM archive.Orders);

        SET @Moved = @@ROWCOUNT;
        COMMIT TRANSACTION;
    END
END;
GO
""")

M("provision_web_ansible_as.sh", "YAML (Ansible playbook)", "starts with a valid-Y line (# comment naming a .sh file)", r"""
# provision.sh — set up the web tier
---
- name: Provision web servers
  hosts: webservers
  become: true
  vars:
    app_user: deploy
  tasks:
    - name: Install packages
      ansible.builtin.apt:
        name: [nginx, python3-venv, git]
        state: present
        update_cache: true
    - name: Create app user
      ansible.builtin.user:
        name: "{{ app_user }}"
        shell: /bin/bash
    - name: Deploy nginx site
      ansible.builtin.template:
        src: templates/site.conf.j2
        dest: /etc/nginx/sites-available/app.conf
      notify: Reload nginx
  handlers:
    - name: Reload nginx
      ansible.builtin.service:
        name: nginx
        state: reloaded
""")

M("count_lines_php_cli_as.sh", "PHP (CLI script)", "full; php shebang", r"""
#!/usr/bin/env php
<?php

declare(strict_types=1);

$options = getopt('', ['dir:', 'ext::']);
$dir = $options['dir'] ?? getcwd();
$ext = $options['ext'] ?? 'php';

$iterator = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($dir));
$total = 0;

foreach ($iterator as $file) {
    if ($file->isFile() && $file->getExtension() === $ext) {
        $lines = count(file($file->getPathname()));
        $total += $lines;
        printf("%6d %s\n", $lines, $file->getPathname());
    }
}

echo "Total: {$total} lines\n";
""")

M("blob_backup_powershell_as.sh", "PowerShell", "partial (cut off after a backtick continuation, no final newline); starts with a valid-Y line (#Requires is a shell comment)", r"""
#Requires -Version 7.2
#Requires -Modules Az.Accounts, Az.Storage

param(
    [Parameter(Mandatory)][string]$StorageAccount,
    [string]$Container = "backups",
    [string]$Source = "./dumps"
)

Connect-AzAccount -Identity | Out-Null
$ctx = (Get-AzStorageAccount | Where-Object StorageAccountName -eq $StorageAccount).Context

Get-ChildItem -Path $Source -Filter *.bak | ForEach-Object {
    Set-AzStorageBlobContent -File $_.FullName `
        -Container $Container `
        -Blob ("{0}/{1}" -f (Get-Date -Format yyyy-MM-dd), $_.Name) `
        -Context $ctx -Force""")

M("composer_json_as.sh", "JSON (composer.json)", "full; sh may read { ... } as a command group", r"""
{
    "name": "acme/invoice-bundle",
    "description": "Invoice generation for Symfony applications",
    "type": "symfony-bundle",
    "license": "MIT",
    "require": {
        "php": ">=8.2",
        "symfony/framework-bundle": "^7.0",
        "dompdf/dompdf": "^2.0"
    },
    "require-dev": {
        "phpunit/phpunit": "^11.0",
        "phpstan/phpstan": "^1.11"
    },
    "autoload": {
        "psr-4": { "Acme\\InvoiceBundle\\": "src/" }
    },
    "scripts": {
        "test": "phpunit",
        "analyse": "phpstan analyse src --level=8"
    }
}
""")

# ---------------------------------------------------------------------------
# language-mismatch: .toml
# ---------------------------------------------------------------------------

M("checkout_app_config_yaml_as.toml", "YAML (app config)", "full", r"""
app:
  name: checkout-service
  port: 8080
  log_level: info

database:
  host: localhost
  port: 5432
  name: checkout
  pool:
    min: 2
    max: 20

features:
  - new_pricing
  - express_shipping
""")

M("alembic_ini_as.toml", "INI (alembic.ini)", "starts with a valid-Y line ([alembic] is a TOML table header)", r"""
[alembic]
script_location = migrations
prepend_sys_path = .
sqlalchemy.url = postgresql+psycopg://app:app@localhost/app

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[logger_root]
level = WARN
handlers = console

[handler_console]
class = StreamHandler
args = (sys.stderr,)
formatter = generic

[formatter_generic]
format = %(levelname)-5.5s [%(name)s] %(message)s
""")

M("blog_api_dotenv_as.toml", "dotenv", "full; short", r"""
NODE_ENV=development
PORT=3000
MONGO_URI=mongodb://localhost:27017/blog
JWT_SECRET=supersecretdevkey
JWT_EXPIRES_IN=7d
CLOUDINARY_URL=cloudinary://key:secret@demo
RATE_LIMIT_PER_MIN=120
CORS_ORIGIN=http://localhost:5173
""")

M("cloud_run_terraform_as.toml", "HCL (Terraform)", "full", r"""
resource "google_cloud_run_v2_service" "api" {
  name     = "orders-api"
  location = var.region

  template {
    containers {
      image = "europe-docker.pkg.dev/${var.project}/apps/orders-api:${var.image_tag}"
      ports {
        container_port = 8080
      }
      env {
        name  = "DATABASE_URL"
        value = var.database_url
      }
    }
    scaling {
      min_instance_count = 0
      max_instance_count = 10
    }
  }
}
""")

M("prod_tfvars_as.toml", "HCL (terraform.tfvars)", "starts with a valid-Y line (the first eleven lines are also valid TOML; the multi-line map is not)", r"""
project_id     = "acme-analytics-prod"
region         = "europe-west3"
environment    = "production"
instance_count = 3
enable_backups = true

allowed_cidrs = [
  "10.0.0.0/8",
  "192.168.10.0/24",
]

labels = {
  team        = "data-platform"
  cost_center = "cc-4410"
  managed_by  = "terraform"
}
""")

M("ui_kit_package_json_as.toml", "JSON (package.json)", "full", r"""
{
  "name": "@acme/ui-kit",
  "version": "2.3.0",
  "type": "module",
  "main": "./dist/index.cjs",
  "module": "./dist/index.js",
  "types": "./dist/index.d.ts",
  "scripts": {
    "build": "tsup src/index.ts --format esm,cjs --dts",
    "test": "vitest run",
    "lint": "eslint src --ext .ts,.tsx"
  },
  "peerDependencies": {
    "react": "^18.2.0"
  },
  "devDependencies": {
    "tsup": "^8.0.2",
    "typescript": "^5.4.5",
    "vitest": "^1.6.0"
  }
}
""")

M("geo_utils_setup_py_as.toml", "Python (setup.py)", "full", r'''
from setuptools import find_packages, setup

with open("README.md", encoding="utf-8") as fh:
    long_description = fh.read()

setup(
    name="geo-utils",
    version="0.5.2",
    author="Data Team",
    description="Helpers for geocoding and distance calculations",
    long_description=long_description,
    long_description_content_type="text/markdown",
    packages=find_packages(exclude=["tests*"]),
    python_requires=">=3.8",
    install_requires=["requests>=2.28", "shapely>=2.0"],
    extras_require={"dev": ["pytest", "black"]},
    entry_points={"console_scripts": ["geo-utils=geo_utils.cli:main"]},
)
''')

M("log4j_properties_as.toml", "Java properties (log4j)", "full; short", r"""
log4j.rootLogger=INFO, stdout, file
log4j.appender.stdout=org.apache.log4j.ConsoleAppender
log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
log4j.appender.stdout.layout.ConversionPattern=%d{ISO8601} %-5p [%t] %c - %m%n
log4j.appender.file=org.apache.log4j.RollingFileAppender
log4j.appender.file.File=logs/app.log
log4j.appender.file.MaxFileSize=10MB
log4j.appender.file.MaxBackupIndex=5
log4j.appender.file.layout=org.apache.log4j.PatternLayout
log4j.appender.file.layout.ConversionPattern=%d %-5p %c{1}:%L - %m%n
""")

M("editorconfig_as.toml", "INI (.editorconfig)", "starts with a valid-Y line (root = true is valid TOML)", r"""
root = true

[*]
charset = utf-8
end_of_line = lf
indent_style = space
indent_size = 2
insert_final_newline = true
trim_trailing_whitespace = true

[*.py]
indent_size = 4

[Makefile]
indent_style = tab

[*.md]
trim_trailing_whitespace = false
""")

M("api_proxy_locations_nginx_as.toml", "nginx config", "full; short", r"""
location /api/ {
    proxy_pass http://backend:8080/;
    proxy_set_header Host $host;
    proxy_set_header X-Real-IP $remote_addr;
    proxy_read_timeout 60s;
    client_max_body_size 20m;
}

location /ws/ {
    proxy_pass http://backend:8080/ws/;
    proxy_http_version 1.1;
    proxy_set_header Upgrade $http_upgrade;
    proxy_set_header Connection "upgrade";
}
""")

M("config_loader_rust_as.toml", "Rust", "starts with a valid-Y line (#![...] and #[...] attributes read as TOML comments)", r"""
#![forbid(unsafe_code)]
#[macro_use]
extern crate log;

use std::fs;
use std::path::PathBuf;

use anyhow::{Context, Result};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct Config {
    listen: String,
    workers: usize,
    data_dir: PathBuf,
}

fn load_config(path: &str) -> Result<Config> {
    let raw = fs::read_to_string(path).with_context(|| format!("reading {path}"))?;
    let cfg: Config = toml::from_str(&raw)?;
    Ok(cfg)
}

fn main() -> Result<()> {
    env_logger::init();
    let cfg = load_config("config.toml")?;
    info!("listening on {} with {} workers", cfg.listen, cfg.workers);
    Ok(())
}
""")

M("settings_loader_python_as.toml", "Python", "starts with a valid-Y line (two # comment lines)", r'''
# config_loader.py
# Reads settings.toml and merges environment overrides.
import os
import tomllib
from pathlib import Path

DEFAULTS = {"host": "127.0.0.1", "port": 8000, "debug": False}


def load(path: str = "settings.toml") -> dict:
    data = dict(DEFAULTS)
    p = Path(path)
    if p.exists():
        with p.open("rb") as fh:
            data.update(tomllib.load(fh).get("server", {}))
    for key in DEFAULTS:
        env = os.environ.get(f"APP_{key.upper()}")
        if env is not None:
            data[key] = type(DEFAULTS[key])(env)
    return data
''')

M("celery_compose_as.toml", "YAML (docker compose)", "partial (cut off inside a quoted port mapping, no final newline)", r"""
version: "3.9"
services:
  redis:
    image: redis:7-alpine
    ports:
      - "6379:6379"
  worker:
    build:
      context: .
      dockerfile: Dockerfile.worker
    command: celery -A tasks worker --loglevel=info
    environment:
      - CELERY_BROKER_URL=redis://redis:6379/0
      - CELERY_RESULT_BACKEND=redis://redis:6379/1
    depends_on:
      - redis
  flower:
    image: mher/flower:2.0
    command: celery --broker=redis://redis:6379/0 flower --port=5555
    ports:
      - "5555:55""")

M("python_venv_makefile_as.toml", "Makefile", "full; short; tab-indented recipes", r"""
PYTHON ?= python3
VENV := .venv

.PHONY: venv install test fmt

venv:
	$(PYTHON) -m venv $(VENV)

install: venv
	$(VENV)/bin/pip install -e ".[dev]"

test:
	$(VENV)/bin/pytest -q

fmt:
	$(VENV)/bin/ruff format .
""")

M("rails_gemfile_as.toml", "Ruby (Gemfile)", "full", r"""
source "https://rubygems.org"

ruby "3.3.1"

gem "rails", "~> 7.1.3"
gem "pg", "~> 1.5"
gem "puma", ">= 6.0"
gem "sidekiq", "~> 7.2"
gem "bootsnap", require: false

group :development, :test do
  gem "rspec-rails", "~> 6.1"
  gem "factory_bot_rails"
end

group :development do
  gem "rubocop-rails", require: false
end
""")

M("audit_log_migration_as.toml", "SQL (PostgreSQL migration)", "partial (cut off inside CREATE INDEX, no final newline)", r"""
-- 0007_add_audit_log.sql
BEGIN;

CREATE TABLE audit_log (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    actor_id    UUID NOT NULL,
    action      VARCHAR(64) NOT NULL,
    entity_type VARCHAR(64) NOT NULL,
    entity_id   TEXT NOT NULL,
    payload     JSONB NOT NULL DEFAULT '{}'::jsonb,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id);
CREATE INDEX audit_log_payload_gin ON audit_log USING GIN (payload""")

M("php_fpm_ini_as.toml", "INI (php.ini)", "full; ; comments, bare values", r"""
; Production overrides for PHP-FPM
[PHP]
memory_limit = 256M
max_execution_time = 60
upload_max_filesize = 32M
post_max_size = 40M
display_errors = Off
log_errors = On
error_log = /var/log/php/error.log

[opcache]
opcache.enable = 1
opcache.memory_consumption = 192
opcache.validate_timestamps = 0
""")

M("release_checklist_markdown_as.toml", "Markdown", "starts with a valid-Y line (# and ## headings are TOML comments)", r"""
# Release checklist

## Before tagging

- Bump the version in `Cargo.toml`
- Run `cargo test --all-features`
- Update CHANGELOG.md with the highlights

## Tagging

Run `git tag -s vX.Y.Z` and push the tag. CI builds the binaries and
attaches them to the GitHub release.

## After release

Announce it in #releases and close the milestone.
""")

M("metrics_exporter_systemd_unit_as.toml", "INI (systemd unit)", "starts with a valid-Y line ([Unit] is a TOML table header)", r"""
[Unit]
Description=Acme metrics exporter
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=metrics
ExecStart=/usr/local/bin/metrics-exporter --listen :9105 --config /etc/metrics/exporter.yml
Restart=on-failure
RestartSec=5s

[Install]
WantedBy=multi-user.target
""")

M("product_stock_csv_as.toml", "CSV", "full; short", r"""
sku,name,category,price,stock
KB-101,Mechanical keyboard,peripherals,89.00,42
MS-220,Wireless mouse,peripherals,29.50,130
MN-270,27in monitor,displays,249.99,12
HB-004,USB-C hub,accessories,39.90,75
CB-010,HDMI cable 2m,accessories,9.99,300
LS-300,Laptop stand,accessories,34.00,58
HS-450,Noise-cancelling headset,audio,149.00,20
""")

M("charge_api_response_json_as.toml", "JSON (API payload)", "full", r"""
{
  "id": "ch_3PbX9c2eZvKYlo2C1",
  "object": "charge",
  "amount": 2499,
  "currency": "eur",
  "captured": true,
  "status": "succeeded",
  "customer": "cus_Q8vT1kR2",
  "metadata": {
    "order_id": "A-10442",
    "channel": "web"
  },
  "payment_method_details": {
    "type": "card",
    "card": { "brand": "visa", "last4": "4242", "exp_month": 8, "exp_year": 2027 }
  },
  "refunds": { "object": "list", "data": [], "has_more": false }
}
""")

# ---------------------------------------------------------------------------
# language-mismatch: .js / .mjs
# ---------------------------------------------------------------------------

M("ttl_cache_java_as.js", "Java", "full", r"""
package com.acme.util;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

public final class TtlCache<K, V> {
    private record Entry<V>(V value, long expiresAt) {}

    private final ConcurrentHashMap<K, Entry<V>> map = new ConcurrentHashMap<>();
    private final long ttlMillis;

    public TtlCache(Duration ttl) {
        this.ttlMillis = ttl.toMillis();
    }

    public V get(K key, Supplier<V> loader) {
        long now = System.currentTimeMillis();
        Entry<V> e = map.get(key);
        if (e == null || e.expiresAt() < now) {
            V value = loader.get();
            map.put(key, new Entry<>(value, now + ttlMillis));
            return value;
        }
        return e.value();
    }

    public void invalidate(K key) {
        map.remove(key);
    }
}
""")

M("post_controller_php_as.js", "PHP (Laravel controller)", "full", r"""
<?php

namespace App\Http\Controllers;

use App\Models\Post;
use Illuminate\Http\Request;

class PostController extends Controller
{
    public function index(Request $request)
    {
        $posts = Post::query()
            ->when($request->query('tag'), fn ($q, $tag) => $q->whereHas('tags', fn ($t) => $t->where('slug', $tag)))
            ->latest()
            ->paginate(15);

        return view('posts.index', compact('posts'));
    }

    public function store(Request $request)
    {
        $data = $request->validate([
            'title' => 'required|string|max:200',
            'body' => 'required|string',
        ]);

        $post = $request->user()->posts()->create($data);

        return redirect()->route('posts.show', $post);
    }
}
""")

M("todo_flask_app_as.js", "Python (Flask)", "full", r'''
from flask import Flask, jsonify, request, abort

app = Flask(__name__)

todos = [
    {"id": 1, "title": "Write docs", "done": False},
    {"id": 2, "title": "Ship v1", "done": True},
]


@app.route("/api/todos", methods=["GET"])
def list_todos():
    return jsonify(todos)


@app.route("/api/todos", methods=["POST"])
def add_todo():
    body = request.get_json(silent=True) or {}
    if "title" not in body:
        abort(400, description="title is required")
    todo = {"id": max(t["id"] for t in todos) + 1, "title": body["title"], "done": False}
    todos.append(todo)
    return jsonify(todo), 201


if __name__ == "__main__":
    app.run(debug=True, port=5000)
''')

M("ticket_service_typescript_as.js", "TypeScript (Angular service)", "full; type annotations, enum, interface, decorators are not JS", r"""
import { Injectable } from "@angular/core";
import { HttpClient } from "@angular/common/http";
import { Observable, map } from "rxjs";

export enum Priority {
  Low = "low",
  High = "high",
}

export interface Ticket {
  id: number;
  title: string;
  priority: Priority;
  assignee?: string;
}

@Injectable({ providedIn: "root" })
export class TicketService {
  private readonly baseUrl: string = "/api/tickets";

  constructor(private http: HttpClient) {}

  list(priority?: Priority): Observable<Ticket[]> {
    return this.http
      .get<Ticket[]>(this.baseUrl)
      .pipe(map((items: Ticket[]) => items.filter((t) => !priority || t.priority === priority)));
  }
}
""")

M("stock_report_csharp_as.mjs", "C#", "full", r"""
using System;
using System.Linq;
using System.Collections.Generic;

namespace Inventory
{
    public class StockReport
    {
        public static void Main(string[] args)
        {
            var items = new List<(string Sku, int Qty)>
            {
                ("A-100", 4), ("B-220", 0), ("C-310", 17), ("D-404", 2)
            };

            var lowStock = items.Where(i => i.Qty < 5).OrderBy(i => i.Qty);
            foreach (var (sku, qty) in lowStock)
            {
                Console.WriteLine($"{sku,-8} {qty,4}");
            }
        }
    }
}
""")

M("worker_pool_go_as.js", "Go", "full; gofmt tabs", r"""
package worker

import (
	"context"
	"log"
	"sync"
	"time"
)

type Job func(ctx context.Context) error

func RunPool(ctx context.Context, jobs <-chan Job, workers int) {
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for job := range jobs {
				jctx, cancel := context.WithTimeout(ctx, 30*time.Second)
				if err := job(jctx); err != nil {
					log.Printf("worker %d: job failed: %v", id, err)
				}
				cancel()
			}
		}(i)
	}
	wg.Wait()
}
""")

M("layout_css_as.js", "CSS", "starts with a valid-Y line (/* comment */)", r"""
/* Layout */
*,
*::before,
*::after {
  box-sizing: border-box;
}

body {
  margin: 0;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  line-height: 1.5;
  color: #1f2937;
}

.container {
  max-width: 72rem;
  margin: 0 auto;
  padding: 0 1rem;
}

.grid {
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
  gap: 1.5rem;
}
""")

M("counter_page_html_as.js", "HTML (with inline script)", "full; the inline <script> is JS", r"""
<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Counter</title>
    <style>
      button { font-size: 1.25rem; padding: 0.5rem 1rem; }
    </style>
  </head>
  <body>
    <p>Clicked <span id="count">0</span> times</p>
    <button id="inc">+1</button>
    <script>
      const countEl = document.getElementById("count");
      let count = 0;
      document.getElementById("inc").addEventListener("click", () => {
        count += 1;
        countEl.textContent = String(count);
      });
    </script>
  </body>
</html>
""")

M("sessions_sqlite_schema_as.mjs", "SQL (SQLite)", "full", r"""
PRAGMA foreign_keys = ON;

CREATE TABLE IF NOT EXISTS users (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  username TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (datetime('now'))
);

CREATE TABLE IF NOT EXISTS sessions (
  token TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  expires_at TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS idx_sessions_user ON sessions(user_id);
""")

M("pg_backup_bash_as.js", "Bash (no shebang)", "full; short", r"""
set -e

BACKUP_DIR=/var/backups/postgres
STAMP=$(date +%Y%m%d-%H%M%S)
KEEP_DAYS=14

mkdir -p "$BACKUP_DIR"
pg_dump -h "$PGHOST" -U "$PGUSER" -Fc "$PGDATABASE" > "$BACKUP_DIR/$PGDATABASE-$STAMP.dump"

find "$BACKUP_DIR" -name '*.dump' -mtime +"$KEEP_DAYS" -delete

echo "Backup written to $BACKUP_DIR/$PGDATABASE-$STAMP.dump"
""")

M("sync_users_python_jsdoc_header_as.js", "Python", "starts with a valid-Y line (/** ... */ block comment, then Python)", r'''
/**
 * sync_users — nightly export job
 */
import csv
import logging
import os
from datetime import date

import psycopg2

log = logging.getLogger(__name__)


def export_users(conn, out_path):
    with conn.cursor() as cur, open(out_path, "w", newline="") as fh:
        cur.execute("SELECT id, email, created_at FROM users WHERE active")
        writer = csv.writer(fh)
        writer.writerow(["id", "email", "created_at"])
        for row in cur:
            writer.writerow(row)
    log.info("exported users to %s", out_path)


if __name__ == "__main__":
    conn = psycopg2.connect(dsn=os.environ["DATABASE_URL"])
    export_users(conn, f"users-{date.today()}.csv")
''')

M("price_fetch_kotlin_as.js", "Kotlin (coroutines)", "full; short", r"""
import kotlinx.coroutines.*

suspend fun fetchPrice(symbol: String): Double {
    delay(100)
    return symbol.length * 10.5
}

fun main() = runBlocking {
    val symbols = listOf("AAPL", "MSFT", "GOOG")
    val prices = symbols.map { s -> async { s to fetchPrice(s) } }.awaitAll()
    prices.forEach { (s, p) -> println("$s: $p") }
}
""")

M("books_sinatra_ruby_as.mjs", "Ruby (Sinatra)", "full", r"""
require "sinatra"
require "json"

set :port, 4567

BOOKS = [
  { id: 1, title: "Dune", author: "Frank Herbert" },
  { id: 2, title: "Neuromancer", author: "William Gibson" }
]

get "/books" do
  content_type :json
  BOOKS.to_json
end

get "/books/:id" do
  book = BOOKS.find { |b| b[:id] == params[:id].to_i }
  halt 404, { error: "not found" }.to_json unless book
  content_type :json
  book.to_json
end
""")

M("eslintrc_yaml_as.js", "YAML (ESLint config)", "starts with a valid-Y line (root: true / env: read as JS labels)", r"""
root: true
env:
  browser: true
  es2022: true
  node: true
extends:
  - eslint:recommended
  - plugin:react/recommended
  - plugin:react-hooks/recommended
parserOptions:
  ecmaVersion: latest
  sourceType: module
  ecmaFeatures:
    jsx: true
settings:
  react:
    version: detect
rules:
  react/prop-types: off
  no-unused-vars: [warn, { argsIgnorePattern: "^_" }]
""")

M("rpn_tokenizer_rust_as.js", "Rust", "full", r"""
use std::io::{self, BufRead};

#[derive(Debug)]
enum Token {
    Num(f64),
    Op(char),
}

fn tokenize(line: &str) -> Vec<Token> {
    line.split_whitespace()
        .map(|t| match t.parse::<f64>() {
            Ok(n) => Token::Num(n),
            Err(_) => Token::Op(t.chars().next().unwrap()),
        })
        .collect()
}

fn main() {
    let stdin = io::stdin();
    for line in stdin.lock().lines() {
        let tokens = tokenize(&line.unwrap());
        println!("{:?}", tokens);
    }
}
""")

M("social_graphql_schema_as.mjs", "GraphQL SDL", "full; short", r"""
type User {
  id: ID!
  username: String!
  avatarUrl: String
  posts(limit: Int = 10): [Post!]!
}

type Post {
  id: ID!
  body: String!
  author: User!
  likes: Int!
}

type Query {
  me: User
  feed(cursor: String): [Post!]!
}

type Subscription {
  postAdded: Post!
}
""")

M("ensure_services_powershell_as.js", "PowerShell", "full; short", r"""
$services = @("W3SVC", "MSSQLSERVER", "Spooler")

foreach ($name in $services) {
    $svc = Get-Service -Name $name -ErrorAction SilentlyContinue
    if ($null -eq $svc) {
        Write-Warning "$name is not installed"
    } elseif ($svc.Status -ne "Running") {
        Start-Service -Name $name
        Write-Host "Started $name" -ForegroundColor Green
    } else {
        Write-Host "$name already running"
    }
}
""")

M("reading_time_wp_plugin_as.mjs", "PHP (WordPress plugin)", "partial (cut off inside a string, no final newline)", r"""
<?php
/**
 * Plugin Name: Simple Reading Time
 * Description: Shows the estimated reading time above posts.
 * Version: 1.0.0
 */

if (!defined('ABSPATH')) {
    exit;
}

function srt_reading_time($content) {
    if (!is_singular('post') || !in_the_loop()) {
        return $content;
    }
    $words = str_word_count(wp_strip_all_tags($content));
    $minutes = max(1, (int) ceil($words / 220));
    $badge = sprintf('<p class="srt-badge">%d min read</p>', $minutes);
    return $badge . $content;
}
add_filter('the_content', 'srt_reading_time');

add_action('wp_enqueue_scripts', function () {
    wp_enqueue_style('srt', plugins_url('style.css', __FILE__), [], '1.0.""")

M("user_controller_java_as.js", "Java (Spring controller)", "partial (cut off mid-identifier, no final newline); starts with a valid-Y line (// comment)", r"""
// UserController.java
package com.acme.api;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

import java.util.List;

@RestController
@RequestMapping("/api/users")
public class UserController {

    private final UserService userService;

    public UserController(UserService userService) {
        this.userService = userService;
    }

    @GetMapping
    public List<UserDto> list(@RequestParam(defaultValue = "0") int page) {
        return userService.list(page);
    }

    @GetMapping("/{id}")
    public ResponseEntity<UserDto> get(@PathVariable long id) {
        return userService.find(id)
                .map(ResponseEntity::ok)
                .orElse(ResponseEntity.notFo""")

M("tiny_queue_readme_as.mjs", "Markdown", "full; contains bash and js code fences", r"""
# tiny-queue

A zero-dependency in-memory job queue for Node.js.

## Install

```bash
npm install tiny-queue
```

## Example

```js
import { Queue } from "tiny-queue";

const q = new Queue({ concurrency: 2 });
q.add(async () => fetch("https://example.com"));
await q.onIdle();
```

## Options

| option | default | description |
| --- | --- | --- |
| `concurrency` | `1` | Jobs run in parallel |
| `timeout` | `0` | Per-job timeout in ms (0 = none) |
""")

M("csv_stats_python_broken_as.js", "Python", "broken (unclosed bracket in a list comprehension; still Python)", r'''
import csv
import statistics
import sys


def column(path, name):
    with open(path, newline="") as fh:
        return [float(row[name] for row in csv.DictReader(fh) if row[name]]


if __name__ == "__main__":
    values = column(sys.argv[1], sys.argv[2])
    print(f"n={len(values)}")
    print(f"mean={statistics.mean(values):.3f}")
    print(f"median={statistics.median(values):.3f}")
    print(f"stdev={statistics.stdev(values):.3f}")
''')

# ---------------------------------------------------------------------------
# clean: .ts / .tsx
# ---------------------------------------------------------------------------

C("report_queries_sql_templates.ts", "TypeScript", "exports large PostgreSQL queries as template literals", r"""
/**
 * Raw SQL used by the reporting service. Kept as plain strings so the
 * DBA team can review them without reading any TypeScript.
 */
import type { Pool } from "pg";

export const MONTHLY_REVENUE_SQL = `
WITH paid AS (
    SELECT
        date_trunc('month', o.paid_at) AS month,
        o.customer_id,
        SUM(li.quantity * li.unit_price_cents) AS revenue_cents
    FROM orders o
    JOIN line_items li ON li.order_id = o.id
    WHERE o.status = 'paid'
      AND o.paid_at >= $1
      AND o.paid_at <  $2
    GROUP BY 1, 2
)
SELECT
    month,
    COUNT(DISTINCT customer_id) AS paying_customers,
    SUM(revenue_cents)          AS revenue_cents,
    ROUND(AVG(revenue_cents))   AS avg_revenue_per_customer
FROM paid
GROUP BY month
ORDER BY month;
`;

export const CHURNED_CUSTOMERS_SQL = `
SELECT c.id, c.email, MAX(o.paid_at) AS last_paid_at
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid'
GROUP BY c.id, c.email
HAVING MAX(o.paid_at) < now() - INTERVAL '90 days'
    OR MAX(o.paid_at) IS NULL
ORDER BY last_paid_at NULLS FIRST
LIMIT $1;
`;

export interface RevenueRow {
  month: Date;
  paying_customers: number;
  revenue_cents: string;
  avg_revenue_per_customer: string;
}

export async function monthlyRevenue(pool: Pool, from: Date, to: Date): Promise<RevenueRow[]> {
  const { rows } = await pool.query<RevenueRow>(MONTHLY_REVENUE_SQL, [from, to]);
  return rows;
}
""")

C("github_search_gql_operations.ts", "TypeScript", "GraphQL operations in gql tagged templates", r"""
import { gql } from "@apollo/client";

export const REPO_FRAGMENT = gql`
  fragment RepoFields on Repository {
    id
    name
    description
    stargazerCount
    primaryLanguage {
      name
      color
    }
  }
`;

export const SEARCH_REPOS = gql`
  query SearchRepos($query: String!, $first: Int = 20, $after: String) {
    search(query: $query, type: REPOSITORY, first: $first, after: $after) {
      repositoryCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ... on Repository {
          ...RepoFields
        }
      }
    }
  }
  ${REPO_FRAGMENT}
`;

export const STAR_REPO = gql`
  mutation StarRepo($id: ID!) {
    addStar(input: { starrableId: $id }) {
      starrable {
        id
        stargazerCount
        viewerHasStarred
      }
    }
  }
`;

export type SearchReposVars = { query: string; first?: number; after?: string | null };
""")

C("embedding_bridge_client_jsdoc_python.ts", "TypeScript", "long JSDoc full of Python examples", r"""
/**
 * Client for the model-serving bridge.
 *
 * The bridge is a thin HTTP layer in front of a Python worker. Every method
 * here maps one-to-one onto a Python function, so the examples below show
 * the Python side first; the TypeScript call has the same shape.
 *
 * Python worker (for reference):
 *
 * ```python
 * from fastapi import FastAPI
 * from pydantic import BaseModel
 *
 * app = FastAPI()
 *
 * class EmbedRequest(BaseModel):
 *     texts: list[str]
 *     normalize: bool = True
 *
 * @app.post("/embed")
 * def embed(req: EmbedRequest) -> dict:
 *     vectors = model.encode(req.texts, normalize_embeddings=req.normalize)
 *     return {"vectors": vectors.tolist(), "dim": vectors.shape[1]}
 * ```
 *
 * Calling it from Python directly:
 *
 * ```python
 * import requests
 * r = requests.post("http://localhost:8001/embed", json={"texts": ["hello"]})
 * r.raise_for_status()
 * print(r.json()["dim"])
 * ```
 *
 * @example
 * const bridge = new BridgeClient("http://localhost:8001");
 * const { vectors } = await bridge.embed(["hello", "world"]);
 */
export class BridgeClient {
  constructor(private readonly baseUrl: string, private readonly timeoutMs = 10_000) {}

  /**
   * Mirrors `def embed(texts: list[str], normalize: bool = True) -> dict`.
   *
   * ```python
   * >>> embed(["a", "b"])["dim"]
   * 384
   * ```
   */
  async embed(texts: string[], normalize = true): Promise<{ vectors: number[][]; dim: number }> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      const res = await fetch(`${this.baseUrl}/embed`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ texts, normalize }),
        signal: controller.signal,
      });
      if (!res.ok) {
        throw new Error(`bridge returned ${res.status}`);
      }
      return (await res.json()) as { vectors: number[][]; dim: number };
    } finally {
      clearTimeout(timer);
    }
  }
}
""")

C("ci_workflow_yaml_generator.ts", "TypeScript", "emits GitHub Actions YAML with a bash run block from template literals", r"""
// Generates .github/workflows/*.yml for every package in the monorepo.
import { writeFileSync } from "node:fs";
import { join } from "node:path";

interface PackageInfo {
  name: string;
  dir: string;
  node: string;
}

const header = (pkg: PackageInfo): string => `name: ${pkg.name}
on:
  push:
    paths:
      - "${pkg.dir}/**"
  pull_request:
    paths:
      - "${pkg.dir}/**"
`;

const job = (pkg: PackageInfo): string => `jobs:
  test:
    runs-on: ubuntu-latest
    defaults:
      run:
        working-directory: ${pkg.dir}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: "${pkg.node}"
      - name: Install and test
        run: |
          set -euo pipefail
          npm ci
          npm test -- --reporter=dot
          if [ -n "\${{ secrets.CODECOV_TOKEN }}" ]; then
            npx codecov --token="\${{ secrets.CODECOV_TOKEN }}"
          fi
`;

export function writeWorkflows(packages: PackageInfo[], outDir = ".github/workflows"): void {
  for (const pkg of packages) {
    const file = join(outDir, `${pkg.name.replace(/^@.*\//, "")}.yml`);
    writeFileSync(file, header(pkg) + job(pkg));
  }
}
""")

C("invoice_email_component.tsx", "TSX", "React email component with an embedded CSS string and HTML-like markup", r"""
import * as React from "react";

type LineItem = { description: string; quantity: number; unitPrice: number };

interface InvoiceEmailProps {
  customerName: string;
  invoiceNumber: string;
  items: LineItem[];
  dueDate: string;
}

const styles = `
  body { font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #111827; }
  .wrapper { max-width: 600px; margin: 0 auto; padding: 24px; }
  table { width: 100%; border-collapse: collapse; }
  th, td { padding: 8px 12px; border-bottom: 1px solid #e5e7eb; text-align: left; }
  td.amount { text-align: right; font-variant-numeric: tabular-nums; }
  .total { font-weight: 700; font-size: 18px; }
  @media (max-width: 480px) { .wrapper { padding: 12px; } }
`;

const money = (n: number) => `$${n.toFixed(2)}`;

export function InvoiceEmail({ customerName, invoiceNumber, items, dueDate }: InvoiceEmailProps) {
  const total = items.reduce((sum, i) => sum + i.quantity * i.unitPrice, 0);
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <title>{`Invoice ${invoiceNumber}`}</title>
        <style dangerouslySetInnerHTML={{ __html: styles }} />
      </head>
      <body>
        <div className="wrapper">
          <h1>Invoice {invoiceNumber}</h1>
          <p>Hi {customerName}, here is your invoice. Payment is due on {dueDate}.</p>
          <table>
            <thead>
              <tr>
                <th>Description</th>
                <th>Qty</th>
                <th>Amount</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item, idx) => (
                <tr key={idx}>
                  <td>{item.description}</td>
                  <td>{item.quantity}</td>
                  <td className="amount">{money(item.quantity * item.unitPrice)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="total">Total: {money(total)}</p>
        </div>
      </body>
    </html>
  );
}
""")

C("nest_orders_controller.ts", "TypeScript", "NestJS controller: decorators, public/protected/static, looks like Java or C#", r"""
import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  NotFoundException,
  Param,
  ParseIntPipe,
  Post,
  UseGuards,
} from "@nestjs/common";
import { AuthGuard } from "../auth/auth.guard";
import { CreateOrderDto } from "./dto/create-order.dto";
import { Order } from "./order.entity";
import { OrdersService } from "./orders.service";

@Controller("orders")
@UseGuards(AuthGuard)
export class OrdersController {
  public constructor(private readonly ordersService: OrdersService) {}

  @Get(":id")
  public async findOne(@Param("id", ParseIntPipe) id: number): Promise<Order> {
    const order = await this.ordersService.findById(id);
    if (order === null) {
      throw new NotFoundException(`Order ${id} not found`);
    }
    return order;
  }

  @Post()
  @HttpCode(HttpStatus.CREATED)
  public async create(@Body() dto: CreateOrderDto): Promise<Order> {
    return this.ordersService.create(dto);
  }

  protected static toCents(amount: number): number {
    return Math.round(amount * 100);
  }
}
""")

C("windows_health_powershell_string.ts", "TypeScript", "PowerShell script held in a String.raw template literal", r"""
import { spawnSync } from "node:child_process";

/**
 * PowerShell used on Windows CI agents to collect disk and service health.
 * Passed to `pwsh -NoProfile -Command -` on stdin.
 */
export const HEALTH_SCRIPT = String.raw`
$ErrorActionPreference = "Stop"
$disk = Get-PSDrive -Name C | Select-Object Used, Free
$services = Get-Service -Name "W3SVC", "MSSQLSERVER" -ErrorAction SilentlyContinue |
    Select-Object Name, Status
[PSCustomObject]@{
    Host     = $env:COMPUTERNAME
    FreeGB   = [math]::Round($disk.Free / 1GB, 1)
    Services = $services
    LogPath  = "C:\ProgramData\Agent\logs"
} | ConvertTo-Json -Depth 3
`;

export function collectHealth(): unknown {
  const result = spawnSync("pwsh", ["-NoProfile", "-Command", "-"], {
    input: HEALTH_SCRIPT,
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(result.stderr);
  }
  return JSON.parse(result.stdout);
}
""")

# ---------------------------------------------------------------------------
# clean: .json
# ---------------------------------------------------------------------------

C("dashboard_package_json_scripts.json", "JSON", "package.json whose scripts are shell commands, psql and SQL", r"""
{
  "name": "acme-dashboard",
  "version": "1.4.0",
  "private": true,
  "type": "module",
  "scripts": {
    "dev": "concurrently -k -n api,web \"npm:dev:api\" \"npm:dev:web\"",
    "dev:api": "NODE_ENV=development tsx watch src/server/index.ts",
    "dev:web": "vite --port 5173",
    "build": "rm -rf dist && tsc -p tsconfig.build.json && vite build",
    "db:migrate": "psql \"$DATABASE_URL\" -v ON_ERROR_STOP=1 -f db/migrations/latest.sql",
    "db:seed": "psql \"$DATABASE_URL\" -c \"INSERT INTO plans (slug, name) VALUES ('free', 'Free') ON CONFLICT DO NOTHING;\"",
    "lint": "eslint . --ext .ts,.tsx && prettier --check .",
    "test": "vitest run --coverage",
    "release": "git diff --quiet && npm version ${npm_config_bump:-patch} && git push --follow-tags",
    "docker:build": "docker build -t acme/dashboard:$(git rev-parse --short HEAD) .",
    "clean": "find . -name node_modules -type d -prune -exec rm -rf '{}' +",
    "postinstall": "[ -d .git ] && husky install || true"
  },
  "dependencies": {
    "express": "^4.19.2",
    "pg": "^8.11.5",
    "react": "^18.3.1",
    "react-dom": "^18.3.1"
  },
  "devDependencies": {
    "concurrently": "^8.2.2",
    "eslint": "^8.57.0",
    "husky": "^9.0.11",
    "prettier": "^3.2.5",
    "tsx": "^4.10.2",
    "typescript": "^5.4.5",
    "vite": "^5.2.11",
    "vitest": "^1.6.0"
  }
}
""")

C("vscode_tasks.json", "JSON", "VS Code tasks.json (strict JSON, no comments) with bash and PowerShell commands", r"""
{
  "version": "2.0.0",
  "tasks": [
    {
      "label": "build: cargo",
      "type": "shell",
      "command": "cargo build --workspace --all-targets 2>&1 | tee target/build.log",
      "group": { "kind": "build", "isDefault": true },
      "problemMatcher": ["$rustc"]
    },
    {
      "label": "db: reset local postgres",
      "type": "shell",
      "command": "docker compose down -v && docker compose up -d db && until pg_isready -h localhost -p 5432; do sleep 1; done && psql -h localhost -U dev -c 'CREATE DATABASE app_dev;'",
      "problemMatcher": []
    },
    {
      "label": "test: python worker",
      "type": "shell",
      "command": "python -m pytest -x -q tests/ --maxfail=1",
      "options": {
        "cwd": "${workspaceFolder}/worker",
        "env": { "PYTHONPATH": "${workspaceFolder}/worker/src" }
      },
      "problemMatcher": []
    },
    {
      "label": "clean: artifacts",
      "type": "shell",
      "command": "rm -rf target dist .pytest_cache",
      "windows": {
        "command": "Remove-Item -Recurse -Force -ErrorAction SilentlyContinue target, dist, .pytest_cache"
      },
      "problemMatcher": []
    },
    {
      "label": "gen: protobuf",
      "type": "process",
      "command": "buf",
      "args": ["generate", "--template", "buf.gen.yaml", "proto"],
      "problemMatcher": []
    }
  ]
}
""")

C("pipeline_schema_markdown_descriptions.json", "JSON", "JSON Schema whose descriptions are Markdown with yaml and bash fences", r"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://acme.dev/schemas/pipeline.json",
  "title": "Pipeline",
  "description": "# Pipeline definition\n\nA pipeline is a list of **steps** that run in order.\n\n```yaml\nsteps:\n  - name: build\n    run: make build\n```\n\nSee the [guide](https://acme.dev/docs/pipelines) for details.",
  "type": "object",
  "required": ["steps"],
  "additionalProperties": false,
  "properties": {
    "name": {
      "type": "string",
      "description": "Human-readable name shown in the UI. Defaults to the file name.",
      "markdownDescription": "Human-readable name shown in the UI.\n\n- Max 80 characters\n- Defaults to the *file name* without extension"
    },
    "env": {
      "type": "object",
      "additionalProperties": { "type": "string" },
      "markdownDescription": "Environment variables for **every** step.\n\n| Key | Example |\n| --- | --- |\n| `RUST_LOG` | `info` |\n| `DATABASE_URL` | `postgres://localhost/test` |"
    },
    "steps": {
      "type": "array",
      "minItems": 1,
      "items": {
        "type": "object",
        "required": ["name", "run"],
        "properties": {
          "name": { "type": "string" },
          "run": {
            "type": "string",
            "markdownDescription": "Shell command to execute with `bash -eo pipefail`.\n\n```bash\ncargo test --workspace\n```"
          },
          "timeout_minutes": {
            "type": "integer",
            "minimum": 1,
            "default": 30,
            "description": "Step is cancelled after this many minutes."
          }
        }
      }
    }
  }
}
""")

C("sql_query_catalog.json", "JSON", "catalog of named PostgreSQL queries as string values", r"""
{
  "version": 3,
  "dialect": "postgresql",
  "queries": [
    {
      "name": "active_users_by_plan",
      "description": "Count active users per plan for the admin dashboard.",
      "sql": "SELECT p.slug, COUNT(u.id) AS active_users\nFROM users u\nJOIN plans p ON p.id = u.plan_id\nWHERE u.deleted_at IS NULL\n  AND u.last_seen_at > now() - INTERVAL '30 days'\nGROUP BY p.slug\nORDER BY active_users DESC;",
      "params": []
    },
    {
      "name": "upsert_feature_flag",
      "description": "Create or update a flag for one tenant.",
      "sql": "INSERT INTO feature_flags (tenant_id, flag, enabled, updated_at)\nVALUES ($1, $2, $3, now())\nON CONFLICT (tenant_id, flag)\nDO UPDATE SET enabled = EXCLUDED.enabled, updated_at = now()\nRETURNING tenant_id, flag, enabled;",
      "params": ["tenant_id:uuid", "flag:text", "enabled:bool"]
    },
    {
      "name": "orders_needing_reminder",
      "description": "Unpaid orders older than the reminder threshold, oldest first.",
      "sql": "WITH unpaid AS (\n  SELECT o.id, o.customer_id, o.created_at\n  FROM orders o\n  WHERE o.status = 'awaiting_payment'\n    AND o.created_at < now() - make_interval(days => $1)\n)\nSELECT u.id, c.email, u.created_at\nFROM unpaid u\nJOIN customers c ON c.id = u.customer_id\nLEFT JOIN reminders r ON r.order_id = u.id\nWHERE r.order_id IS NULL\nORDER BY u.created_at\nLIMIT 500;",
      "params": ["days:int"]
    },
    {
      "name": "delete_expired_sessions",
      "description": "Housekeeping; run every hour.",
      "sql": "DELETE FROM sessions WHERE expires_at < now();",
      "params": []
    }
  ]
}
""")

C("churn_analysis_notebook.json", "JSON", "Jupyter notebook structure saved as .json; cells hold Python source lines", r"""
{
  "cells": [
    {
      "cell_type": "markdown",
      "metadata": {},
      "source": ["# Churn analysis\n", "\n", "Exploratory look at monthly churn by plan."]
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
        "df = pd.read_parquet(\"data/subscriptions.parquet\")\n",
        "df[\"month\"] = df[\"canceled_at\"].dt.to_period(\"M\")"
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
          "text": ["rows: 18342\n"]
        }
      ],
      "source": [
        "churn = (\n",
        "    df.groupby([\"month\", \"plan\"])\n",
        "    .size()\n",
        "    .unstack(fill_value=0)\n",
        ")\n",
        "print(f\"rows: {len(df)}\")\n",
        "churn.plot(kind=\"bar\", stacked=True, figsize=(10, 4))\n",
        "plt.tight_layout()"
      ]
    }
  ],
  "metadata": {
    "kernelspec": { "display_name": "Python 3", "language": "python", "name": "python3" },
    "language_info": { "name": "python", "version": "3.11.6" }
  },
  "nbformat": 4,
  "nbformat_minor": 5
}
""")

C("billing_portal_composer.json", "JSON", "composer.json whose scripts are PHP one-liners and artisan commands", r"""
{
  "name": "acme/billing-portal",
  "type": "project",
  "require": {
    "php": "^8.2",
    "laravel/framework": "^11.0"
  },
  "require-dev": {
    "phpunit/phpunit": "^11.1",
    "laravel/pint": "^1.15"
  },
  "autoload": {
    "psr-4": {
      "App\\": "app/",
      "Database\\Factories\\": "database/factories/"
    }
  },
  "scripts": {
    "post-autoload-dump": [
      "Illuminate\\Foundation\\ComposerScripts::postAutoloadDump",
      "@php artisan package:discover --ansi"
    ],
    "post-root-package-install": [
      "@php -r \"file_exists('.env') || copy('.env.example', '.env');\""
    ],
    "post-create-project-cmd": [
      "@php artisan key:generate --ansi",
      "@php -r \"file_exists('database/database.sqlite') || touch('database/database.sqlite');\"",
      "@php artisan migrate --graceful --ansi"
    ],
    "test": "@php artisan test --parallel",
    "lint": "vendor/bin/pint --test"
  },
  "config": {
    "optimize-autoloader": true,
    "sort-packages": true
  },
  "minimum-stability": "stable",
  "prefer-stable": true
}
""")

C("api_devcontainer.json", "JSON", "devcontainer.json (strict JSON) with shell one-liners", r"""
{
  "name": "api-dev",
  "image": "mcr.microsoft.com/devcontainers/python:3.12",
  "features": {
    "ghcr.io/devcontainers/features/docker-in-docker:2": {},
    "ghcr.io/devcontainers/features/node:1": { "version": "20" }
  },
  "forwardPorts": [8000, 5432],
  "postCreateCommand": "pip install -r requirements-dev.txt && pre-commit install && npm --prefix frontend ci",
  "postStartCommand": "bash -c 'docker compose up -d db && until pg_isready -h localhost; do sleep 1; done'",
  "containerEnv": {
    "DATABASE_URL": "postgresql://dev:dev@localhost:5432/api",
    "PYTHONDONTWRITEBYTECODE": "1"
  },
  "customizations": {
    "vscode": {
      "extensions": ["ms-python.python", "charliermarsh.ruff", "ms-azuretools.vscode-docker"],
      "settings": {
        "python.defaultInterpreterPath": "/usr/local/bin/python",
        "editor.formatOnSave": true
      }
    }
  }
}
""")

# ---------------------------------------------------------------------------
# clean: .yml / .yaml
# ---------------------------------------------------------------------------

C("nightly_maintenance_workflow.yml", "YAML", "GitHub Actions workflow with long run: | blocks in bash, Python and PowerShell", r"""
name: nightly-maintenance

on:
  schedule:
    - cron: "17 3 * * *"
  workflow_dispatch:
    inputs:
      dry_run:
        description: "Only print what would be deleted"
        type: boolean
        default: true

jobs:
  prune:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Prune old container images
        env:
          GH_TOKEN: ${{ secrets.GITHUB_TOKEN }}
          DRY_RUN: ${{ inputs.dry_run }}
        run: |
          set -euo pipefail
          cutoff=$(date -d '30 days ago' +%s)
          gh api --paginate "/orgs/${GITHUB_REPOSITORY_OWNER}/packages/container/app/versions" \
            | jq -r --argjson cutoff "$cutoff" \
                '.[] | select((.updated_at | fromdateiso8601) < $cutoff) | .id' \
            | while read -r id; do
                if [[ "${DRY_RUN}" == "true" ]]; then
                  echo "would delete version $id"
                else
                  gh api -X DELETE "/orgs/${GITHUB_REPOSITORY_OWNER}/packages/container/app/versions/$id"
                fi
              done
      - name: Summarise stale issues
        shell: python
        env:
          GH_TOKEN: ${{ secrets.GITHUB_TOKEN }}
        run: |
          import json, os, urllib.request
          from datetime import datetime, timedelta, timezone

          repo = os.environ["GITHUB_REPOSITORY"]
          req = urllib.request.Request(
              f"https://api.github.com/repos/{repo}/issues?state=open&per_page=100",
              headers={"Authorization": f"Bearer {os.environ['GH_TOKEN']}"},
          )
          issues = json.load(urllib.request.urlopen(req))
          cutoff = datetime.now(timezone.utc) - timedelta(days=60)
          stale = [i for i in issues if datetime.fromisoformat(i["updated_at"].replace("Z", "+00:00")) < cutoff]
          with open(os.environ["GITHUB_STEP_SUMMARY"], "a") as fh:
              fh.write(f"### {len(stale)} stale issues\n")
              for i in stale:
                  fh.write(f"- #{i['number']} {i['title']}\n")

  windows-cache:
    runs-on: windows-latest
    steps:
      - name: Clear NuGet cache
        shell: pwsh
        run: |
          $ErrorActionPreference = "Stop"
          $cache = Join-Path $env:USERPROFILE ".nuget\packages"
          if (Test-Path $cache) {
              $size = (Get-ChildItem $cache -Recurse | Measure-Object Length -Sum).Sum / 1MB
              Write-Host ("Removing {0:N0} MB from {1}" -f $size, $cache)
              Remove-Item $cache -Recurse -Force
          }
""")

C("shop_proxy_configmaps.yaml", "YAML", "multi-document k8s manifests; ConfigMaps embed nginx.conf and a Python script", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: web-proxy-config
  namespace: shop
data:
  nginx.conf: |
    worker_processes auto;
    events { worker_connections 1024; }
    http {
        upstream api {
            server api.shop.svc.cluster.local:8000;
            keepalive 32;
        }
        server {
            listen 8080;
            location /healthz { return 200 "ok\n"; }
            location /api/ {
                proxy_pass http://api/;
                proxy_set_header Host $host;
                proxy_set_header X-Request-Id $request_id;
            }
            location / {
                root /usr/share/nginx/html;
                try_files $uri /index.html;
            }
        }
    }
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: cache-warmer
  namespace: shop
data:
  warm.py: |
    import os
    import sys
    import urllib.request

    BASE = os.environ.get("SHOP_URL", "http://web-proxy:8080")
    PATHS = ["/", "/api/products?limit=50", "/api/categories"]

    def main() -> int:
        failures = 0
        for path in PATHS:
            try:
                with urllib.request.urlopen(BASE + path, timeout=5) as resp:
                    print(f"{resp.status} {path}")
            except Exception as exc:  # noqa: BLE001
                print(f"FAIL {path}: {exc}", file=sys.stderr)
                failures += 1
        return 1 if failures else 0

    if __name__ == "__main__":
        sys.exit(main())
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: cache-warmer
  namespace: shop
spec:
  schedule: "*/15 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers:
            - name: warm
              image: python:3.12-alpine
              command: ["python", "/scripts/warm.py"]
              volumeMounts:
                - name: scripts
                  mountPath: /scripts
          volumes:
            - name: scripts
              configMap:
                name: cache-warmer
""")

C("ledger_openapi_markdown.yaml", "YAML", "OpenAPI spec with Markdown descriptions, bash/json fences and a Python code sample", r"""
openapi: 3.1.0
info:
  title: Ledger API
  version: 2.0.0
  description: |
    # Ledger API

    The Ledger API records **double-entry** transactions.

    ## Authentication

    Send a bearer token in the `Authorization` header:

    ```bash
    curl -H "Authorization: Bearer $TOKEN" https://api.ledger.example.com/v2/accounts
    ```

    ## Errors

    | Status | Meaning |
    | ------ | ------- |
    | 400 | Validation failed — see `errors[]` |
    | 409 | Idempotency key reused with a different body |
paths:
  /transactions:
    post:
      summary: Record a transaction
      description: |
        Entries must balance: the sum of `amount` over all entries is **zero**.

        ```json
        {"entries": [{"account": "cash", "amount": -500}, {"account": "revenue", "amount": 500}]}
        ```
      x-codeSamples:
        - lang: Python
          source: |
            import requests

            resp = requests.post(
                "https://api.ledger.example.com/v2/transactions",
                headers={"Authorization": f"Bearer {token}", "Idempotency-Key": key},
                json={"entries": entries},
            )
            resp.raise_for_status()
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: "#/components/schemas/Transaction"
      responses:
        "201":
          description: Created
        "400":
          description: "Validation failed: entries do not balance."
components:
  schemas:
    Transaction:
      type: object
      required: [entries]
      properties:
        entries:
          type: array
          minItems: 2
          items:
            type: object
            required: [account, amount]
            properties:
              account:
                type: string
              amount:
                type: integer
                description: Amount in minor units (cents). Negative for credits.
""")

C("pg_backups_playbook.yml", "YAML", "Ansible playbook embedding a bash script, shell tasks and Jinja expressions", r"""
---
- name: Configure PostgreSQL backups
  hosts: dbservers
  become: true
  vars:
    backup_dir: /var/backups/pg
    retention_days: 14
  tasks:
    - name: Ensure backup directory exists
      ansible.builtin.file:
        path: "{{ backup_dir }}"
        state: directory
        owner: postgres
        mode: "0750"

    - name: Install backup script
      ansible.builtin.copy:
        dest: /usr/local/bin/pg-backup
        mode: "0755"
        content: |
          #!/usr/bin/env bash
          set -euo pipefail
          stamp=$(date +%F-%H%M)
          for db in $(psql -At -c "SELECT datname FROM pg_database WHERE NOT datistemplate"); do
            pg_dump -Fc "$db" > "{{ backup_dir }}/${db}-${stamp}.dump"
          done
          find "{{ backup_dir }}" -name '*.dump' -mtime +{{ retention_days }} -delete

    - name: Schedule nightly backup
      ansible.builtin.cron:
        name: pg-backup
        user: postgres
        hour: "2"
        minute: "30"
        job: /usr/local/bin/pg-backup >> /var/log/pg-backup.log 2>&1

    - name: Check last backup age
      ansible.builtin.shell: |
        latest=$(ls -t {{ backup_dir }}/*.dump 2>/dev/null | head -n1)
        [ -n "$latest" ] && echo $(( ($(date +%s) - $(stat -c %Y "$latest")) / 3600 ))
      register: backup_age_hours
      changed_when: false
      failed_when: false

    - name: Warn when backups are stale
      ansible.builtin.debug:
        msg: "Last backup is {{ backup_age_hours.stdout | default('unknown') }} hours old"
      when: backup_age_hours.stdout | default('0') | int > 26
""")

C("gitlab_ci_sql_dockerfile.yml", "YAML", "GitLab CI with a Dockerfile heredoc and a psql SQL heredoc inside script blocks", r"""
stages:
  - build
  - migrate
  - deploy

variables:
  DOCKER_DRIVER: overlay2
  IMAGE: $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA

build-image:
  stage: build
  image: docker:24
  services:
    - docker:24-dind
  script:
    - |
      cat > Dockerfile.ci <<'EOF'
      FROM python:3.12-slim
      WORKDIR /app
      COPY requirements.txt .
      RUN pip install --no-cache-dir -r requirements.txt
      COPY . .
      CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]
      EOF
    - docker login -u "$CI_REGISTRY_USER" -p "$CI_REGISTRY_PASSWORD" "$CI_REGISTRY"
    - docker build -f Dockerfile.ci -t "$IMAGE" .
    - docker push "$IMAGE"

migrate-db:
  stage: migrate
  image: postgres:16
  script:
    - |
      psql "$DATABASE_URL" -v ON_ERROR_STOP=1 <<'SQL'
      BEGIN;
      CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY, applied_at TIMESTAMPTZ DEFAULT now());
      ALTER TABLE orders ADD COLUMN IF NOT EXISTS shipped_at TIMESTAMPTZ;
      CREATE INDEX IF NOT EXISTS orders_shipped_at_idx ON orders (shipped_at) WHERE shipped_at IS NOT NULL;
      INSERT INTO schema_migrations (version) VALUES ('2024_06_add_shipped_at') ON CONFLICT DO NOTHING;
      COMMIT;
      SQL
  rules:
    - if: $CI_COMMIT_BRANCH == "main"

deploy:
  stage: deploy
  image: bitnami/kubectl:1.29
  script:
    - kubectl set image deployment/api api="$IMAGE" -n production
    - kubectl rollout status deployment/api -n production --timeout=180s
  environment:
    name: production
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
      when: manual
""")

C("metrics_host_cloud_init.yaml", "YAML", "cloud-init user-data; write_files holds a Python script and systemd INI units", r"""
#cloud-config
package_update: true
packages:
  - python3-venv
  - nginx

write_files:
  - path: /opt/metrics/collect.py
    permissions: "0755"
    content: |
      #!/usr/bin/env python3
      import json, shutil, socket, time
      from pathlib import Path

      def snapshot() -> dict:
          total, used, free = shutil.disk_usage("/")
          load1, load5, load15 = (float(x) for x in Path("/proc/loadavg").read_text().split()[:3])
          return {"host": socket.gethostname(), "ts": int(time.time()),
                  "disk_free_gb": round(free / 2**30, 1), "load": [load1, load5, load15]}

      if __name__ == "__main__":
          print(json.dumps(snapshot()))
  - path: /etc/systemd/system/metrics.service
    content: |
      [Unit]
      Description=Collect host metrics
      After=network-online.target

      [Service]
      Type=oneshot
      ExecStart=/bin/sh -c '/opt/metrics/collect.py >> /var/log/metrics.jsonl'
  - path: /etc/systemd/system/metrics.timer
    content: |
      [Unit]
      Description=Run metrics collection every minute

      [Timer]
      OnCalendar=*-*-* *:*:00
      Persistent=true

      [Install]
      WantedBy=timers.target

runcmd:
  - systemctl daemon-reload
  - systemctl enable --now metrics.timer
  - [sh, -c, "echo 'provisioned at $(date -Is)' > /var/log/provisioned"]
""")

C("events_compose_python_command.yml", "YAML", "docker compose file whose command is an inline Python program and a folded shell loop", r"""
services:
  db:
    image: postgres:16-alpine
    environment:
      POSTGRES_PASSWORD: dev
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U postgres && psql -U postgres -tAc 'SELECT 1' | grep -q 1"]
      interval: 5s
      retries: 12
  migrate:
    image: python:3.12-slim
    depends_on:
      db:
        condition: service_healthy
    entrypoint: ["python", "-c"]
    command:
      - |
        import os, time, psycopg
        conn = psycopg.connect(os.environ["DATABASE_URL"], autocommit=True)
        with conn.cursor() as cur:
            cur.execute("CREATE TABLE IF NOT EXISTS events (id bigserial PRIMARY KEY, kind text NOT NULL, at timestamptz DEFAULT now())")
            cur.execute("CREATE INDEX IF NOT EXISTS events_kind_idx ON events (kind)")
        print("migrated")
    environment:
      DATABASE_URL: postgresql://postgres:dev@db:5432/postgres
  worker:
    build: ./worker
    command: >
      sh -c "until nc -z db 5432; do echo waiting for db; sleep 1; done;
      exec celery -A worker.app worker --loglevel=info --concurrency=4"
    depends_on:
      - migrate
""")

# ---------------------------------------------------------------------------
# clean: .sh
# ---------------------------------------------------------------------------

C("scaffold_service_heredocs.sh", "Bash", "heredocs holding Python, YAML and a Dockerfile", r"""
#!/usr/bin/env bash
# Scaffold a new FastAPI service: app code, CI config and Dockerfile.
set -euo pipefail

name="${1:?usage: $0 <service-name>}"
mkdir -p "$name/app" "$name/.github/workflows"

cat > "$name/app/main.py" <<'PY'
from fastapi import FastAPI

app = FastAPI()


@app.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok"}
PY

cat > "$name/.github/workflows/ci.yml" <<YAML
name: ${name} CI
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install fastapi pytest httpx
      - run: pytest -q
YAML

cat > "$name/Dockerfile" <<'DOCKER'
FROM python:3.12-slim
WORKDIR /srv
RUN pip install --no-cache-dir fastapi uvicorn[standard]
COPY app ./app
EXPOSE 8000
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
DOCKER

echo "Created $name/"
find "$name" -type f | sort
""")

C("apply_invoice_migrations_psql.sh", "Bash", "psql heredoc holding PostgreSQL DDL and a DO $$ block", r"""
#!/usr/bin/env bash
set -euo pipefail

: "${DATABASE_URL:?DATABASE_URL must be set}"
TARGET_VERSION="${1:-latest}"

echo "Applying migrations up to ${TARGET_VERSION}"

psql "$DATABASE_URL" -v ON_ERROR_STOP=1 --single-transaction <<'SQL'
CREATE TABLE IF NOT EXISTS schema_migrations (
    version     TEXT PRIMARY KEY,
    applied_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS invoices (
    id           BIGSERIAL PRIMARY KEY,
    customer_id  BIGINT NOT NULL,
    amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
    status       TEXT NOT NULL DEFAULT 'draft',
    issued_at    TIMESTAMPTZ
);

CREATE INDEX IF NOT EXISTS invoices_customer_idx ON invoices (customer_id);

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'invoice_status') THEN
        CREATE TYPE invoice_status AS ENUM ('draft', 'open', 'paid', 'void');
    END IF;
END
$$;

INSERT INTO schema_migrations (version) VALUES ('0003_invoices')
ON CONFLICT (version) DO NOTHING;
SQL

count=$(psql "$DATABASE_URL" -At -c "SELECT count(*) FROM schema_migrations")
echo "Done: ${count} migrations recorded."
""")

C("summarise_test_reports_python_c.sh", "Bash", "mostly one python3 -c '...' program", r"""
#!/usr/bin/env bash
# Summarise a directory of JSON test reports. Needs only python3.
set -euo pipefail

report_dir="${1:-reports}"

python3 -c '
import json
import sys
from pathlib import Path

root = Path(sys.argv[1])
totals = {"passed": 0, "failed": 0, "skipped": 0}
slowest = []
for path in sorted(root.glob("*.json")):
    data = json.loads(path.read_text())
    for case in data.get("tests", []):
        outcome = case.get("outcome", "failed")
        totals[outcome] = totals.get(outcome, 0) + 1
        slowest.append((case.get("duration", 0.0), case["nodeid"]))

slowest.sort(reverse=True)
print("{passed} passed / {failed} failed / {skipped} skipped".format(**totals))
print("slowest:")
for duration, nodeid in slowest[:5]:
    print(f"  {duration:7.2f}s  {nodeid}")
sys.exit(1 if totals["failed"] else 0)
' "$report_dir"
""")

C("render_local_configs.sh", "Bash", "heredocs writing JSON, TOML and nginx config", r"""
#!/usr/bin/env bash
# Render config files for the local stack into ./config
set -eu

out=./config
api_port="${API_PORT:-8080}"
mkdir -p "$out"

cat > "$out/app.json" <<EOF
{
  "listen": "0.0.0.0:${api_port}",
  "database": {
    "url": "postgres://dev:dev@localhost:5432/app",
    "max_connections": 10
  },
  "features": ["search", "exports"]
}
EOF

cat > "$out/worker.toml" <<EOF
[queue]
url = "redis://localhost:6379/0"
concurrency = 4

[retry]
max_attempts = 5
backoff = "exponential"
EOF

cat > "$out/nginx.conf" <<EOF
server {
    listen 80;
    location / {
        proxy_pass http://127.0.0.1:${api_port};
        proxy_set_header Host \$host;
        proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
    }
}
EOF

echo "wrote $(ls "$out" | wc -l) files to $out"
""")

C("nginx_log_report_posix.sh", "POSIX sh", "#!/bin/sh script that is mostly an awk program (checked with dash -n too)", r"""
#!/bin/sh
# Summarise an nginx access log: requests per status and the slowest paths.
# POSIX sh + awk only, so it runs on busybox images too.
set -eu

log="${1:-/var/log/nginx/access.log}"
[ -r "$log" ] || { echo "cannot read $log" >&2; exit 1; }

awk '
{
    status[$9]++
    # $NF holds $request_time when log_format ends with it
    t = $NF + 0
    path = $7
    sub(/\?.*/, "", path)
    if (t > max[path]) max[path] = t
    total++
}
END {
    printf "%-8s %8s\n", "status", "count"
    for (s in status) printf "%-8s %8d\n", s, status[s]
    printf "\nslowest paths:\n"
    for (p in max) printf "%8.3f %s\n", max[p], p | "sort -rn | head -n 10"
    close("sort -rn | head -n 10")
    printf "\n%d requests\n", total
}
' "$log"

sed -n 's/.*" \([45][0-9][0-9]\) .*/\1/p' "$log" | sort | uniq -c | sort -rn | head -n 5
""")

C("deploy_web_kubectl_heredoc.sh", "Bash", "kubectl apply -f - with a multi-document YAML heredoc", r"""
#!/usr/bin/env bash
set -euo pipefail

NAMESPACE="${NAMESPACE:-staging}"
IMAGE_TAG="${1:?image tag required}"

kubectl get namespace "$NAMESPACE" >/dev/null 2>&1 || kubectl create namespace "$NAMESPACE"

kubectl apply -n "$NAMESPACE" -f - <<EOF
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
spec:
  replicas: 2
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
          image: ghcr.io/acme/web:${IMAGE_TAG}
          ports:
            - containerPort: 3000
          readinessProbe:
            httpGet:
              path: /healthz
              port: 3000
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - port: 80
      targetPort: 3000
EOF

kubectl rollout status deployment/web -n "$NAMESPACE" --timeout=120s
""")

C("disk_inventory_pwsh_heredoc.sh", "Bash", "runs a PowerShell program passed on stdin through a quoted heredoc", r"""
#!/usr/bin/env bash
# Run the Windows-flavoured inventory script with PowerShell 7 on Linux runners.
set -euo pipefail

if ! command -v pwsh >/dev/null 2>&1; then
  echo "pwsh not found; install powershell first" >&2
  exit 127
fi

pwsh -NoProfile -NonInteractive -Command - <<'PS1'
$ErrorActionPreference = 'Stop'
$report = foreach ($dir in @('/var/log', '/tmp', $HOME)) {
    $items = Get-ChildItem -Path $dir -Recurse -File -ErrorAction SilentlyContinue
    [PSCustomObject]@{
        Path   = $dir
        Files  = $items.Count
        SizeMB = [math]::Round(($items | Measure-Object -Property Length -Sum).Sum / 1MB, 2)
    }
}
$report | Sort-Object SizeMB -Descending | Format-Table -AutoSize
if (($report | Measure-Object -Property SizeMB -Sum).Sum -gt 5000) {
    Write-Warning 'More than 5 GB in scanned directories'
    exit 2
}
PS1
""")

# ---------------------------------------------------------------------------
# clean: .toml
# ---------------------------------------------------------------------------

C("tidepool_cargo_prose_comments.toml", "TOML", "Cargo.toml with long prose comments", r"""
# Cargo manifest for the `tidepool` crate.
#
# A few notes for whoever edits this next:
#
# * We keep `default-features = false` on tokio because the binary only needs
#   the multi-threaded runtime and the net module; pulling in everything made
#   cold builds on CI about forty seconds slower.
# * `serde_json` is pinned to a minor version on purpose. Version 1.0.117
#   changed float formatting and broke two snapshot tests; see issue #212.
# * Do not add `openssl` here. TLS goes through rustls so that the musl build
#   keeps working without a cross-compiled OpenSSL.

[package]
name = "tidepool"
version = "0.9.3"
edition = "2021"
rust-version = "1.74"
description = "Connection pool and load balancer for PostgreSQL read replicas"
license = "Apache-2.0"
repository = "https://github.com/acme/tidepool"
readme = "README.md"
keywords = ["postgres", "pool", "replica"]
categories = ["database", "network-programming"]

[features]
# Metrics are on by default; embedders who bring their own registry can turn
# them off with `default-features = false`.
default = ["metrics"]
metrics = ["dep:prometheus"]

[dependencies]
tokio = { version = "1.37", default-features = false, features = ["rt-multi-thread", "net", "macros", "time"] }
tokio-postgres = "0.7"
rustls = "0.23"
serde = { version = "1", features = ["derive"] }
serde_json = "~1.0.116"
tracing = "0.1"
prometheus = { version = "0.13", optional = true }

[dev-dependencies]
# Integration tests start a throwaway Postgres in Docker.
testcontainers = "0.16"

[profile.release]
# Smaller binaries matter more to us than the last few percent of speed.
opt-level = "s"
lto = "thin"
strip = true
""")

C("ingest_pyproject_prose_comments.toml", "TOML", "pyproject.toml with prose comments and tool sections", r"""
# pyproject.toml for the ingest service.
#
# Why hatch and not setuptools? Mostly for the dynamic version from git tags
# and the simpler build config. If you switch back, remember that the package
# data (the SQL files under src/ingest/sql) must still ship in the wheel.

[build-system]
requires = ["hatchling>=1.21", "hatch-vcs"]
build-backend = "hatchling.build"

[project]
name = "ingest"
dynamic = ["version"]
description = "Pulls partner CSV drops from SFTP and loads them into the warehouse"
readme = "README.md"
requires-python = ">=3.11"
authors = [{ name = "Data Platform", email = "data-platform@example.com" }]
dependencies = [
    "paramiko>=3.4",      # SFTP
    "polars>=0.20",       # parsing the CSVs; much faster than pandas here
    "psycopg[binary]>=3.1",
    "typer>=0.12",
]

[project.optional-dependencies]
dev = ["pytest>=8", "pytest-cov", "ruff>=0.4", "mypy>=1.10"]

[project.scripts]
ingest = "ingest.cli:app"

[tool.hatch.version]
source = "vcs"

[tool.ruff]
line-length = 100
target-version = "py311"

[tool.ruff.lint]
# E501 is handled by the formatter; B008 fires on typer.Option defaults.
select = ["E", "F", "I", "B", "UP"]
ignore = ["E501", "B008"]

[tool.pytest.ini_options]
addopts = "-ra --strict-markers"
markers = [
    "sftp: needs the local SFTP container (docker compose up sftp)",
    "slow: takes more than a few seconds",
]

[tool.mypy]
strict = true
# polars ships partial stubs; paramiko has none.
ignore_missing_imports = true
""")

C("task_runner_shell_scripts.toml", "TOML", "multi-line literal strings holding bash scripts", r"""
# Task definitions read by our small internal runner (`tasks run <name>`).
# Each `script` is passed to `bash -euo pipefail -c`.

[env]
RUST_LOG = "info"
DATABASE_URL = "postgres://dev:dev@localhost:5432/app"

[tasks.db-reset]
description = "Drop and recreate the local database, then run migrations"
script = '''
docker compose up -d db
until pg_isready -h localhost -p 5432 >/dev/null 2>&1; do
  echo "waiting for postgres..."
  sleep 1
done
psql "$DATABASE_URL" -c 'DROP SCHEMA public CASCADE; CREATE SCHEMA public;'
sqlx migrate run
'''

[tasks.release]
description = "Tag and publish a release"
depends = ["test", "lint"]
script = '''
version=$(grep -m1 '^version' Cargo.toml | cut -d '"' -f2)
if git rev-parse "v${version}" >/dev/null 2>&1; then
  echo "tag v${version} already exists" >&2
  exit 1
fi
git tag -s "v${version}" -m "Release v${version}"
git push origin "v${version}"
cargo publish
'''

[tasks.test]
script = "cargo nextest run --workspace"

[tasks.lint]
script = '''
cargo fmt --all -- --check
cargo clippy --workspace --all-targets -- -D warnings
'''

[tasks.bench-report]
description = "Run benchmarks and write a Markdown table"
script = '''
cargo bench --bench throughput -- --output-format bencher | tee target/bench.txt
awk '/^test/ { printf "| %s | %s ns/iter |\n", $2, $5 }' target/bench.txt > target/bench.md
'''
""")

C("whats_new_release_notes_markdown.toml", "TOML", "multi-line basic strings holding Markdown (tables, json fence)", r'''
# Release notes shown in the in-app "What's new" dialog.
# `body` is CommonMark; keep headings at level 3 or below.

[[release]]
version = "3.2.0"
date = 2024-06-04
highlights = ["Bulk edit", "Faster search"]
body = """
### Bulk edit

Select several rows with **Shift-click** and press `E` to edit them together.
Fields that differ show *(mixed)*; leave them blank to keep each value.

### Faster search

Search now uses the new index, so results for large workspaces appear in
well under a second.

| Workspace size | Before | After |
| -------------- | ------ | ----- |
| 10k items      | 1.8 s  | 0.2 s |
| 100k items     | 9.4 s  | 0.6 s |
"""

[[release]]
version = "3.1.2"
date = 2024-05-21
highlights = []
body = """
### Fixes

- Exports no longer drop the last row when the file ends without a newline.
- The `Copy link` button works again in Safari.
- Fixed a crash when a comment contained only an emoji.

> **Note:** if you use the API directly, `GET /items` now returns `next_cursor`
> instead of `next`. The old field is kept until 4.0.
"""

[[release]]
version = "3.1.0"
date = 2024-05-02
highlights = ["Webhooks"]
body = """
### Webhooks

You can now receive a `POST` whenever an item changes:

```json
{"event": "item.updated", "id": "itm_123", "changes": ["status"]}
```

Configure them under **Settings → Integrations**.
"""
''')

C("spa_netlify.toml", "TOML", "netlify.toml: indented INI-looking tables, shell build commands, CSP header", r"""
[build]
  base = "web/"
  command = "npm ci && npm run build && cp _headers dist/"
  publish = "dist/"

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
    X-Frame-Options = "DENY"
    Content-Security-Policy = "default-src 'self'; script-src 'self' https://plausible.io; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'"
    Referrer-Policy = "strict-origin-when-cross-origin"

[[plugins]]
  package = "@netlify/plugin-lighthouse"
  [plugins.inputs]
    output_path = "reports/lighthouse.html"
""")

C("repository_named_queries_sql.toml", "TOML", "named PostgreSQL queries in multi-line literal strings", r"""
# Named queries loaded by the repository layer at start-up.
# Placeholders use $1, $2 ... (PostgreSQL). Keep one statement per entry.

[queries.find_user_by_email]
returns = "one"
sql = '''
SELECT id, email, display_name, created_at
FROM users
WHERE lower(email) = lower($1)
  AND deleted_at IS NULL
'''

[queries.list_recent_orders]
returns = "many"
sql = '''
SELECT o.id, o.total_cents, o.status, o.created_at,
       json_agg(json_build_object('sku', li.sku, 'qty', li.quantity)) AS items
FROM orders o
JOIN line_items li ON li.order_id = o.id
WHERE o.customer_id = $1
  AND o.created_at > now() - ($2 || ' days')::interval
GROUP BY o.id
ORDER BY o.created_at DESC
LIMIT 50
'''

[queries.upsert_inventory]
returns = "none"
sql = '''
INSERT INTO inventory (sku, warehouse_id, quantity, updated_at)
VALUES ($1, $2, $3, now())
ON CONFLICT (sku, warehouse_id)
DO UPDATE SET quantity = EXCLUDED.quantity,
              updated_at = EXCLUDED.updated_at
'''

[queries.monthly_revenue]
returns = "many"
sql = '''
WITH months AS (
    SELECT generate_series(date_trunc('month', $1::date), date_trunc('month', $2::date), '1 month') AS m
)
SELECT m AS month, COALESCE(SUM(o.total_cents), 0) AS revenue_cents
FROM months
LEFT JOIN orders o ON date_trunc('month', o.created_at) = m AND o.status = 'paid'
GROUP BY m
ORDER BY m
'''
""")

C("review_prompts_python_examples.toml", "TOML", "prompt templates whose strings hold Python code and Markdown", r"""
# Prompt templates for the code-review assistant.
# {placeholders} are filled with str.format before sending.

[review]
system = "You are a careful senior Python reviewer. Answer in Markdown."
template = '''
Review the following change. Point out bugs first, then style issues.

```python
{diff}
```

Reply with a list. For each item give the line, the problem and a fix.
'''

[review.example]
input = '''
def average(xs):
    return sum(xs) / len(xs)
'''
output = '''
- **Line 2**: `len(xs)` is zero for an empty list, so this raises
  `ZeroDivisionError`. Guard it:

  ```python
  def average(xs):
      if not xs:
          return 0.0
      return sum(xs) / len(xs)
  ```
'''

[explain]
template = "Explain what this {language} function does in two sentences:\n\n{code}"
""")

# ---------------------------------------------------------------------------
# clean: .js / .mjs
# ---------------------------------------------------------------------------

C("product_card_lit_css_html.mjs", "JavaScript (ES module)", "Lit element with css`` and html`` tagged templates", r"""
import { LitElement, css, html, nothing } from "lit";

export class ProductCard extends LitElement {
  static properties = {
    name: { type: String },
    price: { type: Number },
    imageUrl: { type: String, attribute: "image-url" },
    soldOut: { type: Boolean, attribute: "sold-out" },
  };

  static styles = css`
    :host {
      display: block;
      border: 1px solid #e5e7eb;
      border-radius: 12px;
      overflow: hidden;
      font-family: system-ui, sans-serif;
    }
    img {
      width: 100%;
      aspect-ratio: 4 / 3;
      object-fit: cover;
    }
    .body {
      padding: 12px 16px;
    }
    .price {
      font-weight: 600;
      color: var(--price-color, #111827);
    }
    .badge {
      background: #fee2e2;
      color: #991b1b;
      padding: 2px 8px;
      border-radius: 999px;
      font-size: 0.75rem;
    }
  `;

  render() {
    return html`
      <img src=${this.imageUrl} alt=${this.name} loading="lazy" />
      <div class="body">
        <h3>${this.name}</h3>
        <p class="price">${new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(this.price)}</p>
        ${this.soldOut ? html`<span class="badge">Sold out</span>` : nothing}
        <button ?disabled=${this.soldOut} @click=${this._add}>Add to cart</button>
      </div>
    `;
  }

  _add() {
    this.dispatchEvent(new CustomEvent("add-to-cart", { detail: { name: this.name }, bubbles: true, composed: true }));
  }
}

customElements.define("product-card", ProductCard);
""")

C("articles_search_knex_migration.js", "JavaScript (CommonJS)", "knex migration that is mostly raw PostgreSQL in template literals", r"""
/**
 * Adds full-text search to articles.
 * Knex's schema builder has no tsvector support, so most of this is raw SQL.
 *
 * @param { import("knex").Knex } knex
 */
exports.up = async function up(knex) {
  await knex.raw(`
    ALTER TABLE articles
      ADD COLUMN search tsvector
      GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(body, '')), 'B')
      ) STORED;
  `);

  await knex.raw(`CREATE INDEX articles_search_idx ON articles USING GIN (search);`);

  await knex.raw(`
    CREATE OR REPLACE FUNCTION search_articles(q text, max_rows int DEFAULT 20)
    RETURNS TABLE (id bigint, title text, rank real) AS $$
      SELECT a.id, a.title, ts_rank(a.search, websearch_to_tsquery('english', q)) AS rank
      FROM articles a
      WHERE a.search @@ websearch_to_tsquery('english', q)
      ORDER BY rank DESC
      LIMIT max_rows;
    $$ LANGUAGE sql STABLE;
  `);
};

exports.down = async function down(knex) {
  await knex.raw("DROP FUNCTION IF EXISTS search_articles(text, int);");
  await knex.raw("DROP INDEX IF EXISTS articles_search_idx;");
  await knex.schema.alterTable("articles", (table) => {
    table.dropColumn("search");
  });
};
""")

C("password_reset_email_html.mjs", "JavaScript (ES module)", "returns a full HTML document with a <style> block from a template literal", r"""
const escape = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

export function passwordResetEmail({ name, resetUrl, expiresInMinutes = 30 }) {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Reset your password</title>
  <style>
    body { margin: 0; background: #f3f4f6; font-family: Arial, Helvetica, sans-serif; }
    .card { max-width: 520px; margin: 40px auto; background: #ffffff; border-radius: 8px; padding: 32px; }
    .btn { display: inline-block; background: #2563eb; color: #ffffff !important; text-decoration: none;
           padding: 12px 20px; border-radius: 6px; font-weight: bold; }
    .muted { color: #6b7280; font-size: 13px; }
  </style>
</head>
<body>
  <div class="card">
    <h1>Hi ${escape(name)},</h1>
    <p>We received a request to reset your password. Click the button below to choose a new one.</p>
    <p><a class="btn" href="${escape(resetUrl)}">Reset password</a></p>
    <p class="muted">This link expires in ${expiresInMinutes} minutes. If you did not ask for a reset, you can ignore this email.</p>
  </div>
</body>
</html>`;
}

export function passwordResetText({ name, resetUrl, expiresInMinutes = 30 }) {
  return [
    `Hi ${name},`,
    "",
    "Use the link below to reset your password:",
    resetUrl,
    "",
    `The link expires in ${expiresInMinutes} minutes.`,
  ].join("\n");
}
""")

C("cut_release_shell_commands.mjs", "JavaScript (ES module)", "node shebang; almost every line is a shell command string", r"""
#!/usr/bin/env node
// Cut a release: bump version, build, tag, push. Shells out for everything.
import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";

const sh = (cmd) => execSync(cmd, { stdio: "inherit", shell: "/bin/bash" });
const out = (cmd) => execSync(cmd, { encoding: "utf8" }).trim();

const bump = process.argv[2] ?? "patch";

if (out("git status --porcelain") !== "") {
  console.error("working tree is dirty; commit or stash first");
  process.exit(1);
}

sh(`npm version ${bump} --no-git-tag-version`);
const { version } = JSON.parse(readFileSync("package.json", "utf8"));

sh("rm -rf dist && npm run build");
sh(`tar -czf dist/app-${version}.tar.gz -C dist $(ls dist | grep -v '\\.tar\\.gz$')`);
sh(`git add package.json package-lock.json && git commit -m "release: v${version}"`);
sh(`git tag -a v${version} -m "v${version}"`);
sh("git push --follow-tags origin HEAD");
sh(`gh release create v${version} dist/app-${version}.tar.gz --generate-notes`);

console.log(`released v${version}`);
""")

C("python_client_codegen.js", "JavaScript (CommonJS)", "generates a Python client; long Python source in template literals", r"""
"use strict";
// Generates a typed Python client from our OpenAPI operation list.
const fs = require("fs");

const operations = [
  { name: "list_projects", method: "GET", path: "/projects", returns: "list[Project]" },
  { name: "get_project", method: "GET", path: "/projects/{project_id}", returns: "Project" },
  { name: "delete_project", method: "DELETE", path: "/projects/{project_id}", returns: "None" },
];

const header = `# Generated by scripts/gen-python-client.js — do not edit.
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx


@dataclass
class Project:
    id: str
    name: str
    archived: bool = False


class Client:
    def __init__(self, base_url: str, token: str, timeout: float = 10.0) -> None:
        self._http = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {token}"},
            timeout=timeout,
        )
`;

function pathParams(path) {
  return [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
}

function method(op) {
  const params = pathParams(op.path);
  const args = ["self", ...params.map((p) => `${p}: str`)].join(", ");
  const body = [
    `        resp = self._http.request("${op.method}", f"${op.path}")`,
    "        resp.raise_for_status()",
  ];
  if (op.returns === "None") {
    body.push("        return None");
  } else if (op.returns.startsWith("list[")) {
    body.push("        return [Project(**item) for item in resp.json()]");
  } else {
    body.push("        return Project(**resp.json())");
  }
  return `\n    def ${op.name}(${args}) -> ${op.returns}:\n${body.join("\n")}\n`;
}

fs.writeFileSync("client.py", header + operations.map(method).join(""));
console.log(`wrote client.py with ${operations.length} methods`);
""")

C("spa_dockerfile_nginx_generator.js", "JavaScript (CommonJS)", "writes a Dockerfile and an nginx.conf from template literals", r"""
// Writes a Dockerfile and nginx.conf for a static single-page app.
const { writeFileSync } = require("node:fs");

const nodeVersion = process.env.NODE_VERSION || "20";
const apiUpstream = process.env.API_UPSTREAM || "http://api:8080";

const dockerfile = `# syntax=docker/dockerfile:1
FROM node:${nodeVersion}-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
COPY nginx.conf /etc/nginx/conf.d/default.conf
EXPOSE 80
HEALTHCHECK CMD wget -qO- http://localhost/healthz || exit 1
`;

const nginxConf = `server {
    listen 80;
    root /usr/share/nginx/html;

    location = /healthz {
        access_log off;
        return 200 "ok";
    }

    location /api/ {
        proxy_pass ${apiUpstream}/;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }

    location / {
        try_files $uri $uri/ /index.html;
    }
}
`;

writeFileSync("Dockerfile", dockerfile);
writeFileSync("nginx.conf", nginxConf);
console.log("wrote Dockerfile and nginx.conf");
""")

C("apollo_server_typedefs.mjs", "JavaScript (ES module)", "Apollo server with a GraphQL SDL string (#graphql) and resolvers", r"""
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";

const typeDefs = `#graphql
  enum Genre {
    FICTION
    SCIENCE
    HISTORY
  }

  type Author {
    id: ID!
    name: String!
    books: [Book!]!
  }

  type Book {
    id: ID!
    title: String!
    genre: Genre!
    author: Author!
  }

  type Query {
    books(genre: Genre): [Book!]!
    author(id: ID!): Author
  }
`;

const authors = [
  { id: "a1", name: "Ursula K. Le Guin" },
  { id: "a2", name: "Carl Sagan" },
];

const books = [
  { id: "b1", title: "The Dispossessed", genre: "FICTION", authorId: "a1" },
  { id: "b2", title: "Cosmos", genre: "SCIENCE", authorId: "a2" },
];

const resolvers = {
  Query: {
    books: (_parent, { genre }) => (genre ? books.filter((b) => b.genre === genre) : books),
    author: (_parent, { id }) => authors.find((a) => a.id === id) ?? null,
  },
  Book: {
    author: (book) => authors.find((a) => a.id === book.authorId),
  },
  Author: {
    books: (author) => books.filter((b) => b.authorId === author.id),
  },
};

const server = new ApolloServer({ typeDefs, resolvers });
const { url } = await startStandaloneServer(server, { listen: { port: 4000 } });
console.log(`GraphQL ready at ${url}`);
""")

# ---------------------------------------------------------------------------
# language-mismatch: a few longer files (45-60 lines)
# ---------------------------------------------------------------------------

M("django_library_models_as.json", "Python (Django models)", "full; long", r'''
from django.conf import settings
from django.db import models
from django.utils import timezone


class Author(models.Model):
    name = models.CharField(max_length=200)
    bio = models.TextField(blank=True)
    born = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Book(models.Model):
    class Format(models.TextChoices):
        HARDCOVER = "hc", "Hardcover"
        PAPERBACK = "pb", "Paperback"
        EBOOK = "eb", "E-book"

    title = models.CharField(max_length=300)
    isbn = models.CharField(max_length=13, unique=True)
    authors = models.ManyToManyField(Author, related_name="books")
    format = models.CharField(max_length=2, choices=Format.choices, default=Format.PAPERBACK)
    published = models.DateField()
    copies = models.PositiveIntegerField(default=1)

    def __str__(self):
        return f"{self.title} ({self.isbn})"

    @property
    def available(self) -> int:
        return self.copies - self.loans.filter(returned_at__isnull=True).count()


class Loan(models.Model):
    book = models.ForeignKey(Book, on_delete=models.PROTECT, related_name="loans")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    borrowed_at = models.DateTimeField(default=timezone.now)
    due_at = models.DateTimeField()
    returned_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["member", "returned_at"])]
        constraints = [
            models.CheckConstraint(check=models.Q(due_at__gt=models.F("borrowed_at")), name="due_after_borrow"),
        ]

    @property
    def overdue(self) -> bool:
        return self.returned_at is None and timezone.now() > self.due_at
''')

M("deploy_pipeline_workflow_as.toml", "YAML (GitHub Actions)", "full; long; several jobs", r"""
name: Build and deploy

on:
  push:
    branches: [main]
  workflow_dispatch:

env:
  REGISTRY: ghcr.io
  IMAGE_NAME: ${{ github.repository }}

jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres
        ports: ["5432:5432"]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npm test
        env:
          DATABASE_URL: postgres://postgres:postgres@localhost:5432/postgres

  build:
    needs: test
    runs-on: ubuntu-latest
    permissions:
      contents: read
      packages: write
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          registry: ${{ env.REGISTRY }}
          username: ${{ github.actor }}
          password: ${{ secrets.GITHUB_TOKEN }}
      - uses: docker/build-push-action@v5
        with:
          push: true
          tags: ${{ env.REGISTRY }}/${{ env.IMAGE_NAME }}:${{ github.sha }}

  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment: production
    steps:
      - run: |
          curl -fsS -X POST "$DEPLOY_HOOK?image=${{ github.sha }}"
        env:
          DEPLOY_HOOK: ${{ secrets.DEPLOY_HOOK_URL }}
""")

M("notes_api_sqlalchemy_as.sh", "Python (FastAPI + SQLAlchemy)", "partial (cut off inside a function body, no final newline); long", r'''
from datetime import datetime
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel
from sqlalchemy import DateTime, ForeignKey, String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship

engine = create_engine("sqlite:///./notes.db", connect_args={"check_same_thread": False})


class Base(DeclarativeBase):
    pass


class Notebook(Base):
    __tablename__ = "notebooks"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(120))
    notes: Mapped[list["Note"]] = relationship(back_populates="notebook", cascade="all, delete-orphan")


class Note(Base):
    __tablename__ = "notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    notebook_id: Mapped[int] = mapped_column(ForeignKey("notebooks.id"))
    body: Mapped[str]
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.utcnow)
    notebook: Mapped[Notebook] = relationship(back_populates="notes")


class NoteIn(BaseModel):
    body: str


def get_session():
    with Session(engine) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]
app = FastAPI()


@app.post("/notebooks/{notebook_id}/notes", status_code=201)
def add_note(notebook_id: int, payload: NoteIn, session: SessionDep):
    notebook = session.get(Notebook, notebook_id)
    if notebook is None:
        raise HTTPException(status_code=404, detail="notebook not found")
    note = Note(notebook=notebook, body=payload.body)
    session.add(note)
    session.commit()
    return {"id": note.id, "created_at": note.created_at.isoformat()}


@app.get("/notebooks/{notebook_id}/notes")
def list_notes(notebook_id: int, session: SessionDep, limit: int = 50):
    rows = session.scalars(
        select(Note).where(Note.notebook_id == notebook_id).order_by(Note.created_at.desc()).li''')
