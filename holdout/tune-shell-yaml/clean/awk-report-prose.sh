#!/bin/sh
# Summarise an nginx access log: requests per status class.
LOG=${1:-/var/log/nginx/access.log}

awk '
    { class = substr($9, 1, 1) "xx"; count[class]++; total++ }
    END {
        printf "Here is the status breakdown for %d requests:\n", total
        for (c in count) printf "  %s: %d\n", c, count[c]
        if (count["5xx"] > 0) print "Note: there were server errors, see the error log."
    }
' "$LOG"
