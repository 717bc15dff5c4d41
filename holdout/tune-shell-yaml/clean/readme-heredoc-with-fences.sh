#!/bin/bash
set -euo pipefail

project=${1:?usage: new-project.sh NAME}
mkdir -p "$project"

cat > "$project/README.md" <<'EOF'
# New project

Here is how to get started.

## Installation

```bash
./install.sh
```

## Explanation

- `install.sh` creates a virtualenv and installs the dependencies.
- `run.sh` starts the development server.

**Usage:**

```sh
./run.sh --port 8080
```

Let me know if you have questions!
EOF

echo "created $project/README.md"
