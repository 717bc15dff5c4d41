from typing import Optional, List
from datetime import datetime

class User:
    id: int
    email: str
    name: Optional[str]
    created_at: datetime

    def __init__(self, email: str, name: Optional[str] = ...) -> None: ...
    def full_name(self) -> str: ...

class Team:
    id: int
    members: List[User]

    def add_member(self, user: User) -> None: ...

def get_user(user_id: int) -> Optional[User]: ...
