"""Helpers for rendering code samples inside Markdown documents.

Example:

    >>> print(fence("SELECT 1;", "sql"))
    ```sql
    SELECT 1;
    ```
"""

from __future__ import annotations

FENCE = "```"


def fence(code: str, lang: str = "") -> str:
    """Wrap ``code`` in a fenced code block.

    If the code itself contains a run of backticks, a longer fence is used,
    so that

    ```python
    print("```")
    ```

    still renders correctly.
    """
    longest = 0
    run = 0
    for ch in code:
        run = run + 1 if ch == "`" else 0
        longest = max(longest, run)
    marker = "`" * max(3, longest + 1)
    return f"{marker}{lang}\n{code.rstrip()}\n{marker}"


def strip_fence(text: str) -> str:
    """Remove a surrounding ``` fence if the whole text is one code block."""
    lines = text.strip().splitlines()
    if len(lines) >= 2 and lines[0].startswith(FENCE) and lines[-1].strip() == FENCE:
        return "\n".join(lines[1:-1])
    return text
