Sure — here's a setup script for the dev environment:

```bash
#!/usr/bin/env bash
set -e

echo "Installing toolchain..."
if ! command -v rustup >/dev/null; then
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y
  source "$HOME/.cargo/env"
fi
rustup component add clippy rustfmt
cargo install --locked sqlx-cli cargo-watch

echo "Starting database..."
docker compose up -d postgres
until docker compose exec -T postgres pg_isready -U dev >/dev/null 2>&1; do
  sleep 1
done

export DATABASE_URL=postgres://dev:dev@localhost:5432/gameserver
sqlx database create
sqlx migrate run

cp -n .env.example .env || true
echo "All set. Run 'cargo watch -x run' to start the server."
```

Run it from the repo root with `bash setup.sh`.
