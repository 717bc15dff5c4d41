CREATE TABLE employees (
    employee_id   INT UNSIGNED NOT NULL AUTO_INCREMENT,
    first_name    VARCHAR(60)  NOT NULL,
    last_name     VARCHAR(60)  NOT NULL,
    email         VARCHAR(190) NOT NULL,
    …
    hired_on      DATE         NOT NULL,
    PRIMARY KEY (employee_id),
    UNIQUE KEY uq_employees_email (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE employee_phones (
    employee_id INT UNSIGNED NOT NULL,
    kind        ENUM('mobile','desk','home') NOT NULL,
    number      VARCHAR(32) NOT NULL,
    PRIMARY KEY (employee_id, kind),
    FOREIGN KEY (employee_id) REFERENCES employees (employee_id)
) ENGINE=InnoDB;
