CREATE TABLE IF NOT EXISTS `recipes` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `slug` VARCHAR(120) NOT NULL,
  `title` VARCHAR(200) NOT NULL,
  `meta` JSON NOT NULL,
  `prep_minutes` SMALLINT UNSIGNED AS (JSON_UNQUOTE(JSON_EXTRACT(`meta`, '$.prep_minutes'))) STORED,
  `cuisine` VARCHAR(40) AS (JSON_UNQUOTE(JSON_EXTRACT(`meta`, '$.cuisine'))) VIRTUAL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_recipes_slug` (`slug`),
  KEY `idx_recipes_cuisine` (`cuisine`),
  FULLTEXT KEY `ft_recipes_title` (`title`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE IF NOT EXISTS `recipe_ingredients` (
  `recipe_id` INT UNSIGNED NOT NULL,
  `position` TINYINT UNSIGNED NOT NULL,
  `ingredient` VARCHAR(120) NOT NULL,
  `quantity` VARCHAR(40) NULL,
  PRIMARY KEY (`recipe_id`, `position`),
  CONSTRAINT `fk_ri_recipe` FOREIGN KEY (`recipe_id`) REFERENCES `recipes` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;