```py
from dataclasses import dataclass, field
from datetime import datetime, timezone
import re

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.IGNORECASE)


@dataclass
class User:
    id: int
    email: str
    display_name: str
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    roles: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not EMAIL_RE.match(self.email):
            raise ValueError(f"invalid email: {self.email!r}")
        self.email = self.email.lower()

    @property
    def is_admin(self) -> bool:
        return "admin" in self.roles

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "email": self.email,
            "display_name": self.display_name,
            "created_at": self.created_at.isoformat(),
            "roles": list(self.roles),
        }
```

