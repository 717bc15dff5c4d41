#!/usr/bin/env bash
set -uo pipefail

echo "Which environment do you want to open a shell in?"
PS3="Pick a number: "
select env in development staging production quit; do
    case "$env" in
        quit) echo "Bye."; break ;;
        production)
            echo "Careful: this is production. Every command is logged."
            kubectl --context prod exec -it deploy/api -- /bin/sh
            break ;;
        "") echo "That is not one of the options, try again." ;;
        *)
            kubectl --context "$env" exec -it deploy/api -- /bin/sh
            break ;;
    esac
done
