CREATE TABLE recipes (
    recipe_id INTEGER PRIMARY KEY,
    name      TEXT NOT NULL
);

CREATE TABLE recipe_ingredients (
    recipe_id  INTEGER NOT NULL REFERENCES recipes,
    ingredient TEXT NOT NULL,
    grams      REAL
);

INSERT INTO recipes (name) VALUES ('Pancakes'), ('Omelette');
INSERT INTO recipe_ingredients VALUES (1, 'flour', 200), (1, 'egg', 100), (2, 'egg', 150);

SELECT r.name,
       count(ri.ingredient)               AS ingredients,
       round(coalesce(sum(ri.grams), 0)) / 1000.0) AS kg
FROM recipes r
LEFT JOIN recipe_ingredients ri ON ri.recipe_id = r.recipe_id
GROUP BY r.recipe_id
ORDER BY ingredients DESC;
