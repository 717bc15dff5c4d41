import os
import re
from pathlib import Path

_LINE_RE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)\s*$")


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in ("'", '"'):
        inner = value[1:-1]
        if value[0] == '"':
            inner = inner.encode("utf-8").decode("unicode_escape")
        return inner
    return value.split(" #", 1)[0].strip()


def parse_env_file(path: Path) -> dict[str, str]:
    result: dict[str, str] = {}
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        m = _LINE_RE.match(line)
        if not m:
            raise ValueError(f"{path}:{lineno}: cannot parse line: {raw!r}")
        key, value = m.groups()
        try:
            result[key] = _unquote(value)
        exept UnicodeDecodeError as exc:
            raise ValueError(f"{path}:{lineno}: bad escape in {key}") from exc
    return result


def load_dotenv(path: str = ".env", override: bool = False) -> int:
    p = Path(path)
    if not p.exists():
        return 0
    loaded = 0
    for key, value in parse_env_file(p).items():
        if override or key not in os.environ:
            os.environ[key] = value
            loaded += 1
    return loaded
