-- Here is the list-heavy feature prep.
WITH baskets AS (
    SELECT * FROM (VALUES
        (1, [12.5, 3.0, -1.0, 8.25], ['fruit', 'Dairy ', 'TODO']),
        (2, [99.0], ['electronics']),
        (3, [], [])
    ) AS t(basket_id, prices, tags)
)
SELECT
    basket_id,
    [p * 1.19 FOR p IN prices IF p > 0]               AS gross_prices,
    list_transform(tags, t -> lower(trim(t)))         AS clean_tags,
    list_filter(tags, t -> t <> 'TODO')               AS real_tags,
    prices[1:2]                                       AS first_two,
    {'basket': basket_id, 'n': len(prices)}           AS meta,
    MAP {'currency': 'EUR', 'note': '...'}            AS extra,
    unnest(prices)                                    AS price
FROM baskets;
