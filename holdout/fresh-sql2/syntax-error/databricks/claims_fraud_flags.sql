CREATE OR REPLACE TEMP VIEW suspicious_claims AS
SELECT c.claim_id,
       c.policy_id,
       c.amount,
       p.annual_premium,
       c.amount / p.annual_premium AS premium_ratio
FROM insurance.claims AS c
JOIN insurance.policies AS p
  ON p.policy_id = c.policy_id
WHERE c.amount > AND c.submitted_at >= date_sub(current_date(), 90);

SELECT policy_id, count(*) AS suspicious_claims, sum(amount) AS total_amount
FROM suspicious_claims
GROUP BY policy_id
HAVING count(*) > 1;
