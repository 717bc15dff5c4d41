Okay, here is a version that starts everything inside one tmux session:
#!/usr/bin/env bash
set -euo pipefail

SESSION="shop-dev"

if tmux has-session -t "$SESSION" 2>/dev/null; then
  exec tmux attach -t "$SESSION"
fi

docker compose up -d db redis

tmux new-session -d -s "$SESSION" -n api
tmux send-keys -t "$SESSION:api" 'cd api && npm run dev' C-m

tmux new-window -t "$SESSION" -n web
tmux send-keys -t "$SESSION:web" 'cd web && npm run dev' C-m

tmux new-window -t "$SESSION" -n worker
tmux send-keys -t "$SESSION:worker" 'cd api && npm run worker' C-m

tmux select-window -t "$SESSION:api"
exec tmux attach -t "$SESSION"
Let me know if you want me to turn this into a Makefile target as well.
