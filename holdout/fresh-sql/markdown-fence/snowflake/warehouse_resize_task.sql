-- Scale reporting warehouse for month-end close
CREATE OR REPLACE TASK finance.ops.month_end_scale_up
    WAREHOUSE = OPS_WH
    SCHEDULE = 'USING CRON 0 18 L * * UTC'
AS
    ALTER WAREHOUSE REPORTING_WH SET WAREHOUSE_SIZE = 'LARGE';

CREATE OR REPLACE TASK finance.ops.month_end_scale_down
    WAREHOUSE = OPS_WH
    SCHEDULE = 'USING CRON 0 6 2 * * UTC'
AS
    ALTER WAREHOUSE REPORTING_WH SET WAREHOUSE_SIZE = 'SMALL';

ALTER TASK finance.ops.month_end_scale_up RESUME;
ALTER TASK finance.ops.month_end_scale_down RESUME;
```
