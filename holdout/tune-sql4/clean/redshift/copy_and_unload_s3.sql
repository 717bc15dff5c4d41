-- Load yesterday's click export, then unload the aggregate for the data lake.
COPY staging.clicks (click_id, user_id, clicked_at, url, referrer)
FROM 's3://acme-exports/clicks/2024/10/01/'
IAM_ROLE 'arn:aws:iam::123456789012:role/redshift-loader'
FORMAT AS CSV
IGNOREHEADER 1
DELIMITER ','
TIMEFORMAT 'auto'
EMPTYASNULL
BLANKSASNULL
MAXERROR 10
REGION 'eu-west-1';

UNLOAD ('SELECT TRUNC(clicked_at) AS click_date, url, COUNT(*) AS clicks
         FROM staging.clicks
         WHERE referrer NOT LIKE ''%...%''
         GROUP BY 1, 2')
TO 's3://acme-lake/clicks_daily/'
IAM_ROLE 'arn:aws:iam::123456789012:role/redshift-unloader'
FORMAT AS PARQUET
PARTITION BY (click_date)
ALLOWOVERWRITE;
