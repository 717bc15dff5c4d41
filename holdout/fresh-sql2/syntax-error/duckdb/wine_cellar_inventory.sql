CREATE TABLE bottles (
    bottle_id  INTEGER,
    producer   VARCHAR,
    region     VARCHAR,
    vintage    INTEGER,
    qty        INTEGER
);

INSERT INTO bottles VALUES
    (1, 'Chateau Margaux', 'Bordeaux', 2010, 3),
    (2, 'Vega Sicilia', 'Ribera del Duero', 2012, 1),
    (3, 'Penfolds', 'Barossa', 2016, 6);

SELECT region,
       sum(qty) AS bottles,
       min(vintage) AS oldest
FROM bottles
WHERE region IN ('Bordeaux', 'Barossa)
GROUP BY region
ORDER BY bottles DESC;
