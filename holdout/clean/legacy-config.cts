import fs = require("fs");
import path = require("path");
import type { Stats } from "fs";

interface LegacyConfig {
  port: number;
  host: string;
  plugins: string[];
}

const DEFAULTS: LegacyConfig = { port: 8080, host: "127.0.0.1", plugins: [] };

function readJson(file: string): Partial<LegacyConfig> {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as Partial<LegacyConfig>;
  } catch {
    return {};
  }
}

function isFile(p: string): boolean {
  const st: Stats | undefined = fs.statSync(p, { throwIfNoEntry: false });
  return !!st && st.isFile();
}

function loadConfig(dir: string = process.cwd()): LegacyConfig {
  const file = path.join(dir, ".legacyrc.json");
  const fromFile = isFile(file) ? readJson(file) : {};
  return { ...DEFAULTS, ...fromFile, plugins: [...DEFAULTS.plugins, ...(fromFile.plugins ?? [])] };
}

export = loadConfig;
