import json
import os
import urllib.request

WEBHOOK_URL = os.environ.get("SLACK_WEBHOOK_URL", "")


def post_message(text: str, channel: str | None = None) -> None:
    if not WEBHOOK_URL:
        return
<<<<<<< SEARCH
    payload = {"text": text}
=======
    payload = {"text": text, "mrkdwn": True}
    if channel:
        payload["channel"] = channel
>>>>>>> REPLACE
    req = urllib.request.Request(
        WEBHOOK_URL,
        data=json.dumps(payload).encode("utf-8"),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(req, timeout=5) as resp:
        resp.read()


def notify_deploy(service: str, version: str, env: str) -> None:
    post_message(f":rocket: *{service}* `{version}` deployed to *{env}*")
