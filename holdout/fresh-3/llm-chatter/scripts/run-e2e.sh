#!/usr/bin/env bash
set -euo pipefail

PORT=4173
# I've kept your original port number (4173) so nothing else in the config needs to change.

# First, we build the app and start the preview server in the background, remembering its PID.
npm run build
npx vite preview --port "$PORT" --strictPort &
SERVER_PID=$!
trap 'kill "$SERVER_PID" 2>/dev/null || true' EXIT

npx wait-on "http://localhost:${PORT}" --timeout 60000

# Now that the server is up, we can point Playwright at it.
BASE_URL="http://localhost:${PORT}" npx playwright test --reporter=line "$@"
status=$?

# Finally, the trap above cleans up so the CI runner doesn't keep the process around.
exit "$status"
