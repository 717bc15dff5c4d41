#!/bin/sh
# Print the post-install banner.

name="${APP_NAME:-acme}"
version="${APP_VERSION:-dev}"

cat <<EOF
==================================================
  ${name} ${version} installed successfully
==================================================

Next steps:
  1. Edit /etc/${name}/config.toml
  2. Run '${name} doctor' to check your setup
  3. ...profit

--------------------------------------------------
EOF
