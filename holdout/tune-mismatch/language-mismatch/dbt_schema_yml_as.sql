version: 2

models:
  - name: fct_orders
    description: "One row per order, with payment totals."
    columns:
      - name: order_id
        description: Primary key.
        tests:
          - unique
          - not_null
      - name: customer_id
        tests:
          - relationships:
              to: ref('dim_customers')
              field: customer_id
      - name: status
        tests:
          - accepted_values:
              values: ['placed', 'shipped', 'completed', 'returned']
      - name: amount
        description: "Total amount in USD, after discounts and befo
