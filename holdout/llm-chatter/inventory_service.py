Here is the refactored code with the database access split out of the service:

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class StockLevel:
    sku: str
    warehouse: str
    quantity: int


class StockRepository(Protocol):
    def get(self, sku: str, warehouse: str) -> StockLevel | None: ...
    def save(self, level: StockLevel) -> None: ...

Next, update the service so it depends on the repository interface instead of the session:

class InventoryService:
    def __init__(self, repo: StockRepository) -> None:
        self.repo = repo

    def reserve(self, sku: str, warehouse: str, qty: int) -> StockLevel:
        if qty <= 0:
            raise ValueError("qty must be positive")
        current = self.repo.get(sku, warehouse)
        if current is None or current.quantity < qty:
            raise LookupError(f"insufficient stock for {sku} in {warehouse}")
        updated = StockLevel(sku, warehouse, current.quantity - qty)
        self.repo.save(updated)
        return updated

    def restock(self, sku: str, warehouse: str, qty: int) -> StockLevel:
        current = self.repo.get(sku, warehouse)
        base = current.quantity if current else 0
        updated = StockLevel(sku, warehouse, base + qty)
        self.repo.save(updated)
        return updated

Hope this helps! With this structure you can pass an in-memory fake repository in your unit tests.
