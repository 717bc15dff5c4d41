version: 2

models:
  - name: fct_orders
    description: "One row per completed order, with revenue in USD."
    columns:
      - name: order_id
        description: "Primary key of the order."
        tests:
          - unique
          - not_null
      - name: customer_id
        tests:
          - not_null
          - relationships:
              to: ref('dim_customers')
              field: customer_id
      - name: revenue_usd
        description: "Order total converted to USD at the daily rate."
        tests:
          - not_null
      - name: status
        tests:
          - accepted_values:
              values: ['completed', 'refunded', 'partially_refunded']

  - name: dim_customers
    columns:
      - name: customer_id
        tests:
          - unique
          - not_null
