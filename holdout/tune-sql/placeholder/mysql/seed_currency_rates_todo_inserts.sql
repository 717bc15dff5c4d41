-- Seed exchange rates used by the checkout service
INSERT INTO `currencies` (`code`, `name`, `minor_units`) VALUES
  ('USD', 'US Dollar', 2),
  ('EUR', 'Euro', 2),
  ('JPY', 'Japanese Yen', 0)
ON DUPLICATE KEY UPDATE `name` = VALUES(`name`);

INSERT INTO `fx_rates` (`base`, `quote`, `rate`, `as_of`) VALUES
  ('USD', 'EUR', 0.9214, '2026-11-30'),
  ('USD', 'JPY', 151.3200, '2026-11-30');

-- TODO: add the remaining inserts here for GBP, CHF, CAD, AUD

UPDATE `settings` SET `value` = '2026-11-30' WHERE `key` = 'fx_last_seeded';
