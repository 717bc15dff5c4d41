#!/usr/bin/env bash
set -euo pipefail

export CI=true
export TZ=UTC

pip install -q -e '.[test]'
pytest -q --junitxml=reports/junit.xml

version=$(git describe --ta