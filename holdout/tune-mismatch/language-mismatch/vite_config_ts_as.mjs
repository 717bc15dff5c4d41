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
