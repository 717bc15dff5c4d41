# shellcheck shell=bash
# Small helpers sourced from ~/.bashrc. Note: none of these are exported.

# mkcd DIR... - make the directories and cd into the last one
mkcd() {
  mkdir -p -- "$@" && cd -- "${!#}" || return
}

# extract FILE - unpack .tar.gz, .zip, .7z, etc. based on the extension
extract() {
  case "$1" in
    *.tar.gz | *.tgz) tar -xzf "$1" ;;
    *.tar.xz) tar -xJf "$1" ;;
    *.zip) unzip -q "$1" ;;
    *.7z) 7z x "$1" ;;
    *) echo "extract: don't know how to unpack '$1'" >&2; return 1 ;;
  esac
}

# gbr - recent branches, newest first (the rest of the list is in 'git branch')
gbr() {
  git for-each-ref --sort=-committerdate --count="${1:-15}" \
    --format='%(committerdate:relative)%09%(refname:short)' refs/heads/
}
