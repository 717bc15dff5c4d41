import csv
import psycopg2
from psycopg2.extras import execute_values

DSN = "dbname=shop user=shop host=localhost"


def load_customers(path):
    with open(path, newline="", encoding="utf-8") as fh:
        rows = [
            (r["email"].lower(), r["full_name"], r["country"])
            for r in csv.DictReader(fh)
        ]

    with psycopg2.connect(DSN) as conn, conn.cursor() as cur:
        execute_values(
            cur,
            """
            INSERT INTO customers (email, full_name, country)
            VALUES %s
            ON CONFLICT (email) DO UPDATE
               SET full_name = EXCLUDED.full_name,
                   country = EXCLUDED.country
            """,
            rows,
            page_size=1000,
        )
    return len(rows)


if __name__ == "__main__":
    import sys
    print(f"loaded {load_customers(sys.argv[1])} customers")
