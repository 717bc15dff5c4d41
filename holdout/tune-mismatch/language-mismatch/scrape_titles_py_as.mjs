#!/usr/bin/env python3
"""Fetch a list of URLs and print their <title> tags."""
import asyncio
import sys

import aiohttp
from bs4 import BeautifulSoup


async def fetch_title(session: aiohttp.ClientSession, url: str) -> tuple[str, str]:
    try:
        async with session.get(url, timeout=aiohttp.ClientTimeout(total=10)) as resp:
            html = await resp.text()
    except Exception as exc:  # noqa: BLE001
        return url, f"<error: {exc}>"
    soup = BeautifulSoup(html, "html.parser")
    title = soup.title.string.strip() if soup.title and soup.title.string else "<no title>"
    return url, title


async def main(urls: list[str]) -> None:
    async with aiohttp.ClientSession() as session:
        results = await asyncio.gather(*(fetch_title(session, u) for u in urls))
    for url, title in results:
        print(f"{url}\t{title}")


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1:]))
