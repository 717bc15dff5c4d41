#!/bin/sh
set -e

LOG_DIR=/var/log/nginx
ARCHIVE_DIR=/var/log/archive/ngi