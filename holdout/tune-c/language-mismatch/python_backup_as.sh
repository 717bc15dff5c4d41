#!/usr/bin/env python3
"""Nightly backup: dump the database and upload it to S3."""
import datetime
import gzip
import shutil
import subprocess
import boto3

DB_NAME = "crm"
BUCKET = "acme-db-backups"


def dump(path: str) -> None:
    with open(path, "wb") as out:
        subprocess.run(["pg_dump", "--format=custom", DB_NAME], stdout=out, check=True)


def compress(src: str) -> str:
    dst = src + ".gz"
    with open(src, "rb") as fin, gzip.open(dst, "wb") as fout:
        shutil.copyfileobj(fin, fout)
    return dst


if __name__ == "__main__":
    stamp = datetime.datetime.utcnow().strftime("%Y%m%dT%H%M%SZ")
    raw = f"/tmp/{DB_NAME}-{stamp}.dump"
    dump(raw)
    archive = compress(raw)
    boto3.client("s3").upload_file(archive, BUCKET, f"{DB_NAME}/{stamp}.dump.gz")
    print(f"uploaded {archive}")
