CREATE OR REPLACE TABLE crm.loyalty_members (
    member_id      NUMBER(38, 0) AUTOINCREMENT START 1 INCREMENT 1,
    email          STRING NOT NULL,
    tier           STRING DEFAULT 'bronze'
    points_balance NUMBER(12, 0) DEFAULT 0,
    enrolled_at    TIMESTAMP_NTZ DEFAULT CURRENT_TIMESTAMP()::TIMESTAMP_NTZ,
    CONSTRAINT pk_loyalty_members PRIMARY KEY (member_id)
);

INSERT INTO crm.loyalty_members (email, tier)
VALUES ('ana@example.com', 'gold'),
       ('ben@example.com', DEFAULT);

SELECT tier, COUNT(*) AS members
FROM crm.loyalty_members
GROUP BY tier;
