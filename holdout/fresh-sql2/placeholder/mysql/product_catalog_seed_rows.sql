CREATE TABLE IF NOT EXISTS products (
    product_id  INT PRIMARY KEY,
    sku         VARCHAR(20) NOT NULL UNIQUE,
    name        VARCHAR(120) NOT NULL,
    category    VARCHAR(40) NOT NULL,
    price       DECIMAL(8,2) NOT NULL
) ENGINE=InnoDB;

INSERT INTO products (product_id, sku, name, category, price) VALUES
    (1, 'KB-100', 'Mechanical keyboard', 'peripherals', 89.00),
    (2, 'MS-200', 'Wireless mouse',      'peripherals', 29.50),
    (3, 'MN-270', '27" monitor',         'displays',    219.00),
    -- and so on for the other 40 products in the spreadsheet
    (44, 'HB-700', 'USB-C hub',          'accessories', 39.90);

CREATE INDEX idx_products_category ON products (category);
