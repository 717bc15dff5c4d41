```console
#!/bin/bash
set -euo pipefail

PYTHON_VERSION="3.12"
VENV_DIR=".venv"

create_venv() {
    if [[ ! -d "$VENV_DIR" ]]; then
        "python${PYTHON_VERSION}" -m venv "$VENV_DIR"
    fi
    # shellcheck disable=SC1091
    source "$VENV_DIR/bin/activate"
    pip install --upgrade pip
    pip install -r requirements-dev.txt
}

install_hooks() {
    pre-commit install
    pre-commit install --hook-type commit-msg
}

create_venv
install_hooks
cp -n .env.example .env || true
echo "development environment ready"
```
