#!/bin/bash
# .git/hooks/pre-push: confirm before pushing directly to main.
protected=main
current=$(git symbolic-ref --short HEAD)

if [ "$current" = "$protected" ]; then
  echo "Note: you are about to push to $protected."
  read -r -p "Sure you want to push to $protected? [y/N] " answer < /dev/tty
  case "$answer" in
    y|Y|yes) ;;
    *)
      echo "Push cancelled."
      exit 1
      ;;
  esac
fi

if ! cargo test --quiet; then
  echo "Tests failed. Fix them, then run git push again."
  exit 1
fi
exit 0
