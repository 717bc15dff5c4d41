-- Smart thermostat weekly schedule
CREATE TABLE schedule (
    day_of_week INTEGER NOT NULL CHECK (day_of_week BETWEEN 0 AND 6),
    start_time  TEXT NOT NULL,
    target_c    REAL NOT NULL,
    PRIMARY KEY (day_of_week, start_time)
) WITHOUT ROWID;

INSERT INTO schedule (day_of_week, start_time, target_c) VALUES
    (1, '06:30', 20.5),
<<<<<<< HEAD
    (1, '22:00', 17.0);
=======
    (1, '08:30', 18.0),
    (1, '17:30', 21.0),
    (1, '22:30', 16.5);
>>>>>>> feature/x
