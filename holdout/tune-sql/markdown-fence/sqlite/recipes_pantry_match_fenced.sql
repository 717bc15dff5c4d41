Here's a query that finds recipes you can make with what's in your pantry:

```sql
CREATE TABLE pantry (ingredient TEXT PRIMARY KEY);
CREATE TABLE recipe_ingredients (recipe TEXT, ingredient TEXT);

SELECT ri.recipe,
       count(*) AS needed,
       sum(p.ingredient IS NOT NULL) AS have
FROM recipe_ingredients ri
LEFT JOIN pantry p ON p.ingredient = ri.ingredient
GROUP BY ri.recipe
HAVING needed = have
ORDER BY ri.recipe;
```
