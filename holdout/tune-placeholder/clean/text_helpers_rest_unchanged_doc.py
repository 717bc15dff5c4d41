def strip_prefix(s: str, prefix: str) -> str:
    """Remove *prefix* if present and return the rest of the string unchanged."""
    return s[len(prefix):] if s.startswith(prefix) else s


def wrap_words(text: str, width: int = 72) -> list[str]:
    """Greedy word wrap.

    Words longer than *width* are kept as-is on their own line; the remaining
    words continue on the next line.
    """
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines


def ellipsize(s: str, max_len: int) -> str:
    """Same as truncation, but marks the cut with '...'."""
    return s if len(s) <= max_len else s[: max_len - 3] + "..."
