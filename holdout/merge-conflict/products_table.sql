CREATE TABLE products (
    id            bigserial PRIMARY KEY,
    sku           text          NOT NULL UNIQUE,
    name          text          NOT NULL,
    description   text,
<<<<<<< HEAD
    price         numeric(10,2) NOT NULL CHECK (price >= 0),
=======
    price_cents   integer       NOT NULL CHECK (price_cents >= 0),
    currency      char(3)       NOT NULL DEFAULT 'USD',
>>>>>>> a91c0de
    category_id   bigint        REFERENCES categories (id),
    is_active     boolean       NOT NULL DEFAULT true,
    created_at    timestamptz   NOT NULL DEFAULT now()
);

CREATE INDEX idx_products_category ON products (category_id) WHERE is_active;
