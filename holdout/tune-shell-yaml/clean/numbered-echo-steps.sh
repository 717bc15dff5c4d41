#!/bin/bash
set -e

docker compose up -d --build

echo
echo "Your local stack is starting. Next steps:"
echo "1. Open http://localhost:8080 in your browser"
echo "2. Log in as admin / admin"
echo "3. Change the password when asked"
echo
echo "To stop everything later, run: docker compose down"
