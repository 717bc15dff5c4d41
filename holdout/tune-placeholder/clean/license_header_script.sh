#!/usr/bin/env bash
#
# Copyright 2023-2024 The Example Authors.
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS.

set -euo pipefail

for f in "$@"; do
  if ! grep -q "Licensed under the Apache License" "$f"; then
    echo "missing license header: $f" >&2
    exit 1
  fi
done
