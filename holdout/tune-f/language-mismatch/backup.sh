import datetime as dt
import gzip
import shutil
import subprocess

import boto3

BUCKET = "acme-db-backups"
DATABASES = ["accounts", "orders"]

s3 = boto3.client("s3")
stamp = dt.datetime.utcnow().strftime("%Y%m%dT%H%M%SZ")

for db in DATABASES:
    raw = f"/tmp/{db}-{stamp}.sql"
    with open(raw, "wb") as out:
        subprocess.run(["pg_dump", db], stdout=out, check=True)
    with open(raw, "rb") as src, gzip.open(raw + ".gz", "wb") as dst:
        shutil.copyfileobj(src, dst)
    s3.upload_file(raw + ".gz", BUCKET, f"{db}/{stamp}.sql.gz")
    print(f"uploaded {db}")
