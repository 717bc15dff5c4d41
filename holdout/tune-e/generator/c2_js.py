from common import f
D = 'placeholder'

f(D, 'server.js', 'javascript', 'comment-only elision "// ... rest of the routes unchanged" in place of the remaining routes (syntax still valid)', r'''
const express = require("express");
const helmet = require("helmet");
const { pool } = require("./db");

const app = express();
app.use(helmet());
app.use(express.json({ limit: "1mb" }));

app.get("/healthz", (req, res) => res.json({ ok: true }));

app.get("/api/products", async (req, res, next) => {
  try {
    const { rows } = await pool.query(
      "SELECT id, name, price_cents FROM products ORDER BY name LIMIT $1",
      [Math.min(Number(req.query.limit) || 50, 200)]
    );
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

// ... rest of the routes unchanged

app.use((err, req, res, next) => {
  console.error(err);
  res.status(500).json({ error: "internal_error" });
});

const port = process.env.PORT || 3000;
app.listen(port, () => console.log(`listening on ${port}`));
''')

f(D, 'users.js', 'javascript', 'comment-only elision "/* existing handlers */" inside the exported controller object (syntax valid)', r'''
const User = require("../models/user");
const { NotFoundError } = require("../errors");

module.exports = {
  async list(req, res) {
    const users = await User.findAll({ limit: 100, order: [["createdAt", "DESC"]] });
    res.json(users);
  },

  async show(req, res) {
    const user = await User.findByPk(req.params.id);
    if (!user) throw new NotFoundError("user");
    res.json(user);
  },

  /* existing handlers */

  async deactivate(req, res) {
    const user = await User.findByPk(req.params.id);
    if (!user) throw new NotFoundError("user");
    user.active = false;
    await user.save();
    res.status(204).end();
  },
};
''')

f(D, 'Button.jsx', 'jsx', 'JSX elision {/* ... */} standing in for the icon/label variants (syntax valid)', r'''
import React from "react";
import clsx from "clsx";
import Spinner from "./Spinner";

export default function Button({ variant = "primary", size = "md", loading, children, ...rest }) {
  const className = clsx(
    "btn",
    `btn-${variant}`,
    `btn-${size}`,
    loading && "btn-loading"
  );

  return (
    <button className={className} disabled={loading || rest.disabled} {...rest}>
      {loading && <Spinner size="sm" />}
      {/* ... */}
      <span className="btn-label">{children}</span>
    </button>
  );
}
''')

f(D, 'validate.mjs', 'javascript', 'comment-only elision "// TODO: same as above for the remaining fields" replacing field checks (syntax valid)', r'''
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateSignup(input) {
  const errors = {};

  if (!input.name || input.name.trim().length < 2) {
    errors.name = "Name must be at least 2 characters.";
  }

  if (!input.email || !EMAIL_RE.test(input.email)) {
    errors.email = "Enter a valid email address.";
  }

  // TODO: same as above for the remaining fields

  return {
    valid: Object.keys(errors).length === 0,
    errors,
  };
}
''')

f(D, 'cartReducer.js', 'javascript', 'comment-only elision "// (other cases as before)" inside the reducer switch (syntax valid)', r'''
export const initialState = { items: [], coupon: null, updatedAt: null };

export function cartReducer(state = initialState, action) {
  switch (action.type) {
    case "cart/add": {
      const existing = state.items.find((i) => i.sku === action.payload.sku);
      const items = existing
        ? state.items.map((i) =>
            i.sku === action.payload.sku ? { ...i, qty: i.qty + 1 } : i
          )
        : [...state.items, { ...action.payload, qty: 1 }];
      return { ...state, items, updatedAt: Date.now() };
    }

    // (other cases as before)

    case "cart/clear":
      return { ...initialState, updatedAt: Date.now() };

    default:
      return state;
  }
}
''')

f(D, 'webpack.config.js', 'javascript', 'bare "..." line inside the plugins array stands for the omitted plugins (syntax error)', r'''
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");

module.exports = (env, argv) => ({
  entry: "./src/index.js",
  output: {
    path: path.resolve(__dirname, "dist"),
    filename: "[name].[contenthash].js",
    clean: true,
  },
  module: {
    rules: [
      { test: /\.jsx?$/, exclude: /node_modules/, use: "babel-loader" },
      { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
    ],
  },
  plugins: [
    new HtmlWebpackPlugin({ template: "public/index.html" }),
    new MiniCssExtractPlugin(),
    ...
  ],
  devtool: argv.mode === "production" ? "source-map" : "eval-cheap-source-map",
  devServer: { port: 8080, historyApiFallback: true },
});
''')

f(D, 'Dashboard.jsx', 'jsx', 'bare "..." line as JSX child text stands for the omitted widgets (parses as JSX text, so a parser accepts it)', r'''
import React, { useEffect, useState } from "react";
import { fetchStats } from "../api";
import StatCard from "./StatCard";

export default function Dashboard() {
  const [stats, setStats] = useState(null);

  useEffect(() => {
    fetchStats().then(setStats);
  }, []);

  if (!stats) return <p>Loading…</p>;

  return (
    <section className="dashboard">
      <h1>Overview</h1>
      <div className="grid">
        <StatCard label="Revenue" value={stats.revenue} />
        <StatCard label="Orders" value={stats.orders} />
        ...
      </div>
    </section>
  );
}
''')

f(D, 'db.mjs', 'javascript', 'comment-only elision "// <existing code>" standing in for the remaining repository methods (syntax valid)', r'''
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

export class OrderRepository {
  async findById(id) {
    const { rows } = await pool.query("SELECT * FROM orders WHERE id = $1", [id]);
    return rows[0] ?? null;
  }

  async create({ customerId, totalCents }) {
    const { rows } = await pool.query(
      "INSERT INTO orders (customer_id, total_cents) VALUES ($1, $2) RETURNING *",
      [customerId, totalCents]
    );
    return rows[0];
  }

  // <existing code>
}

export async function close() {
  await pool.end();
}
''')

