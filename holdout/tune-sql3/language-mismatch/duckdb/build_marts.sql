"""Build the local DuckDB marts from the parquet lake."""
import duckdb

DB_PATH = "warehouse.duckdb"

STAGING_SQL = """
CREATE OR REPLACE TABLE stg_orders AS
SELECT * FROM read_parquet('lake/orders/*.parquet');
"""

MART_SQL = """
CREATE OR REPLACE TABLE mart_daily_revenue AS
SELECT order_date, sum(total) AS revenue
FROM stg_orders
GROUP BY ALL;
"""


def main() -> None:
    con = duckdb.connect(DB_PATH)
    con.execute(STAGING_SQL)
    con.execute(MART_SQL)
    rows = con.execute("SELECT count(*) FROM mart_daily_revenue").fetchone()[0]
    print(f"mart_daily_revenue: {rows} rows")
    con.execute("EXPORT DATABASE 'snapshots/latest' (FORMAT par