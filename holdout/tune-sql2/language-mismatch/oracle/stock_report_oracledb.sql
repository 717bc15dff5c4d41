import oracledb from "oracledb";

interface StockRow {
  WAREHOUSE_NAME: string;
  PRODUCT_CODE: string;
  QTY: number;
}

async function lowStock(threshold: number): Promise<StockRow[]> {
  const conn = await oracledb.getConnection({
    user: process.env.ORA_USER,
    password: process.env.ORA_PASSWORD,
    connectString: "erp-db.internal:1521/ERPPDB",
  });
  try {
    const result = await conn.execute<StockRow>(
      `SELECT w.warehouse_name, p.product_code, i.quantity_on_hand AS qty
         FROM oe.inventories i
         JOIN oe.warehouses w ON w.warehouse_id = i.warehouse_id
         JOIN oe.products p ON p.product_id = i.product_id
        WHERE i.quantity_on_hand < :threshold`,
      { threshold },
      { outFormat: oracledb.OUT_FORMAT_OBJECT },
    );
    return result.rows ?? [];
  } finally {
    await conn.cl