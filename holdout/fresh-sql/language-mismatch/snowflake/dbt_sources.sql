version: 2

sources:
  - name: shop_raw
    database: RAW
    schema: SHOPIFY
    loaded_at_field: _loaded_at
    freshness:
      warn_after: {count: 12, period: hour}
      error_after: {count: 24, period: hour}
    tables:
      - name: orders
        columns:
          - name: id
            tests:
              - unique
              - not_null
      - name: customers
      - name: refunds
