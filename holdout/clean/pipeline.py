import logging
from typing import Iterable, Iterator

log = logging.getLogger(__name__)


def read_records(lines: Iterable[str]) -> Iterator[dict[str, str]]:
    header: list[str] | None = None
    for raw in lines:
        line = raw.rstrip("\n")
        if not line:
            continue
        fields = line.split("\t")
        if header is None:
            header = fields
            continue
        yield dict(zip(header, fields))


def run(lines: Iterable[str]) -> int:
    # Validate everything up front; the rest of the code assumes every record
    # has an "id" field, so failing early gives a much clearer error message.
    records = list(read_records(lines))
    missing = [i for i, r in enumerate(records) if not r.get("id")]
    if missing:
        raise ValueError(f"records without id at positions {missing[:10]}")

    # Existing behaviour is kept for backwards compatibility: duplicate ids are
    # logged, not rejected. The rest of the function only sees unique records.
    seen: set[str] = set()
    unique = []
    for record in records:
        if record["id"] in seen:
            log.warning("duplicate id %s", record["id"])
            continue
        seen.add(record["id"])
        unique.append(record)

    # ... and finally hand off to the writer.
    for record in unique:
        log.debug("writing %s", record["id"])
    return len(unique)
