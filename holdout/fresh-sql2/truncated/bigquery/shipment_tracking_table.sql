-- Core shipment table; one row per parcel, updated by the tracking feed.
CREATE TABLE IF NOT EXISTS `logistics-prod.core.shipments`
(
  shipment_id STRING NOT NULL,
  carrier STRING,
  service_level STRING,
  weight_grams INT64,
  origin STRUCT<country STRING, postcode STRING>,
  destination STRUCT<
    country STRING,
    postcode STRING,
