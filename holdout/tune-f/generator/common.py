"""Shared registry for the tune-f corpus generators.

Every entry is written byte-exact: the content is a Python string literal,
with one leading newline stripped (so literals can start on their own line).
A literal whose closing quotes sit on their own line ends with a newline;
one whose closing quotes follow the last character has no final newline.
"""
ENTRIES = []


def F(label, path, lang, note, content):
    if content.startswith("\n"):
        content = content[1:]
    ENTRIES.append(dict(label=label, path=path, lang=lang, note=note, content=content))
