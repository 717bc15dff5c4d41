CREATE TABLE dbo.ContractPrices
(
    ContractId  INT            NOT NULL PRIMARY KEY CLUSTERED,
    CustomerId  INT            NOT NULL,
    UnitPrice   DECIMAL(10, 4) NOT NULL,
    Currency    CHAR(3)        NOT NULL,
    ValidFrom   DATETIME2 GENERATED ALWAYS AS ROW START HIDDEN NOT NULL,
    ValidTo     DATETIME2 GENERATED ALWAYS AS ROW END   HIDDEN NOT NULL,
    PERIOD FOR SYSTEM_TIME (ValidFrom, ValidTo)
)
WITH (SYSTEM_VERSIONING = ON (HISTORY_TABLE = dbo.ContractPricesHistory));
GO

UPDATE dbo.ContractPrices
SET UnitPrice = UnitPrice * 1.035
WHERE Currency = 'EUR';
GO

-- Price list as it was on the first of the year.
SELECT ContractId, CustomerId, UnitPrice, Currency
FROM dbo.ContractPrices
    FOR SYSTEM_TIME AS OF '2024-01-01T00:00:00'
ORDER BY ContractId;

-- Every version of one contract, oldest first.
SELECT ContractId, UnitPrice, ValidFrom, ValidTo
FROM dbo.ContractPrices
    FOR SYSTEM_TIME ALL
WHERE ContractId = 42
ORDER BY ValidFrom;
GO
