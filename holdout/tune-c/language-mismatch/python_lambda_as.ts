import json
import os

import boto3

s3 = boto3.client("s3")
BUCKET = os.environ["THUMBNAIL_BUCKET"]


def handler(event, context):
    records = event.get("Records", [])
    processed = []
    for record in records:
        key = record["s3"]["object"]["key"]
        if not key.lower().endswith((".jpg", ".jpeg", ".png")):
            continue
        s3.copy_object(
            Bucket=BUCKET,
            Key=f"pending/{key}",
            CopySource={"Bucket": record["s3"]["bucket"]["name"], "Key": key},
        )
        processed.append(key)

    return {
        "statusCode": 200,
        "body": json.dumps({"processed": processed}),
    }
