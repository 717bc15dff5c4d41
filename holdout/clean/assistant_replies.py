"""Canned replies for the support chatbot.

These strings are shown to end users verbatim, so they deliberately read like
a friendly assistant ("Certainly! Here's ...").
"""

import random

GREETINGS = [
    "Hi there! How can I help you today?",
    "Hello! What can I do for you?",
]

CONFIRMATIONS = {
    "refund": "Certainly! Here's what happens next: your refund will be processed within 5 business days.",
    "address": "Sure! I've updated your shipping address.",
    "cancel": "Done. I've made the following changes: your subscription will end on {date}.",
}

CLOSINGS = (
    "Hope this helps!",
    "Let me know if there's anything else I can do.",
)


def reply(intent: str, **kwargs: str) -> str:
    template = CONFIRMATIONS.get(intent)
    if template is None:
        return random.choice(GREETINGS)
    body = template.format(**kwargs)
    return f"{body}\n\n{random.choice(CLOSINGS)}"


if __name__ == "__main__":
    print(reply("cancel", date="2024-07-01"))
