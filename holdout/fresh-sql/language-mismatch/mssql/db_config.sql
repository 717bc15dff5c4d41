# Database connection settings for the reporting ETL
environment: production
database:
  server: sqlprod01.corp.local
  port: 1433
  name: ReportingDW
  schema: dbo
  auth:
    mode: integrated
    encrypt: true
    trust_server_certificate: false
etl:
  batch_size: 5000
  jobs:
    - name: load_sales_fact
      source: stg.sales
      target: dw.fact_sales
      schedule: "0 2 * * *"
    - name: load_customer_dim
      source: stg.customers
      target: dw.dim_customer
      schedule: "30 2 * * *"
    - name: load_inventory_snap
      source: stg.inven