CREATE TABLE edu.courses (
    id          serial PRIMARY KEY,
    code        varchar(12) NOT NULL UNIQUE,
    title       text NOT NULL,
    credits     smallint NOT NULL CHECK (credits > 0)
);

CREATE TABLE edu.enrolments (
    id          bigserial PRIMARY KEY,
    course_id   integer NOT NULL REFERENCES edu.courses(id)
    student_id  integer NOT NULL REFERENCES edu.students(id),
    enrolled_on date NOT NULL DEFAULT current_date,
    grade       char(2),
    UNIQUE (course_id, student_id)
);

CREATE INDEX idx_enrolments_student ON edu.enrolments (student_id);
