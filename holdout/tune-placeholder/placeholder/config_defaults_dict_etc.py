import os

DEFAULTS = {
    "http": {
        "host": "127.0.0.1",
        "port": 8000,
        "workers": 2,
    },
    "storage": {
        "backend": "s3",
        "bucket": "uploads-dev",
        "region": "eu-west-1",
        # etc.
    },
    "features": {
        "signup_enabled": True,
        "beta_dashboard": False,
    },
}


def load() -> dict:
    cfg = {section: dict(values) for section, values in DEFAULTS.items()}
    if port := os.environ.get("PORT"):
        cfg["http"]["port"] = int(port)
    if bucket := os.environ.get("UPLOAD_BUCKET"):
        cfg["storage"]["bucket"] = bucket
    return cfg
