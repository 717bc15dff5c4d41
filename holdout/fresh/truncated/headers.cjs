const DEFAULT_HEADERS = {
  Accept: 'application/json',
  'User-Agent': 'acme-cli/1.4.0',
};

function buildHeaders(token, extra = {}) {
  const headers = { ...DEFAULT_HEADERS, ...extra };
  if (token) headers.Authorization = `Bearer ${token}`;
  return headers;
}

function jsonHeaders(token) {
  return buildHeaders(token, { 'Content-Typ