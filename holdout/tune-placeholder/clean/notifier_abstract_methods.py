from abc import ABC, abstractmethod


class Notifier(ABC):
    """Base class for notification channels."""

    @abstractmethod
    def send(self, recipient: str, subject: str, body: str) -> None:
        ...

    @abstractmethod
    def healthy(self) -> bool:
        """Return True if the channel can currently deliver messages."""
        ...

    def send_many(self, recipients: list[str], subject: str, body: str) -> int:
        sent = 0
        for r in recipients:
            self.send(r, subject, body)
            sent += 1
        return sent


class ConsoleNotifier(Notifier):
    def send(self, recipient: str, subject: str, body: str) -> None:
        print(f"to={recipient} subject={subject!r}\n{body}")

    def healthy(self) -> bool:
        return True
