import asyncio
import logging
from urllib.parse import urljoin

import httpx
from selectolax.parser import HTMLParser

BASE = "https://books.example.org/"
log = logging.getLogger("scraper")


async def fetch(client: httpx.AsyncClient, url: str) -> str:
    resp = await client.get(url, timeout=20)
    resp.raise_for_status()
    return resp.text


def parse_listing(html: str) -> list[str]:
    tree = HTMLParser(html)
    return [urljoin(BASE, a.attributes["href"]) for a in tree.css("article.product_pod h3 a")]


async def crawl(start: str, limit: int = 50) -> list[str]:
    async with httpx.AsyncClient(headers={"User-Agent": "bookbot/0.1"}) as client:
        html = await fetch(client, start)
        return parse_listing(html)[:limit]

# ... rest of file ...
