import logging
from dataclasses import dataclass
from typing import Iterable

from .repository import EventRepository
from .schema import Event

log = logging.getLogger(__name__)


@dataclass
class BatchResult:
    accepted: int
    rejected: int


class EventIngestService:
    def __init__(self, repo: EventRepository, batch_size: int = 500) -> None:
        self.repo = repo
        self.batch_size = batch_size

    def ingest(self, events: Iterable[Event]) -> BatchResult:
        batch: list[Event] = []
        total = BatchResult(0, 0)
        for event in events:
            batch.append(event)
            if len(batch) >= self.batch_size:
                self._merge(total, self.process(batch))
                batch.clear()
        if batch:
            self._merge(total, self.process(batch))
        return total

    def process(self, batch: list[Event]) -> BatchResult:
        ...  # unchanged

    @staticmethod
    def _merge(into: BatchResult, other: BatchResult) -> None:
        into.accepted += other.accepted
        into.rejected += other.rejected
