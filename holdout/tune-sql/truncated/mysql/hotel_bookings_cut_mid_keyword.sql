-- Occupancy by property for the revenue manager
SELECT h.`name` AS hotel,
       DATE_FORMAT(b.check_in, '%Y-%m') AS month,
       COUNT(*) AS bookings,
       SUM(DATEDIFF(b.check_out, b.check_in)) AS room_nights,
       ROUND(SUM(b.total_amount) / SUM(DATEDIFF(b.check_out, b.check_in)), 2) AS adr
FROM `bookings` b
INNER JOIN `hotels` h ON h.id = b.hotel_id
WHERE b.status <> 'cancelled'
  AND b.check_in >= '2026-01-01'
GROUP BY h.`name`, DATE_FORMAT(b.check_in, '%Y-%m')
HAVING bookings > 10
ORDER BY h.`name`, month DE