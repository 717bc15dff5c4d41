#!/usr/bin/env bash
set -euo pipefail

PYTHON_VERSION=${PYTHON_VERSION:-3.12.4}
VENV=.venv

if ! command -v pyenv >/dev/null; then
  curl -fsSL https://pyenv.run | bash
  export PATH="$HOME/.pyenv/bin:$PATH"
fi
eval "$(pyenv init -)"
pyenv install --skip-existing "$PYTHON_VERSION"
pyenv local "$PYTHON_VERSION"

Next, we create the virtual environment and install the pinned requirements:

python -m venv "$VENV"
"$VENV/bin/pip" install --upgrade pip wheel
"$VENV/bin/pip" install -r requirements.txt -r requirements-dev.txt

Finally, the script verifies the installation by importing the package and running the quick tests:

"$VENV/bin/python" -c "import app; print('app', app.__version__)"
"$VENV/bin/pytest" -q -m "not slow"