f(D, 'middleware.js', 'javascript', 'bare "…" (U+2026) line in the middle of the function body (syntax error)', r'''
const jwt = require("jsonwebtoken");

const PUBLIC_PATHS = new Set(["/healthz", "/login", "/signup"]);

function authenticate(req, res, next) {
  if (PUBLIC_PATHS.has(req.path)) return next();

  const header = req.headers.authorization || "";
  const [scheme, token] = header.split(" ");
  if (scheme !== "Bearer" || !token) {
    return res.status(401).json({ error: "missing_token" });
  }

  …

  try {
    req.user = jwt.verify(token, process.env.JWT_SECRET);
    next();
  } catch (err) {
    res.status(401).json({ error: "invalid_token" });
  }
}

module.exports = { authenticate };
''')

f(D, 'cli.mjs', 'javascript', 'comment-only elision "// etc." after the first two subcommands (syntax valid)', r'''
#!/usr/bin/env node
import { parseArgs } from "node:util";
import { sync } from "./commands/sync.mjs";
import { status } from "./commands/status.mjs";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    verbose: { type: "boolean", short: "v" },
    config: { type: "string", short: "c", default: "./sync.config.json" },
  },
});

const [command, ...args] = positionals;

const commands = {
  sync: () => sync(args, values),
  status: () => status(values),
  // etc.
};

if (!commands[command]) {
  console.error(`unknown command: ${command ?? "(none)"}`);
  process.exit(2);
}

await commands[command]();
''')

f(D, 'Modal.jsx', 'jsx', 'comment-only elision "// ... existing state and effects" inside the component body (syntax valid)', r'''
import React, { useEffect, useRef } from "react";
import { createPortal } from "react-dom";

export default function Modal({ open, title, onClose, children }) {
  const dialogRef = useRef(null);

  // ... existing state and effects

  useEffect(() => {
    if (!open) return;
    const onKey = (e) => e.key === "Escape" && onClose();
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open, onClose]);

  if (!open) return null;

  return createPortal(
    <div className="modal-backdrop" onClick={onClose}>
      <div ref={dialogRef} className="modal" role="dialog" aria-label={title} onClick={(e) => e.stopPropagation()}>
        <h2>{title}</h2>
        {children}
      </div>
    </div>,
    document.body
  );
}
''')

f(D, 'routes.js', 'javascript', 'comment-only elision "// (other routes as before)" in the router (syntax valid)', r'''
const { Router } = require("express");
const invoices = require("./controllers/invoices");
const { requireRole } = require("./auth");

const router = Router();

router.get("/invoices", invoices.list);
router.get("/invoices/:id", invoices.show);
router.post("/invoices", requireRole("billing"), invoices.create);

// (other routes as before)

router.post("/invoices/:id/send", requireRole("billing"), invoices.send);

module.exports = router;
''')

f(D, 'schemas.js', 'javascript', 'bare "..." line inside an object literal for the omitted field schemas (syntax error)', r'''
const Joi = require("joi");

const address = Joi.object({
  line1: Joi.string().max(120).required(),
  line2: Joi.string().max(120).allow(""),
  city: Joi.string().max(80).required(),
  postcode: Joi.string().max(16).required(),
  country: Joi.string().length(2).uppercase().required(),
});

const customer = Joi.object({
  name: Joi.string().min(2).max(100).required(),
  email: Joi.string().email().required(),
  phone: Joi.string().pattern(/^\+?[0-9 ]{7,20}$/),
  ...
});

module.exports = { address, customer };
''')

f(D, 'hooks.js', 'javascript', 'function body replaced by comment "/* same as useQuery above */" (syntax valid, body missing)', r'''
import { useEffect, useState } from "react";

export function useQuery(url) {
  const [data, setData] = useState(null);
  const [error, setError] = useState(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let cancelled = false;
    setLoading(true);
    fetch(url)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(r.statusText))))
      .then((json) => !cancelled && setData(json))
      .catch((e) => !cancelled && setError(e))
      .finally(() => !cancelled && setLoading(false));
    return () => {
      cancelled = true;
    };
  }, [url]);

  return { data, error, loading };
}

export function usePaginatedQuery(url, page) {
  /* same as useQuery above */
}
''')

f(D, 'queue.mjs', 'javascript', 'bare "..." line inside a class body for the omitted methods (syntax error)', r'''
import { EventEmitter } from "node:events";

export class JobQueue extends EventEmitter {
  #jobs = [];
  #running = 0;

  constructor({ concurrency = 4 } = {}) {
    super();
    this.concurrency = concurrency;
  }

  push(job) {
    this.#jobs.push(job);
    this.#drain();
  }

  ...

  get size() {
    return this.#jobs.length;
  }
}
''')

f(D, 'CheckoutForm.jsx', 'jsx', 'JSX comment elision {/* ...remaining fields */} in the form (syntax valid)', r'''
import React, { useState } from "react";

export default function CheckoutForm({ onSubmit }) {
  const [form, setForm] = useState({ name: "", email: "", address: "" });

  const update = (field) => (e) => setForm({ ...form, [field]: e.target.value });

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(form);
      }}
    >
      <label>
        Full name
        <input value={form.name} onChange={update("name")} required />
      </label>
      <label>
        Email
        <input type="email" value={form.email} onChange={update("email")} required />
      </label>
      {/* ...remaining fields */}
      <button type="submit">Place order</button>
    </form>
  );
}
''')
