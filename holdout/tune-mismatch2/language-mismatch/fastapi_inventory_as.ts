from typing import Optional

from fastapi import FastAPI, HTTPException, Query
from pydantic import BaseModel, Field

app = FastAPI(title="Inventory API", version="0.3.0")


class Item(BaseModel):
    sku: str = Field(..., min_length=3)
    name: str
    quantity: int = 0
    price: float


_db: dict[str, Item] = {}


@app.get("/items")
async def list_items(limit: int = Query(50, le=200), q: Optional[str] = None):
    items = list(_db.values())
    if q:
        items = [i for i in items if q.lower() in i.name.lower()]
    return items[:limit]


@app.post("/items", status_code=201)
async def create_item(item: Item):
    if item.sku in _db:
        raise HTTPException(status_code=409, detail="SKU already exists")
    _db[item.sku] = item
    return item
