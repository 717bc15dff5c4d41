import csv
import os

import pyodbc

CONN_STR = os.environ.get(
    "MSSQL_CONN",
    "DRIVER={ODBC Driver 18 for SQL Server};SERVER=localhost;DATABASE=Sales;Trusted_Connection=yes;",
)

QUERY = '''
SELECT [OrderId], [CustomerId], [OrderDate], [TotalDue]
FROM [sales].[Order]
WHERE [OrderDate] >= ?
'''


def export(since, path):
    with pyodbc.connect(CONN_STR) as conn, open(path, "w", newline="") as fh:
        cur = conn.cursor()
        cur.execute(QUERY, since)
        writer = csv.writer(fh)
        writer.writerow([col[0] for col in cur.descr