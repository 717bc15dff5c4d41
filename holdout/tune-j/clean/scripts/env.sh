#!/usr/bin/env bash
# Shared defaults for the local tooling; source this file.

# You can override this with APP_ENV=staging before sourcing.
: "${APP_ENV:=development}"

# Point this at your own cluster if you don't use the shared one.
: "${KUBE_CONTEXT:=dev-shared}"

: "${API_PORT:=8080}"
: "${WEB_PORT:=5173}"

export APP_ENV KUBE_CONTEXT API_PORT WEB_PORT