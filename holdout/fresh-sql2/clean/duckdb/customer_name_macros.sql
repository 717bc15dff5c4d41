CREATE MACRO normalise_name(s) AS trim(regexp_replace(lower(s), '\s+', ' ', 'g'));

CREATE MACRO safe_ratio(a, b) AS CASE WHEN b = 0 THEN NULL ELSE a / b END;

CREATE TABLE purchases (customer VARCHAR, amount DOUBLE, tags VARCHAR[]);

-- Same as above, but as a table macro returning the top-n rows.
CREATE MACRO top_customers(n) AS TABLE
    SELECT customer, sum(amount) AS total
    FROM purchases
    GROUP BY customer
    ORDER BY total DESC
    LIMIT n;

INSERT INTO purchases VALUES
    ('  Ada   LOVELACE ', 120.0, ['vip', 'eu']),
    ('grace hopper',        80.0, ['us']),
    ('Ada Lovelace',        45.5, []),
    ('Alan  Turing',       300.0, ['vip', 'uk']);

SELECT normalise_name(customer) AS customer,
       sum(amount) AS total,
       safe_ratio(sum(amount), count(*)) AS avg_amount,
       flatten(list(tags)) AS all_tags
FROM purchases
GROUP BY 1
ORDER BY total DESC;

SELECT * FROM top_customers(2);

SELECT customer,
       list_transform(tags, lambda t: upper(t)) AS tags_upper,
       [t || '!' FOR t IN tags IF t <> 'eu'] AS shouted,
       {'name': customer, 'n_tags': len(tags)} AS summary
FROM purchases;
