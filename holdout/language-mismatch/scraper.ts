import json
import sys
import time

import requests
from bs4 import BeautifulSoup

BASE_URL = "https://example.com/products?page={page}"


def scrape_page(page: int) -> list[dict]:
    resp = requests.get(BASE_URL.format(page=page), timeout=10)
    resp.raise_for_status()
    soup = BeautifulSoup(resp.text, "html.parser")
    items = []
    for card in soup.select(".product-card"):
        items.append({
            "name": card.select_one(".title").get_text(strip=True),
            "price": float(card.select_one(".price").get_text(strip=True).lstrip("$")),
        })
    return items


if __name__ == "__main__":
    pages = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    results = []
    for p in range(1, pages + 1):
        results.extend(scrape_page(p))
        time.sleep(1)
    json.dump(results, sys.stdout, indent=2)
