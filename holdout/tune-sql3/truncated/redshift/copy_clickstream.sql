-- Load yesterday's clickstream files
TRUNCATE staging.clickstream;

COPY staging.clickstream
FROM 's3://acme-landing/clickstream/2024/03/14/'
IAM_ROLE 'arn:aws:iam::123456789012:role/RedshiftCopyRole'
FORMAT AS JSON 'auto'
GZIP
TIMEFORMAT 'auto'
REGION 'us-east-1';

COPY staging.clickstream_sessions
FROM 's3://acme-landing/sessions/2024/03/14/'
IAM_ROLE 'arn:aws:iam::123456789012:role/RedshiftCo