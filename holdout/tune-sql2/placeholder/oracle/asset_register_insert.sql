CREATE TABLE fin.asset_register (
    asset_id       NUMBER(10) PRIMARY KEY,
    asset_tag      VARCHAR2(30) NOT NULL,
    description    VARCHAR2(200),
    acquired_on    DATE,
    cost           NUMBER(14,2),
    useful_life_y  NUMBER(3)
);

INSERT ALL
    INTO fin.asset_register VALUES (1, 'LAP-0001', 'Laptop 14"', DATE '2025-02-01', 1450, 3)
    INTO fin.asset_register VALUES (2, 'LAP-0002', 'Laptop 14"', DATE '2025-02-01', 1450, 3)
    ...
    INTO fin.asset_register VALUES (48, 'SRV-0007', 'Rack server', DATE '2024-11-15', 9800, 5)
SELECT * FROM dual;

COMMIT;
