#!/usr/bin/env bash
set -euo pipefail

PS3="Deploy to which environment? "
select env in staging production quit; do
  case "$env" in
    staging|production)
      echo "selected $env"
      break
      ;;
    quit)
      exit 0
      ;;
    *)
      echo "invalid choice: $REPLY" >&2
      ;;
  esac
done

read -r -p "Type the environment name again to confirm: " again
[[ "$again" == "$env" ]] || { echo "aborted" >&2; exit 1; }
exec ./deploy.sh "$env"
