-- Seed reference data for countries and regions (MySQL)
INSERT INTO `regions` (`code`, `name`) VALUES
  ('EU', 'Europe'),
  ('NA', 'North America'),
  ('APAC', 'Asia Pacific');

INSERT INTO `countries` (`iso2`, `name`, `region_code`, `currency`) VALUES
  ('DE', 'Germany', 'EU', 'EUR'),
  ('FR', 'France', 'EU', 'EUR'),
  ('US', 'United States', 'NA', 'USD'),
  ('CA', 'Canada', 'NA', 'CAD'),
  ('JP', 'Japan', 'APAC', 'JPY'),
  ('AU', 'Australia', 'APAC', 'AUD')
ON DUPLICATE KEY UPDATE `name` = VALUES(`name`), `currency` = VALUES(`currency`);
