# Project setup

This guide walks you through running the API locally.

## Requirements

- Node.js 20 or newer
- PostgreSQL 15
- A `.env` file (copy `.env.example`)

## Steps

1. Install dependencies with `npm ci`.
2. Create the database: `createdb acme_dev`.
3. Run the migrations: `npm run migrate`.
4. Start the server with `npm run dev`.

> **Tip:** set `LOG_LEVEL=debug` to see every SQL query.

## Troubleshooting

If the server fails with `ECONNREFUSED`, make sure PostgreSQL is running on port 5432.
