CASES = [
("app.js", "express app: '// ... other routes unchanged' between route handlers; valid CommonJS", r'''
const express = require("express");
const morgan = require("morgan");
const { db } = require("./db");

const app = express();
app.use(express.json());
app.use(morgan("tiny"));

app.get("/api/books", async (req, res) => {
  const books = await db.book.findMany({ orderBy: { title: "asc" } });
  res.json(books);
});

@@{
app.get("/api/books/:id", async (req, res) => {
  const book = await db.book.findUnique({ where: { id: Number(req.params.id) } });
  if (!book) return res.status(404).json({ error: "not found" });
  res.json(book);
});

app.post("/api/books", async (req, res) => {
  const book = await db.book.create({ data: req.body });
  res.status(201).json(book);
});
@@|
// ... other routes unchanged
@@}

app.delete("/api/books/:id", async (req, res) => {
  await db.book.delete({ where: { id: Number(req.params.id) } });
  res.status(204).end();
});

module.exports = app;
'''),

("config.js", "bare '...' line inside an object literal (after a property); invalid JS", r'''
const path = require("path");

const env = process.env.NODE_ENV || "development";

const config = {
  env,
  port: parseInt(process.env.PORT, 10) || 8080,
  logLevel: process.env.LOG_LEVEL || "info",
@@{
  database: {
    host: process.env.DB_HOST || "localhost",
    port: parseInt(process.env.DB_PORT, 10) || 5432,
    name: process.env.DB_NAME || "app",
  },
  uploadsDir: path.join(__dirname, "..", "uploads"),
@@|
  ...
@@}
  session: {
    secret: process.env.SESSION_SECRET,
    maxAge: 1000 * 60 * 60 * 24,
  },
};

if (env === "production" && !config.session.secret) {
  throw new Error("SESSION_SECRET must be set in production");
}

module.exports = config;
'''),

("middleware.js", "app.use chain: '/* existing middleware */' replaces cors/compression/static setup; valid JS", r'''
const cors = require("cors");
const compression = require("compression");
const rateLimit = require("express-rate-limit");
const path = require("path");

function applyMiddleware(app) {
@@{
  app.use(cors({ origin: process.env.CORS_ORIGIN || "*" }));
  app.use(compression());
  app.use(express.static(path.join(__dirname, "public"), { maxAge: "1d" }));
@@|
  /* existing middleware */
@@}

  app.use(
    "/api/",
    rateLimit({
      windowMs: 15 * 60 * 1000,
      max: 100,
      standardHeaders: true,
      legacyHeaders: false,
    })
  );

  app.use((err, req, res, next) => {
    console.error(err);
    res.status(err.status || 500).json({ error: err.message });
  });
}

const express = require("express");
module.exports = { applyMiddleware };
'''),

("webpack.config.js", "module.rules array: '// ... rest of config' after first rule, inside the array; valid JS", r'''
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
@@{
      { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
      { test: /\.(png|svg|jpg)$/, type: "asset/resource" },
@@|
      // ... rest of config
@@}
    ],
  },
  plugins: [
    new HtmlWebpackPlugin({ template: "./public/index.html" }),
    new MiniCssExtractPlugin(),
  ],
  devtool: argv.mode === "production" ? "source-map" : "eval-cheap-module-source-map",
  devServer: { historyApiFallback: true, port: 3000 },
});
'''),

("ProductList.jsx", "JSX children: '{/* ...existing list items... */}' inside <ul> after one static item; valid JSX", r'''
import { useEffect, useState } from "react";

export default function ProductList({ category }) {
  const [products, setProducts] = useState([]);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    setLoading(true);
    fetch(`/api/products?category=${encodeURIComponent(category)}`)
      .then((r) => r.json())
      .then((data) => setProducts(data))
      .finally(() => setLoading(false));
  }, [category]);

  if (loading) return <p>Loading products</p>;

  return (
    <ul className="products">
      <li className="products__header">{products.length} items</li>
@@{
      {products.map((p) => (
        <li key={p.id} className="products__item">
          <img src={p.thumbnail} alt="" width={64} height={64} />
          <span>{p.name}</span>
          <strong>${p.price.toFixed(2)}</strong>
        </li>
      ))}
@@|
      {/* ...existing list items... */}
@@}
    </ul>
  );
}
'''),

("sync.js", "only body of an async function: '// TODO: same as before'; valid JS", r'''
const fs = require("fs/promises");
const path = require("path");

const SOURCE = process.argv[2];
const TARGET = process.argv[3];

async function listFiles(dir) {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const files = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(full)));
    else files.push(full);
  }
  return files;
}

async function copyIfNewer(src, dest) {
@@{
  const [a, b] = await Promise.all([fs.stat(src), fs.stat(dest).catch(() => null)]);
  if (b && b.mtimeMs >= a.mtimeMs) return false;
  await fs.mkdir(path.dirname(dest), { recursive: true });
  await fs.copyFile(src, dest);
  return true;
@@|
  // TODO: same as before
@@}
}

(async () => {
  const files = await listFiles(SOURCE);
  let copied = 0;
  for (const file of files) {
    const dest = path.join(TARGET, path.relative(SOURCE, file));
    if (await copyIfNewer(file, dest)) copied++;
  }
  console.log(`copied ${copied} of ${files.length} files`);
})();
'''),

("colors.mjs", "middle of an array literal: '…' (unicode ellipsis) line between palette entries; invalid JS", r'''
export const palette = [
  { name: "slate", hex: "#64748b" },
  { name: "red", hex: "#ef4444" },
@@{
  { name: "orange", hex: "#f97316" },
  { name: "amber", hex: "#f59e0b" },
  { name: "green", hex: "#22c55e" },
  { name: "blue", hex: "#3b82f6" },
@@|
  …
@@}
  { name: "violet", hex: "#8b5cf6" },
  { name: "pink", hex: "#ec4899" },
];

export function hexToRgb(hex) {
  const n = parseInt(hex.slice(1), 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}

export function byName(name) {
  return palette.find((c) => c.name === name);
}
'''),

("auth.js", "function body: '// <existing code>' replaces token verification; valid JS", r'''
const jwt = require("jsonwebtoken");

const SECRET = process.env.JWT_SECRET;

function requireAuth(req, res, next) {
  const header = req.headers.authorization || "";
  const [scheme, token] = header.split(" ");
  if (scheme !== "Bearer" || !token) {
    return res.status(401).json({ error: "missing token" });
  }

@@{
  try {
    req.user = jwt.verify(token, SECRET, { algorithms: ["HS256"] });
  } catch (err) {
    return res.status(401).json({ error: "invalid token" });
  }
@@|
  // <existing code>
@@}

  next();
}

function requireRole(role) {
  return (req, res, next) => {
    if (!req.user || req.user.role !== role) {
      return res.status(403).json({ error: "forbidden" });
    }
    next();
  };
}

module.exports = { requireAuth, requireRole };
'''),

("cli.mjs", "switch statement: '// ... other cases unchanged' replaces case arms; valid ESM", r'''
#!/usr/bin/env node
import { readFile, writeFile } from "node:fs/promises";
import { argv, exit } from "node:process";

const [, , command, ...args] = argv;

async function main() {
  switch (command) {
    case "init":
      await writeFile("notes.json", "[]\n");
      console.log("initialised notes.json");
      break;
@@{
    case "add": {
      const notes = JSON.parse(await readFile("notes.json", "utf8"));
      notes.push({ text: args.join(" "), at: new Date().toISOString() });
      await writeFile("notes.json", JSON.stringify(notes, null, 2) + "\n");
      break;
    }
    case "list": {
      const notes = JSON.parse(await readFile("notes.json", "utf8"));
      notes.forEach((n, i) => console.log(`${i + 1}. ${n.text}`));
      break;
    }
@@|
    // ... other cases unchanged
@@}
    default:
      console.error(`unknown command: ${command ?? "(none)"}`);
      exit(1);
  }
}

main();
'''),

("queue.js", "end of file: '// Rest of the file remains the same' replaces worker start and exports; valid JS", r'''
const { Queue, Worker } = require("bullmq");
const IORedis = require("ioredis");
const { sendEmail } = require("./mailer");

const connection = new IORedis(process.env.REDIS_URL, { maxRetriesPerRequest: null });

const emailQueue = new Queue("email", { connection });

async function enqueueWelcome(user) {
  await emailQueue.add(
    "welcome",
    { to: user.email, name: user.name },
    { attempts: 3, backoff: { type: "exponential", delay: 5000 } }
  );
}

@@{
const worker = new Worker(
  "email",
  async (job) => {
    await sendEmail(job.data.to, "Welcome!", `Hi ${job.data.name}`);
  },
  { connection, concurrency: 5 }
);

worker.on("failed", (job, err) => console.error(`job ${job.id} failed`, err));

module.exports = { emailQueue, enqueueWelcome };
@@|
// Rest of the file remains the same
@@}
'''),

("index.cjs", "module.exports object: '// ...' alone then 'other helpers omitted' comment inside the exports object; valid CommonJS", r'''
"use strict";

const slugify = (s) =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .replace(/[\s_-]+/g, "-");

const truncate = (s, n) => (s.length > n ? s.slice(0, n - 1) + "\u2026" : s);

const capitalize = (s) => s.charAt(0).toUpperCase() + s.slice(1);

const camelCase = (s) => s.replace(/[-_\s]+(.)?/g, (_, c) => (c ? c.toUpperCase() : ""));

module.exports = {
  slugify,
@@{
  truncate,
  capitalize,
@@|
  // ... other helpers omitted
@@}
  camelCase,
};
'''),

(".eslintrc.cjs", "rules object: '// ...rest of your rules' at end of rules; valid CommonJS", r'''
module.exports = {
  root: true,
  env: { browser: true, es2022: true, node: true },
  extends: [
    "eslint:recommended",
    "plugin:react/recommended",
    "plugin:react-hooks/recommended",
    "prettier",
  ],
  parserOptions: { ecmaVersion: "latest", sourceType: "module" },
  settings: { react: { version: "detect" } },
  rules: {
    "no-unused-vars": ["warn", { argsIgnorePattern: "^_" }],
    "react/prop-types": "off",
@@{
    "react/react-in-jsx-scope": "off",
    eqeqeq: ["error", "smart"],
    "no-console": ["warn", { allow: ["warn", "error"] }],
@@|
    // ...rest of your rules
@@}
  },
  ignorePatterns: ["dist/", "coverage/"],
};
'''),

("vite.config.mjs", "plugins array / server block: '// [unchanged]' replaces the proxy settings inside server; valid ESM", r'''
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { fileURLToPath, URL } from "node:url";

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./src", import.meta.url)),
    },
  },
  server: {
    port: 5173,
@@{
    proxy: {
      "/api": {
        target: "http://localhost:8000",
        changeOrigin: true,
        rewrite: (p) => p.replace(/^\/api/, ""),
      },
    },
@@|
    // [unchanged]
@@}
  },
  build: {
    outDir: "dist",
    sourcemap: true,
  },
});
'''),

("retry.js", "only body of a function: '/* ... */' block comment; valid JS", r'''
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function backoffDelay(attempt, base = 200, cap = 10_000) {
@@{
  const exp = Math.min(cap, base * 2 ** attempt);
  return Math.floor(Math.random() * exp);
@@|
  /* ... */
@@}
}

async function retry(fn, { retries = 5, onRetry } = {}) {
  let lastErr;
  for (let attempt = 0; attempt <= retries; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      lastErr = err;
      if (attempt === retries) break;
      const delay = backoffDelay(attempt);
      if (onRetry) onRetry(err, attempt, delay);
      await sleep(delay);
    }
  }
  throw lastErr;
}

module.exports = { retry, backoffDelay };
'''),

("cart.js", "class body: '// Other methods remain unchanged' replaces remove()/clear(); valid JS", r'''
export class Cart {
  constructor(storage = window.localStorage) {
    this.storage = storage;
    this.items = JSON.parse(storage.getItem("cart") || "[]");
  }

  add(product, qty = 1) {
    const existing = this.items.find((i) => i.id === product.id);
    if (existing) existing.qty += qty;
    else this.items.push({ id: product.id, name: product.name, price: product.price, qty });
    this.save();
  }

@@{
  remove(id) {
    this.items = this.items.filter((i) => i.id !== id);
    this.save();
  }

  clear() {
    this.items = [];
    this.save();
  }
@@|
  // Other methods remain unchanged
@@}

  get total() {
    return this.items.reduce((sum, i) => sum + i.price * i.qty, 0);
  }

  save() {
    this.storage.setItem("cart", JSON.stringify(this.items));
  }
}
'''),

("format.test.js", "jest describe: '// ... previous tests' replaces earlier it() blocks; valid JS", r'''
const { formatBytes, formatDuration } = require("../src/format");

describe("formatBytes", () => {
@@{
  it("formats bytes", () => {
    expect(formatBytes(512)).toBe("512 B");
  });

  it("formats kilobytes", () => {
    expect(formatBytes(2048)).toBe("2.0 KB");
  });
@@|
  // ... previous tests
@@}

  it("formats gigabytes", () => {
    expect(formatBytes(3 * 1024 ** 3)).toBe("3.0 GB");
  });

  it("handles zero", () => {
    expect(formatBytes(0)).toBe("0 B");
  });
});

describe("formatDuration", () => {
  it("formats seconds", () => {
    expect(formatDuration(45_000)).toBe("45s");
  });

  it("formats minutes and seconds", () => {
    expect(formatDuration(125_000)).toBe("2m 5s");
  });
});
'''),

("Modal.jsx", "handler body: '// (same as above)' is the whole body of handleKeyDown; valid JSX", r'''
import { useEffect, useRef } from "react";
import { createPortal } from "react-dom";

export function Modal({ open, title, onClose, children }) {
  const dialogRef = useRef(null);

  useEffect(() => {
    if (open) dialogRef.current?.focus();
  }, [open]);

  function handleKeyDown(event) {
@@{
    if (event.key === "Escape") {
      event.stopPropagation();
      onClose();
    }
@@|
    // (same as above)
@@}
  }

  if (!open) return null;

  return createPortal(
    <div className="modal-backdrop" onClick={onClose}>
      <div
        ref={dialogRef}
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        tabIndex={-1}
        onKeyDown={handleKeyDown}
        onClick={(e) => e.stopPropagation()}
      >
        <h2>{title}</h2>
        {children}
      </div>
    </div>,
    document.body
  );
}
'''),

("analytics.mjs", "function body: '// your existing code here' replaces the batching logic; valid ESM", r'''
const ENDPOINT = "https://analytics.example.com/collect";
const queue = [];
let timer = null;

export function track(event, props = {}) {
  queue.push({ event, props, ts: Date.now(), url: location.pathname });
@@{
  if (queue.length >= 20) {
    flush();
  } else if (!timer) {
    timer = setTimeout(flush, 5000);
  }
@@|
  // your existing code here
@@}
}

export function flush() {
  clearTimeout(timer);
  timer = null;
  if (queue.length === 0) return;
  const batch = queue.splice(0, queue.length);
  const body = JSON.stringify(batch);
  if (navigator.sendBeacon) {
    navigator.sendBeacon(ENDPOINT, body);
  } else {
    fetch(ENDPOINT, { method: "POST", body, keepalive: true });
  }
}

addEventListener("pagehide", flush);
'''),

("worker.js", "only line of a function body is bare '...'; invalid JS", r'''
import { parentPort, workerData } from "node:worker_threads";
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";

function hashFile(file) {
@@{
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    createReadStream(file)
      .on("data", (chunk) => hash.update(chunk))
      .on("end", () => resolve(hash.digest("hex")))
      .on("error", reject);
  });
@@|
  ...
@@}
}

async function run() {
  const results = {};
  for (const file of workerData.files) {
    try {
      results[file] = await hashFile(file);
    } catch (err) {
      results[file] = { error: err.message };
    }
  }
  parentPort.postMessage(results);
}

run();
'''),

("seed.cjs", "array of seed rows: '// code omitted for brevity' in the middle of the users array; valid CommonJS", r'''
const { PrismaClient } = require("@prisma/client");
const prisma = new PrismaClient();

const users = [
  { email: "alice@example.com", name: "Alice", role: "ADMIN" },
@@{
  { email: "bob@example.com", name: "Bob", role: "USER" },
  { email: "carol@example.com", name: "Carol", role: "USER" },
  { email: "dave@example.com", name: "Dave", role: "EDITOR" },
@@|
  // code omitted for brevity
@@}
  { email: "erin@example.com", name: "Erin", role: "USER" },
];

async function main() {
  for (const u of users) {
    await prisma.user.upsert({
      where: { email: u.email },
      update: {},
      create: u,
    });
  }
  console.log(`seeded ${users.length} users`);
}

main()
  .catch((e) => {
    console.error(e);
    process.exit(1);
  })
  .finally(() => prisma.$disconnect());
'''),

("Navbar.jsx", "inside JSX return: line '// ... the rest of the JSX stays the same' as JSX text inside <nav>; parses (renders as text)", r'''
import { NavLink } from "react-router-dom";
import { useAuth } from "../hooks/useAuth";

export default function Navbar() {
  const { user, logout } = useAuth();

  return (
    <nav className="navbar">
      <NavLink to="/" className="navbar__brand">
        Acme
      </NavLink>
@@{
      <NavLink to="/docs">Docs</NavLink>
      <NavLink to="/pricing">Pricing</NavLink>
@@|
      // ... the rest of the JSX stays the same
@@}
      {user ? (
        <>
          <span className="navbar__user">{user.name}</span>
          <button onClick={logout}>Log out</button>
        </>
      ) : (
        <NavLink to="/login">Log in</NavLink>
      )}
    </nav>
  );
}
'''),

("scheduler.mjs", "middle of file: '// [... 40 lines unchanged ...]' replaces job definitions between imports and start; valid ESM", r'''
import cron from "node-cron";
import { cleanupSessions } from "./jobs/sessions.mjs";
import { sendDigest } from "./jobs/digest.mjs";
import { rotateLogs } from "./jobs/logs.mjs";

const jobs = [];

function schedule(name, expr, fn) {
  const task = cron.schedule(expr, async () => {
    const started = Date.now();
    try {
      await fn();
      console.log(`[${name}] ok in ${Date.now() - started}ms`);
    } catch (err) {
      console.error(`[${name}] failed`, err);
    }
  }, { scheduled: false, timezone: "UTC" });
  jobs.push(task);
}

@@{
schedule("sessions", "*/15 * * * *", cleanupSessions);
schedule("digest", "0 8 * * 1", sendDigest);
schedule("logs", "0 0 * * *", rotateLogs);
@@|
// [... 40 lines unchanged ...]
@@}

export function start() {
  jobs.forEach((t) => t.start());
}

export function stop() {
  jobs.forEach((t) => t.stop());
}
'''),
]
