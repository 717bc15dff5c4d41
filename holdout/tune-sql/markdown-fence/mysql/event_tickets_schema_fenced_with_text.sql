Below is the MySQL schema for the ticketing service.

```
CREATE TABLE `events` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(200) NOT NULL,
  `venue` VARCHAR(200) NOT NULL,
  `starts_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `tickets` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `event_id` INT UNSIGNED NOT NULL,
  `seat` VARCHAR(10) NOT NULL,
  `price` DECIMAL(8,2) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_event_seat` (`event_id`, `seat`)
) ENGINE=InnoDB;
```

You can run it with `mysql -u root ticketing < schema.sql`.
