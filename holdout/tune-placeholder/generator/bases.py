"""Case registry.  The literal texts live in bases_<group>.py beside this file."""
import os
from dataclasses import dataclass

JSONC_NAMES = {"tsconfig.json", "jsconfig.json", "settings.json", "launch.json",
               "extensions.json", "tasks.json", "devcontainer.json"}


@dataclass
class Case:
    kind: str
    path: str
    text: str
    parses: bool
    lang: str


def lang_for(path, lang=None):
    if lang:
        return lang
    base = os.path.basename(path)
    ext = base.rsplit(".", 1)[-1]
    if ext == "json":
        if base in JSONC_NAMES or base.startswith("tsconfig"):
            return "jsonc"
        return "json"
    return {"ts": "ts", "tsx": "tsx", "jsx": "jsx", "js": "cjs", "cjs": "cjs",
            "mjs": "esm", "jsonc": "jsonc", "yml": "yaml", "yaml": "yaml",
            "toml": "toml", "sh": "sh", "bash": "sh", "py": "py",
            "sql": "sql"}[ext]


_CASES = []


def _norm(text):
    return text.lstrip("\n").rstrip() + "\n"


def ph(path, text, parses=True, lang=None):
    _CASES.append(Case("placeholder", path, _norm(text), parses, lang_for(path, lang)))


def cl(path, text, lang=None):
    _CASES.append(Case("clean", path, _norm(text), True, lang_for(path, lang)))


def all_cases():
    if not _CASES:
        import bases_ts, bases_tsx, bases_js, bases_jsx, bases_mjs  # noqa: F401
        import bases_json, bases_yaml, bases_toml, bases_sh, bases_py, bases_sql  # noqa: F401
        import bases_clean_code, bases_clean_data  # noqa: F401
    return list(_CASES)
