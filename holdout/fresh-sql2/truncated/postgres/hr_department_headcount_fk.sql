CREATE TABLE departments (
    dept_id    serial PRIMARY KEY,
    name       text NOT NULL UNIQUE
);

CREATE TABLE employees (
    emp_id     serial PRIMARY KEY,
    full_name  text NOT NULL,
    dept_id    int,
    manager_id int,
    hired_on   date NOT NULL
);

CREATE INDEX employees_dept_idx ON employees (dept_id);

ALTER TABLE employees
    ADD CONSTRAINT employees_manager_fk FOREIGN KEY (manager_id) REFERENCES employees (emp_id);

ALTER TABLE employees
    ADD CONSTRAINT employees_dept_fk FOREIGN KEY (dept_id) REFERENCES
