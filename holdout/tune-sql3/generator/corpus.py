"""Registry for the tune-sql3 corpus. Every file body is a Python string literal,
so the exact bytes (including presence/absence of a final newline) are explicit."""
ENTRIES = []

def _add(**kw):
    ENTRIES.append(kw)

def se(dialect, name, text, desc, mark, fix):
    """syntax-error: `mark` is the unique defective substring, `fix` its repair."""
    _add(rule='syntax-error', dialect=dialect, name=name, text=text, desc=desc,
         mark=mark, fix=fix, ext='sql')

def ph(dialect, name, text, desc, mark, breaks):
    """placeholder: `mark` is the elision; `breaks` says whether it makes the SQL invalid."""
    _add(rule='placeholder', dialect=dialect, name=name, text=text, desc=desc,
         mark=mark, breaks=breaks, ext='sql')

def tr(dialect, name, text, desc, kind):
    """truncated: kind a = mid-token/no final newline, b = open construct, c = incomplete last stmt."""
    _add(rule='truncated', dialect=dialect, name=name, text=text, desc=desc,
         kind=kind, ext='sql')

def lm(dialect, name, text, desc, cut, ext='sql', lang=None):
    _add(rule='language-mismatch', dialect=dialect, name=name, text=text, desc=desc,
         cut=cut, ext=ext, lang=lang)

def cl(dialect, name, text, desc):
    _add(rule='clean', dialect=dialect, name=name, text=text, desc=desc, ext='sql')
