CREATE TABLE shipments (
    shipment_id  INTEGER PRIMARY KEY,
    country      TEXT NOT NULL,
    weight_kg    REAL NOT NULL
);

INSERT INTO shipments (country, weight_kg) VALUES ('DE', 1.2), ('FR', 3.4), ('US', 0.8);

SELECT shipment_id,
       country,
       weight_kg,
       CASE
           WHEN country IN ('DE', 'AT', 'CH') THEN 4.90 + 0.50 * weight_kg
           WHEN country IN ('FR', 'BE', 'NL') THEN 6.90 + 0.80 * weight_kg
           -- more WHEN clauses here for the other zones
           ELSE 19.90 + 2.00 * weight_kg
       END AS shipping_eur
FROM shipments
ORDER BY shipment_id;
