version: 2

models:
  - name: fct_invoices
    description: "One row per issued invoice, built from the Redshift billing schema."
    config:
      materialized: incremental
      dist: customer_id
      sort: [issued_at]
    columns:
      - name: invoice_id
        tests:
          - unique
          - not_null
      - name: customer_id
        tests:
          - not_null
          - relationships:
              to: ref('dim_customers')
              field: customer_id
      - name: total_amount
        description: "Gross amount in invoice currency"
      - name: status
        tests:
          - accepted_values:
              values: ['open', 'paid', 'void']
