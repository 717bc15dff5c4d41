import os
from pathlib import Path
from typing import Any

import yaml

DEFAULT_CONFIG_PATHS = (
    Path("/etc/myservice/config.yaml"),
    Path.home() / ".config" / "myservice" / "config.yaml",
    Path("config.yaml"),
)


def load_config(path: str | os.PathLike | None = None) -> dict[str, Any]:
    # [previous implementation]
    ...


def apply_env_overrides(config: dict[str, Any], prefix: str = "MYSERVICE_") -> dict[str, Any]:
    """Override config values from environment variables.

    MYSERVICE_DATABASE__HOST=db overrides config["database"]["host"].
    """
    result = dict(config)
    for key, value in os.environ.items():
        if not key.startswith(prefix):
            continue
        parts = key[len(prefix):].lower().split("__")
        node = result
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = yaml.safe_load(value)
    return result
