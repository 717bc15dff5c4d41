version: 2

models:
  - name: fct_orders
    description: "One row per order, with payment totals."
    columns:
      - name: order_id
        description: "Primary key"
        tests:
          - unique
          - not_null
      - name: customer_id
        tests:
          - not_null
          - relationships:
              to: ref('dim_customers')
              field: customer_id
      - name: amount_usd
        tests:
          - dbt_utils.accepted_range:
              min_value: 0
