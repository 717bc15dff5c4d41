version: 2

sources:
  - name: ga4
    database: acme-prod
    schema: analytics_123456
    description: Raw GA4 export tables.
    loaded_at_field: "TIMESTAMP_MICROS(event_timestamp)"
    freshness:
      warn_after: {count: 24, period: hour}
      error_after: {count: 48, period: hour}
    tables:
      - name: events
        identifier: "events_*"
        description: Daily sharded event tables.
        columns:
          - name: user_pseudo_id
            tests:
              - not_null
          - name: event_name
            tests:
              - accepted_values:
                  values: ['page_view', 'session_start', 'view_item', 'add_to_cart', 'purchase']

  - name: sales
    database: acme-prod
    schema: sales
    tables:
      - name: orders
        loaded_at_field: order_ts
