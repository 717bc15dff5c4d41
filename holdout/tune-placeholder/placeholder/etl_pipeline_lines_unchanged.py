"""Nightly ETL: pull orders from the shop API and load them into the warehouse."""
from __future__ import annotations

import datetime as dt
import logging

import pandas as pd

from .clients import ShopClient, WarehouseClient

log = logging.getLogger("etl")


def extract(client: ShopClient, day: dt.date) -> pd.DataFrame:
    rows = list(client.iter_orders(updated_since=day))
    log.info("extracted %d orders for %s", len(rows), day)
    return pd.DataFrame.from_records(rows)


# lines 52-140 unchanged


def run(day: dt.date | None = None) -> None:
    day = day or (dt.date.today() - dt.timedelta(days=1))
    shop, wh = ShopClient.from_env(), WarehouseClient.from_env()
    raw = extract(shop, day)
    clean = transform(raw)
    load(wh, clean, partition=day)
    log.info("loaded %d rows into orders_daily/%s", len(clean), day)
