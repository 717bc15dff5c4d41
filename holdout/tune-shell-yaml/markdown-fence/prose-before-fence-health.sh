Here is the script:

```bash
#!/usr/bin/env bash
set -uo pipefail

URLS=(
    "https://api.example.com/healthz"
    "https://www.example.com/"
    "https://auth.example.com/ready"
)
TIMEOUT=5
FAILED=0

check_url() {
    local url="$1"
    local code
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time "$TIMEOUT" "$url")
    if [[ "$code" != 2* ]]; then
        echo "FAIL $url -> $code"
        return 1
    fi
    echo "OK   $url"
}

for url in "${URLS[@]}"; do
    check_url "$url" || FAILED=$((FAILED + 1))
done

if (( FAILED > 0 )); then
    exit 1
fi
```
