#!/usr/bin/env bash
# dbt projects checked in place (as a hook or `gencheck check .` sees them: the
# dbt_project.yml, profiles.yml and macros beside the models), per repository:
# SQL files, files rejected and by which rule, and unverified findings.
#
#   bash scripts/fp-dbt.sh DIR...          # each DIR a dbt repository's work tree
#   GENCHECK=path bash scripts/fp-dbt.sh DIR...
#
# Work trees of GitHub repositories can be taken from a bare copy with
# `git --git-dir=COPY archive HEAD | tar -x -C DIR`. Measured so far (README):
# tune mattermost/mattermost-data-warehouse, dbt-labs/jaffle-shop,
# fivetran/dbt_stripe; held out brooklyn-data/dbt_artifacts,
# calogica/dbt-expectations, dbt-labs/dbt-project-evaluator.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
GENCHECK=${GENCHECK:-$ROOT/target/release/gencheck}
GENCHECK=$(cd "$(dirname "$GENCHECK")" && pwd)/$(basename "$GENCHECK")
[[ $# -gt 0 ]] || { sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
printf '| repository | .sql files | rejected .sql files (rules) | unverified findings |\n| --- | ---: | --- | ---: |\n'
for dir in "$@"; do
    [[ -d $dir ]] || { echo "fp-dbt.sh: $dir is not a directory" >&2; exit 2; }
    (cd "$dir" && "$GENCHECK" check --format json . || true) | python3 -c '
import collections, json, sys
doc = json.load(sys.stdin)
sql = [f for f in doc["files"] if f["path"].endswith(".sql")]
rules = collections.Counter()
rejected = 0
unverified = 0
for f in sql:
    errs = [i["rule"] for i in f["findings"] if i["severity"] == "error"]
    unverified += sum(i["rule"] == "unverified-statement" for i in f["findings"])
    if errs:
        rejected += 1
        rules.update(set(errs))
names = ", ".join(f"{r} {n}" for r, n in rules.most_common()) or "-"
print(f"| {sys.argv[1]} | {len(sql)} | {rejected} ({names}) | {unverified} |")
' "$(basename "$dir")"
done
