import os
import sys
import time

import requests

URL = os.environ.get("HEALTH_URL", "http://localhost:8080/healthz")

for attempt in range(1, 11):
    try:
        if requests.get(URL, timeout=2).ok:
            print("service is up")
            sys.exit(0)
    except requests.RequestException:
        pass
    print(f"waiting ({attempt}/10)...")
    time.sleep(2)

sys.exit("service did not come up")
