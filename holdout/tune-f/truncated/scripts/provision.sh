#!/bin/sh
set -eu

HOSTS="web1 web2 worker1"
SSH_USER=${SSH_USER:-ubuntu}

for h in $HOSTS; do
  echo "==> $h"
  scp bootstrap.sh "$SSH_USER@$h:/tmp/bootstrap.sh"
  ssh "$SSH_USER@$h" 'sudo sh /tmp/bootstrap.sh'
done

ssh "${SSH_US