-- Flattened customer dimension for the BI layer
CREATE OR REPLACE VIEW `v_customer_dim` AS
SELECT
    c.`id` AS customer_id,
    c.`email`,
    c.`first_name`,
    c.`last_name`,
    -- (other contact columns as before)
    a.`country_code`,
    a.`postal_code`,
    c.`created_at`,
    COALESCE(s.`tier`, 'free') AS subscription_tier
FROM `customers` c
LEFT JOIN `addresses` a
  ON a.`customer_id` = c.`id` AND a.`is_primary` = 1
LEFT JOIN `subscriptions` s
  ON s.`customer_id` = c.`id` AND s.`ended_at` IS NULL;
