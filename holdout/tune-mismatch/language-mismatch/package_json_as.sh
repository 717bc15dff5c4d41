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
