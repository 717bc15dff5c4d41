"""Default configuration, merged with config.json at startup."""
import copy
import json
from pathlib import Path

DEFAULTS = {
    "server": {
        "host": "0.0.0.0",
        "port": 8080,
        "cors": {"origins": ["http://localhost:3000"], "credentials": True},
    },
    "database": {
        "url": "postgresql://localhost/app",
        "pool": {"min": 1, "max": 10, "timeout": 30},
    },
    "features": {
        "signup": True,
        "billing": False,
        "experiments": [],
    },
    "logging": {
        "level": "INFO",
        "handlers": ["console"],
        "format": None,
    },
}


def deep_merge(base: dict, override: dict) -> dict:
    out = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = deep_merge(out[key], value)
        else:
            out[key] = value
    return out


def load(path: Path = Path("config.json")) -> dict:
    if not path.exists():
        return copy.deepcopy(DEFAULTS)
    return deep_merge(DEFAULTS, json.loads(path.read_text()))
