CREATE OR REPLACE TABLE edu.mart.lesson_events AS
SELECT s.value:student_id::NUMBER AS student_id,
       s.value:lesson_id::STRING AS lesson_id,
       s.value:seconds_watched::NUMBER AS seconds_watched,
       r.received_at
FROM edu.raw.lms_batches r,
     LATERAL FLATTEN(input => r.body:events) s;

The LATERAL FLATTEN above turns each element of the events array into its own row,
so now we can aggregate watch time per student:

SELECT student_id,
       COUNT(DISTINCT lesson_id) AS lessons_started,
       SUM(seconds_watched) / 3600 AS hours_watched
FROM edu.mart.lesson_events
GROUP BY student_id;
