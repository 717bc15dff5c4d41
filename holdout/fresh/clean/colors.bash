# shellcheck shell=bash
# Terminal colours, disabled when stdout is not a TTY or NO_COLOR is set.

if [[ -t 1 && -z "${NO_COLOR:-}" ]]; then
  BOLD=$'\e[1m'
  RED=$'\e[31m'
  GREEN=$'\e[32m'
  YELLOW=$'\e[33m'
  RESET=$'\e[0m'
else
  BOLD='' RED='' GREEN='' YELLOW='' RESET=''
fi

ok()   { printf '%s✔%s %s\n' "$GREEN" "$RESET" "$*"; }
warn() { printf '%s!%s %s\n' "$YELLOW" "$RESET" "$*" >&2; }
fail() { printf '%s✘ %s%s\n' "$RED$BOLD" "$*" "$RESET" >&2; }

progress() {
  local current="$1" total="$2" width=40
  local filled=$(( current * width / total ))
  printf '\r[%*s%*s] %3d%%' "$filled" '' "$(( width - filled ))" '' "$(( current * 100 / total ))"
  (( current == total )) && printf '\n'
  return 0
}
