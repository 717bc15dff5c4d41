"""Shared helper for the tune-e generator. Each entry: folder, file, language, note, exact bytes."""
FILES = []

def f(folder, name, lang, note, text, nl=True):
    """Register one file. `text` usually starts with a newline (dropped);
    trailing newlines are normalised and then exactly one is added if nl=True,
    none if nl=False. Trailing spaces on the last line are preserved."""
    body = text[1:] if text.startswith('\n') else text
    body = body.rstrip('\n')
    if nl:
        body += '\n'
    FILES.append(dict(folder=folder, name=name, lang=lang, note=note, text=body))
