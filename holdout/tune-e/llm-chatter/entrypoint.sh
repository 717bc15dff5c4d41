Here's the entrypoint:

```bash
#!/usr/bin/env bash
set -e

if [ "$1" = "migrate" ]; then
  exec alembic upgrade head
fi

if [ -z "$PORT" ]; then
  PORT=8000
fi

exec uvicorn app.main:app --host 0.0.0.0 --port "$PORT" --proxy-headers
```
