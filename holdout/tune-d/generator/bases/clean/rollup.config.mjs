import resolve from "@rollup/plugin-node-resolve";
import commonjs from "@rollup/plugin-commonjs";
import terser from "@rollup/plugin-terser";

const plugins = [resolve(), commonjs()];

const shared = {
  input: "src/index.js",
  external: ["react"],
};

// Two builds: ESM for bundlers, minified IIFE for <script> tags (see below...)
export default [
  { ...shared, output: { file: "dist/index.mjs", format: "es" }, plugins: [...plugins] },
  {
    ...shared,
    output: { file: "dist/index.min.js", format: "iife", name: "Lib", globals: { react: "React" } },
    plugins: [...plugins, terser()],
  },
];
