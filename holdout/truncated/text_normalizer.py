import re
import unicodedata

_WS_RE = re.compile(r"\s+")
_PUNCT_RE = re.compile(r"[^\w\s-]", re.UNICODE)


class TextNormalizer:
    def __init__(self, lowercase: bool = True, strip_accents: bool = True) -> None:
        self.lowercase = lowercase
        self.strip_accents = strip_accents

    def _strip_accents(self, text: str) -> str:
        decomposed = unicodedata.normalize("NFKD", text)
        return "".join(ch for ch in decomposed if not unicodedata.combining(ch))

    def _normalize_whitespace(self, text: str) -> str:
        return _WS_RE.sub(" ", text).strip()

    def normalize(self, text: str) -> str:
        if self.strip_accents:
            text = self._strip_accents(text)
        if self.lowercase:
            text = text.lower()
        text = _PUNCT_RE.sub("", text)
        return self._normaliz