#!/usr/bin/env bash
# ... existing setup code ...

# Install uv if it is missing
if ! command -v uv >/dev/null 2>&1; then
  curl -LsSf https://astral.sh/uv/install.sh | sh
  export PATH="$HOME/.local/bin:$PATH"
fi

uv sync --frozen
uv run pre-commit install
