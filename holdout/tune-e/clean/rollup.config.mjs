import resolve from "@rollup/plugin-node-resolve";
import commonjs from "@rollup/plugin-commonjs";
import terser from "@rollup/plugin-terser";

const production = !process.env.ROLLUP_WATCH;

const basePlugins = [resolve({ browser: true }), commonjs()];

// Note: terser only runs for production builds.
export default [
  {
    input: "src/widget.js",
    output: [
      { file: "dist/widget.esm.js", format: "es", sourcemap: true },
      { file: "dist/widget.umd.js", format: "umd", name: "Widget", sourcemap: true },
    ],
    plugins: [...basePlugins, ...(production ? [terser()] : [])],
  },
];
