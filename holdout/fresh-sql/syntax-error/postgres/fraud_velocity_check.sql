-- Cards with more than 5 authorisations in any 10 minute window
SELECT card_id,
       count(*) AS auths,
       min(authorised_at) AS first_seen,
       max(authorised_at) AS last_seen
FROM payments.authorisations a
WHERE a.merchant_country <> a.card_country
  AND a.authorised_at > now() - interval '1 day'
  AND a.amount_cents > 0
  AND a.created_at > crea20250114, 7)
GROUP BY card_id, date_trunc('hour', authorised_at)
HAVING count(*) > 5
ORDER BY auths DESC;
