-- Allocate the earliest free dock slot for an inbound shipment
CREATE OR REPLACE FUNCTION logistics.allocate_dock_slot(p_shipment_id bigint, p_warehouse_id int)
RETURNS int
LANGUAGE plpgsql
AS $$
DECLARE
    v_slot_id int;
    v_eta     timestamptz;
BEGIN
    SELECT eta INTO v_eta
    FROM logistics.shipments
    WHERE shipment_id = p_shipment_id
    FOR UPDATE;

    IF v_eta IS NULL THEN
        RAISE EXCEPTION 'shipment % has no ETA', p_shipment_id;
    END IF;

    SELECT s.slot_id INTO v_slot_id
    FROM logistics.dock_slots s
    WHERE s.warehouse_id = p_warehouse_id
      AND s.starts_at >= v_eta
      AND NOT EXISTS (
          SELECT 1 FROM logistics.dock_bookings b
          WHERE b.slot_id = s.slot_id
      )
    ORDER BY s.starts_at
    LIMIT 1;

    IF v_slot_id IS NOT NULL THEN
        INSERT INTO logistics.dock_bookings (slot_id, shipment_id, booked_at)
        VALUES (v_slot_id, p_shipment_id, now());
