CREATE EXTENSION IF NOT EXISTS plpython3u;

-- Normalise a free-form phone number to E.164 using Python.
CREATE OR REPLACE FUNCTION normalize_phone(raw text, default_country text DEFAULT 'US')
RETURNS text
LANGUAGE plpython3u
IMMUTABLE
AS $$
import re

if raw is None:
    return None
digits = re.sub(r"[^0-9+]", "", raw)
if digits.startswith("+"):
    return digits
if default_country == "US" and len(digits) == 10:
    return "+1" + digits
if default_country == "GB" and digits.startswith("0"):
    return "+44" + digits[1:]
return None
$$;

-- Slugify titles for URLs.
CREATE OR REPLACE FUNCTION slugify(title text)
RETURNS text
LANGUAGE plpython3u
AS $$
import unicodedata, re
value = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
value = re.sub(r"[^\w\s-]", "", value).strip().lower()
return re.sub(r"[-\s]+", "-", value)
$$;

UPDATE contacts SET phone = normalize_phone(phone) WHERE phone IS NOT NULL;
