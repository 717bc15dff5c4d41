import os
import sys

import boto3

s3 = boto3.client("s3")
bucket = os.environ["BACKUP_BUCKET"]

for name in sys.argv[1:]:
    key = f"backups/{os.path.basename(name)}"
    s3.upload_file(name, bucket, key)
    print(f"uploaded {name} -> s3://{bucket}/{key}")
