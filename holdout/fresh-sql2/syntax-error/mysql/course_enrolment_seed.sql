CREATE TABLE IF NOT EXISTS courses (
    course_id  INT PRIMARY KEY,
    code       VARCHAR(12) NOT NULL UNIQUE,
    title      VARCHAR(120) NOT NULL,
    credits    TINYINT NOT NULL
);

CREATE TABLE IF NOT EXISTS enrolments (
    student_id INT NOT NULL,
    course_id  INT NOT NULL,
    term       CHAR(6) NOT NULL,
    PRIMARY KEY (student_id, course_id, term)
);

INSERT INTO courses (course_id, code, title, credits) VALUES
    (1, 'CS101', 'Intro to Programming', 6),
    (2, 'CS201', 'Data Structures', 6)
    (3, 'MA110', 'Linear Algebra', 5),
    (4, 'PH120', 'Mechanics', 5);

INSERT INTO enrolments (student_id, course_id, term) VALUES
    (1001, 1, '2024S1'),
    (1001, 3, '2024S1'),
    (1002, 2, '2024S1');
