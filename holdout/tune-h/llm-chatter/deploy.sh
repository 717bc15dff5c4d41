Here's a revised version of your deploy script that adds a health check and automatic rollback:

#!/usr/bin/env bash
set -euo pipefail

SERVICE=${SERVICE:-api}
HOSTS=(app1.internal app2.internal)
RELEASE=$(date +%Y%m%d%H%M%S)
ARTIFACT=build/${SERVICE}.tar.gz

for host in "${HOSTS[@]}"; do
  echo "==> $host"
  scp "$ARTIFACT" "deploy@$host:/srv/$SERVICE/releases/$RELEASE.tar.gz"
  ssh "deploy@$host" bash -s -- "$SERVICE" "$RELEASE" <<'REMOTE'
set -euo pipefail
svc=$1 rel=$2
cd "/srv/$svc/releases"
mkdir "$rel" && tar -xzf "$rel.tar.gz" -C "$rel" && rm "$rel.tar.gz"
prev=$(readlink -f "/srv/$svc/current" || true)
ln -sfn "/srv/$svc/releases/$rel" "/srv/$svc/current"
sudo systemctl restart "$svc"
for i in $(seq 1 15); do
  curl -fsS "http://127.0.0.1:8080/healthz" >/dev/null && exit 0
  sleep 2
done
echo "health check failed, rolling back to $prev" >&2
[ -n "$prev" ] && ln -sfn "$prev" "/srv/$svc/current" && sudo systemctl restart "$svc"
exit 1
REMOTE
done

echo "deployed $RELEASE to ${#HOSTS[@]} hosts"
