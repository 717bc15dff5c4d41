version: 2

sources:
  - name: stripe
    database: RAW
    schema: STRIPE
    loaded_at_field: _loaded_at
    freshness:
      warn_after: {count: 6, period: hour}
      error_after: {count: 24, period: hour}
    tables:
      - name: charges
        columns:
          - name: id
            tests: [unique, not_null]
      - name: customers
      - name: invoices
        freshness:
          warn_after: {count: 12, per