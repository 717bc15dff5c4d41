~~~
#!/bin/sh
THRESHOLD=${THRESHOLD:-90}
WEBHOOK_URL=${WEBHOOK_URL:?}

df -P | awk 'NR>1 {print $5, $6}' | while read -r usage mount; do
    pct=${usage%\%}
    if [ "$pct" -ge "$THRESHOLD" ]; then
        curl -s -X POST -H 'Content-Type: application/json' \
            -d "{\"text\": \"disk usage on $(hostname):$mount is ${pct}%\"}" \
            "$WEBHOOK_URL"
    fi
done
~~~
