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
