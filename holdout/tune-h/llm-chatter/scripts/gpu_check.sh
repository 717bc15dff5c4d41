#!/usr/bin/env bash
# Quick sanity check before launching a training job on a new node
set -uo pipefail

fail=0

if ! command -v nvidia-smi >/dev/null; then
  echo "nvidia-smi not found — is the driver installed?"
  exit 1
fi

echo "== GPUs =="
nvidia-smi --query-gpu=index,name,memory.total,memory.used,temperature.gpu --format=csv,noheader

echo "== CUDA from PyTorch =="
python - <<'PY' || fail=1
import torch
print("torch", torch.__version__, "cuda", torch.version.cuda)
assert torch.cuda.is_available(), "CUDA not available to torch"
x = torch.randn(4096, 4096, device="cuda")
print("matmul ok:", (x @ x).sum().item() != 0)
PY

echo "== NCCL =="
if ! python -c "import torch.distributed as d; print(d.is_nccl_available())" | grep -q True; then
  echo "NCCL not available"
  fail=1
fi

exit $fail

Explanation:
The script first makes sure the NVIDIA driver is visible, then prints a compact table of the GPUs. The Python heredoc allocates a large tensor on the GPU and runs a matmul, which catches most broken CUDA installs. Finally it checks NCCL, which you need for multi-GPU training with torchrun.
