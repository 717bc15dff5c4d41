#!/usr/bin/env bash
set -euo pipefail

PREFIX=${PREFIX:-$HOME/.local}
CONFIG_DIR=${XDG_CONFIG_HOME:-$HOME/.config}/notes

info() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }

info "Installing notes into ${PREFIX}/bin"
mkdir -p "${PREFIX}/bin" "$CONFIG_DIR"
install -m 0755 bin/notes "${PREFIX}/bin/notes"

if [ ! -f "$CONFIG_DIR/config.toml" ]; then
  info "Writing default config"
  cat > "$CONFIG_DIR/config.toml" <<EOF
editor = "${EDITOR:-vi}"
notes_dir = "$HOME/notes"
EOF
fi

case ":$PATH:" in
  *":${PREFIX}/bin:"*) ;;
  *) info "Note: add ${PREFIX}/bin to your PATH" ;;
esac

info "Done. Try: notes new \"first note\""
