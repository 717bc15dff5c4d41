-- Learning platform clickstream
CREATE TABLE `edu-dw.lms.course_events` (
  event_id STRING NOT NULL,
  student_id STRING NOT NULL,
  course_id STRING NOT NULL,
  event_type STRING,
  event_ts TIMESTAMP NOT NULL
)
<<<<<<< HEAD
PARTITION BY DATE(event_ts)
CLUSTER BY course_id;
=======
PARTITION BY TIMESTAMP_TRUNC(event_ts, HOUR)
CLUSTER BY course_id, student_id
OPTIONS (partition_expiration_days = 400);
>>>>>>> feature/hourly-partitions
