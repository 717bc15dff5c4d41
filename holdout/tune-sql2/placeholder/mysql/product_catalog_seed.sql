CREATE TABLE IF NOT EXISTS `product_categories` (
  `category_id` SMALLINT UNSIGNED NOT NULL,
  `slug`        VARCHAR(64) NOT NULL,
  `parent_id`   SMALLINT UNSIGNED DEFAULT NULL,
  `label`       VARCHAR(120) NOT NULL,
  PRIMARY KEY (`category_id`),
  UNIQUE KEY `uk_slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO `product_categories` (`category_id`, `slug`, `parent_id`, `label`) VALUES
  (1, 'electronics', NULL, 'Electronics'),
  (2, 'phones', 1, 'Phones'),
  (3, 'laptops', 1, 'Laptops');
-- TODO: add the other 40 categories here in the same format

UPDATE `products` p
JOIN `product_categories` c ON c.`slug` = p.`legacy_category`
SET p.`category_id` = c.`category_id`
WHERE p.`category_id` IS NULL;
