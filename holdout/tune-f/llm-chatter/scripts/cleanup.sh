#!/bin/sh
set -e

echo "removing stopped containers"
docker container prune -f

echo "removing dangling images"
docker image prune -f

echo "removing unused volumes"
docker volume prune -f

df -h /var/lib/docker

This script removes stopped containers, dangling images and unused volumes, then prints the remaining disk space.
Let me know if you need anything else!
