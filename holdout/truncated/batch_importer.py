import csv
import logging
from pathlib import Path

from sqlalchemy import insert
from sqlalchemy.orm import Session

from .models import Product

log = logging.getLogger(__name__)

BATCH_SIZE = 500


def read_rows(path: Path):
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            yield {
                "sku": row["sku"].strip(),
                "name": row["name"].strip(),
                "price": float(row["price"]),
                "stock": int(row.get("stock") or 0),
            }


def import_products(session: Session, path: Path) -> int:
    batch = []
    total = 0
    n_batches = 0
    for row in read_rows(path):
        batch.append(row)
        if len(batch) >= BATCH_SIZE:
            session.execute(insert(Product), batch)
            total += len(batch)
            n_batches += 1
            log.info("Processing batch %d of