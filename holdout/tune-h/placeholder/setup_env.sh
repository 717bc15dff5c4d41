#!/usr/bin/env bash
# source this file: . ./setup_env.sh

# (put your exports from the previous version back here: APP_HOME, DATA_DIR, etc.)

export PATH="$APP_HOME/bin:$PATH"
export PYTHONPATH="$APP_HOME/src${PYTHONPATH:+:$PYTHONPATH}"

if [ ! -d "$DATA_DIR" ]; then
  echo "warning: DATA_DIR ($DATA_DIR) does not exist yet" >&2
  mkdir -p "$DATA_DIR/raw" "$DATA_DIR/processed"
fi

if [ -f "$APP_HOME/.venv/bin/activate" ]; then
  # shellcheck disable=SC1091
  . "$APP_HOME/.venv/bin/activate"
fi

alias dl='python -m pipeline.download'
alias xf='python -m pipeline.transform'
alias ld='python -m pipeline.load'

echo "env ready (APP_HOME=$APP_HOME)"
