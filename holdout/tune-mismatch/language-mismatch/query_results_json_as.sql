{
  "query": "top_customers_last_30d",
  "generated_at": "2024-06-01T00:00:00Z",
  "columns": ["customer_id", "name", "orders", "revenue"],
  "rows": [
    [4821, "Northwind Traders", 37, 18233.5],
    [1377, "Contoso Ltd", 29, 15410.0],
    [2999, "Fabrikam Inc", 22, 9877.25],
    [5120, "Adventure Works", 18, 8120.75]
  ],
  "row_count": 4,
  "elapsed_ms": 142
}
