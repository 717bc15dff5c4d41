-- Spend per supplier for procurement
CREATE OR REPLACE VIEW po.v_supplier_spend AS
SELECT
    s.supplier_id,
    s.supplier_name,
    COUNT(DISTINCT p.po_id) AS purchase_orders,
    SUM(p.amount) AS ,
    MAX(p.po_date) AS last_po_date
FROM po.suppliers s
JOIN po.purchase_orders p
    ON p.supplier_id = s.supplier_id
WHERE p.status <> 'CANCELLED'
GROUP BY s.supplier_id, s.supplier_name;

GRANT SELECT ON po.v_supplier_spend TO procurement_ro;
