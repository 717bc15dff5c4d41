# Installation

## Prerequisites

- Docker 24+
- Node.js 20 LTS
- `pnpm` (run `corepack enable`)

## Steps

1. Clone the repository:

   ```sh
   git clone https://github.com/example/shop.git && cd shop
   ```

2. Copy the example environment file and edit it:

   ```sh
   cp .env.example .env
   ```

3. Start the database and install dependencies:

   ```sh
   docker compose up -d db
   pnpm install
   ```

4. Open <http://localhost:3000>.

## Troubleshooting

If port 5432 is already taken, stop your local PostgreSQL or change
`DB_PORT` in `.env`.
