from dataclasses import dataclass, field

ALLOWED_SORT = {"created_at", "total_amount", "id"}


@dataclass
class OrderQuery:
    status: str | None = None
    customer_id: int | None = None
    sort: str = "created_at"
    descending: bool = True
    limit: int = 50
    params: list[object] = field(default_factory=list)

    def to_sql(self) -> tuple[str, list[object]]:
        where: list[str] = []
        params: list[object] = []
        if self.status is not None:
            where.append("o.status = %s")
            params.append(self.status)
        if self.customer_id is not None:
            where.append("o.customer_id = %s")
            params.append(self.customer_id)
        if self.sort not in ALLOWED_SORT:
            raise ValueError(f"cannot sort by {self.sort!r}; choose from {sorted(ALLOWED_SORT)}")
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        direction = "DESC" if self.descending else "ASC"
        sql = f"""
            SELECT o.id, o.customer_id, o.status, o.total_amount, o.created_at
            FROM orders o
            {clause}
            ORDER BY o.{self.sort} {direction}
            LIMIT %s
        """
        return sql, [*params, self.limit]


def describe(q: OrderQuery) -> str:
    return f"{q.status or 'any'!s:>10} | {q.limit:04d} | {'↓' if q.descending else '↑'} {q.sort}"
