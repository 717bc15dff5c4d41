[
  {"name": "shipment_id", "type": "STRING", "mode": "REQUIRED"},
  {"name": "carrier", "type": "STRING", "mode": "NULLABLE"},
  {"name": "origin", "type": "RECORD", "mode": "NULLABLE", "fields": [
    {"name": "country", "type": "STRING"},
    {"name": "postcode", "type": "STRING"}
  ]},
  {"name": "destination", "type": "RECORD", "mode": "NULLABLE", "fields": [
    {"name": "country", "type": "STRING"},
    {"name": "postcode", "type": "STRING"}
  ]},
  {"name": "weight_kg", "type": "NUMERIC", "mode": "NULLABLE"},
  {"name": "events", "type": "RECORD", "mode": "REPEATED", "fields": [
    {"name": "code", "type": "STRING"},
    {"name": "ts", "type": "TIMES