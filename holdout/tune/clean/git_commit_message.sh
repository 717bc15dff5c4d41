#!/bin/sh
set -e
git add CHANGELOG.md
git commit -m "Release 1.4.2: the rest of the fixes from the 1.4 branch"
git tag -a v1.4.2 -m "This release fixes the upload of large files"
git push --follow-tags
