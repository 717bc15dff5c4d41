#!/bin/bash
# Report whether an NVIDIA GPU is usable from this host.

if ! command -v nvidia-smi >/dev/null 2>&1; then
  echo "nvidia-smi not installed"
  exit 1
fi

DRIVER=$(nvidia-smi --query-gpu=driver_version --format=csv,noheader | head -n1)
echo "driver: $DRIVER"

if nvidia-smi -L | grep -q "GPU 0"; then
