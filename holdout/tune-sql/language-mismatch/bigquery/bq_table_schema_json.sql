[
  {"name": "event_id", "type": "STRING", "mode": "REQUIRED"},
  {"name": "event_ts", "type": "TIMESTAMP", "mode": "REQUIRED"},
  {"name": "user_id", "type": "STRING", "mode": "NULLABLE"},
  {
    "name": "device",
    "type": "RECORD",
    "mode": "NULLABLE",
    "fields": [
      {"name": "os", "type": "STRING", "mode": "NULLABLE"},
      {"name": "app_version", "type": "STRING", "mode": "NULLABLE"}
    ]
  },
  {"name": "params", "type": "JSON", "mode": "NULLABLE"},
  {"name": "tags", "type": "STRING", "mode": "REPEATED"
