CREATE TABLE logistics.fact_shipments (
    shipment_id    BIGINT       NOT NULL,
    carrier_code   VARCHAR(8)   NOT NULL ENCODE bytedict,
    origin_hub     VARCHAR(8)   NOT NULL,
    dest_hub       VARCHAR(8)   NOT NULL,
    ...
    delivered_at   TIMESTAMP    ENCODE az64
)
DISTKEY (shipment_id)
SORTKEY (delivered_at);

GRANT SELECT ON logistics.fact_shipments TO GROUP logistics_analysts;
