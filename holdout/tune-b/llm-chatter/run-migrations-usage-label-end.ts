import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { pool } from "./db";

export async function runMigrations({ dryRun = false } = {}) {
  const dir = path.join(__dirname, "migrations");
  const files = (await readdir(dir)).filter((f) => f.endsWith(".sql")).sort();
  for (const file of files) {
    const sql = await readFile(path.join(dir, file), "utf8");
    console.log(`${dryRun ? "[dry-run] " : ""}applying ${file}`);
    if (!dryRun) await pool.query(sql);
  }
}

Usage:

runMigrations({ dryRun: true });
