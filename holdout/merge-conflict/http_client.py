import logging

import httpx

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)


class ApiClient:
    def __init__(self, base_url: str, token: str, timeout: httpx.Timeout = DEFAULT_TIMEOUT) -> None:
        self.base_url = base_url.rstrip("/")
        self._client = httpx.Client(
            base_url=self.base_url,
            headers={"Authorization": f"Bearer {token}"},
            timeout=timeout,
        )

    def get(self, path: str, **params) -> dict:
<<<<<<< HEAD
        resp = self._client.get(path, params=params)
        resp.raise_for_status()
        return resp.json()
=======
        for attempt in range(3):
            try:
                resp = self._client.get(path, params=params)
                resp.raise_for_status()
                return resp.json()
            except httpx.TransportError as exc:
                log.warning("GET %s failed (attempt %d): %s", path, attempt + 1, exc)
        raise RuntimeError(f"GET {path} failed after 3 attempts")
>>>>>>> feature/retry-logic

    def close(self) -> None:
        self._client.close()
