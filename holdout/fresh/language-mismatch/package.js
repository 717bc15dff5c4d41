{
  "name": "acme-api",
  "version": "1.3.0",
  "private": true,
  "type": "module",
  "main": "src/index.js",
  "scripts": {
    "dev": "node --watch src/index.js",
    "start": "node src/index.js",
    "test": "vitest run"
  },
  "dependencies": {
    "express": "^4.19.2",
    "pg": "^8.11.3"
  },
  "devDependencies": {
    "vitest": "^1.6.0"
  }
}
