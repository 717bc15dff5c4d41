from __future__ import annotations

import smtplib
from email.message import EmailMessage
from typing import Iterable


class Notifier:
    def __init__(self, host: str, port: int = 587, sender: str = "noreply@example.com") -> None:
        self.host = host
        self.port = port
        self.sender = sender

    def _build_message(self, to: str, subject: str, body: str) -> EmailMessage:
        msg = EmailMessage()
        msg["From"] = self.sender
        msg["To"] = to
        msg["Subject"] = subject
        msg.set_content(body)
        return msg

    def send(self, to: str, subject: str, body: str) -> None:
        msg = self._build_message(to, subject, body)
        with smtplib.SMTP(self.host, self.port) as smtp:
            smtp.starttls()
            smtp.send_message(msg)

    def send_bulk(self, recipients: Iterable[str], subject: str, body: str) -> int:
        sent = 0
        with smtplib.SMTP(self.host, self.port) as smtp:
            smtp.starttls()
            for to in recipients:
                smtp.send_message(self._build_message(to, subject, body))
                sent += 1
        return sent

    # ... keep the rest of the class as is (send_sms, send_push, etc.)
