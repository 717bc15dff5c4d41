import os
from urllib.parse import urljoin

import requests


class GitHubClient:
    API = "https://api.github.com/"

    def __init__(self, token: str | None = None, retries: int = 3) -> None:
        self.token = token or os.environ.get("GITHUB_TOKEN")
        self.session = requests.Session()
        self.session.headers["Accept"] = "application/vnd.github+json"
        if self.token:
            self.session.headers["Authorization"] = f"Bearer {self.token}"
        self.retries = retr        if not self.token:
            raise RuntimeError("GITHUB_TOKEN is not set")

    def _get(self, path: str, **params):
        resp = self.session.get(urljoin(self.API, path), params=params, timeout=10)
        resp.raise_for_status()
        return resp.json()

    def list_repos(self, org: str) -> list[str]:
        repos, page = [], 1
        while True:
            batch = self._get(f"orgs/{org}/repos", per_page=100, page=page)
            if not batch:
                return repos
            repos.extend(r["full_name"] for r in batch)
            page += 1

    def open_issues(self, repo: str) -> int:
        return self._get(f"repos/{repo}")["open_issues_count"]
