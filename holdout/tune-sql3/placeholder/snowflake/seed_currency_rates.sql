-- Seed reference exchange rates
CREATE TABLE IF NOT EXISTS ref.currency_rates (
    currency_code VARCHAR(3) NOT NULL,
    rate_to_usd NUMBER(18, 8) NOT NULL,
    effective_date DATE NOT NULL
);

INSERT INTO ref.currency_rates (currency_code, rate_to_usd, effective_date)
VALUES
    ('EUR', 1.08500000, '2024-01-01'),
    ('GBP', 1.27100000, '2024-01-01'),
    ('JPY', 0.00680000, '2024-01-01'),
    ...
    ('CHF', 1.17900000, '2024-01-01');
