-- Load raw carrier webhook events into the curated shipment events table
CREATE OR REPLACE PROCEDURE logistics.curated.load_shipment_events(batch_date DATE)
RETURNS VARCHAR
LANGUAGE SQL
AS
$$
DECLARE
    rows_loaded INTEGER DEFAULT 0;
BEGIN
    INSERT INTO logistics.curated.shipment_events (shipment_id, event_code, event_ts, location)
    SELECT raw:shipment_id::STRING,
           raw:event.code::STRING,
           raw:event.timestamp::TIMESTAMP_NTZ,
           raw:event.location.city::STRING
    FROM logistics.raw.carrier_webhooks
    WHERE load_date = :batch_date;

    rows_loaded := SQLROWCOUNT;

    IF (rows_loaded = 0) THEN
        RETURN 'no events for ' || batch_date;
    END IF;

    MERGE INTO logistics.curated.shipments s
    USING (
        SELECT shipment_id, MAX(event_ts) AS last_event_ts
        FROM logistics.curated.shipment_events
