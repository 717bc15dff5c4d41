~~~bash
#!/usr/bin/env bash
set -euo pipefail

LOG_DIR="/var/log/myapp"
KEEP=7

shopt -s nullglob

rotate() {
  local file="$1"
  local i
  for (( i = KEEP - 1; i >= 1; i-- )); do
    if [[ -f "${file}.${i}.gz" ]]; then
      mv "${file}.${i}.gz" "${file}.$((i + 1)).gz"
    fi
  done
  if [[ -s "$file" ]]; then
    cp "$file" "${file}.1"
    : > "$file"
    gzip -f "${file}.1"
  fi
  rm -f "${file}.$((KEEP + 1)).gz"
}

for log in "$LOG_DIR"/*.log; do
  echo "rotating $log"
  rotate "$log"
done

systemctl kill --signal=HUP myapp.service || true
~~~
