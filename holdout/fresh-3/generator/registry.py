"""Shared registry: every data module calls add() once per file.

Bodies are Python string literals.  A single leading newline (the one right
after the opening quotes) is dropped so literals can start on their own line;
everything else, including whether the file ends with a newline, is exact.
"""

ENTRIES = []


def add(label, path, lang, note, body, expect=None, marks=(), para=False,
        content_lang=None, truncated=False):
    """Register one file.

    expect: "parse"  -> every parser must accept it
            "reject" -> every parser must reject it
            None     -> no requirement, result is only recorded
    marks:  elision lines (placeholder) or chatter text (llm-chatter); every
            mark must occur in the body and every line of them must be unique
            across the whole set.
    para:   placeholder uses a multi-line comment paragraph as (one of) its elisions.
    content_lang / truncated: for language-mismatch files.
    """
    if body.startswith("\n"):
        body = body[1:]
    ENTRIES.append(dict(label=label, path=path, lang=lang, note=note, body=body,
                        expect=expect, marks=list(marks), para=para,
                        content_lang=content_lang, truncated=truncated))
