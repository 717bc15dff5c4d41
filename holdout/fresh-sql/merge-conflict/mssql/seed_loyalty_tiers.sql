-- Loyalty tier reference data
MERGE [loyalty].[tiers] AS tgt
USING (VALUES
    ('BRONZE', 0, 1.00),
    ('SILVER', 1000, 1.25),
<<<<<<< HEAD
    ('GOLD', 5000, 1.50)
=======
    ('GOLD', 4000, 1.50),
    ('PLATINUM', 15000, 2.00)
>>>>>>> feature/x
) AS src ([tier_code], [min_points], [multiplier])
ON tgt.[tier_code] = src.[tier_code]
WHEN MATCHED THEN
    UPDATE SET [min_points] = src.[min_points], [multiplier] = src.[multiplier]
WHEN NOT MATCHED THEN
    INSERT ([tier_code], [min_points], [multiplier]) VALUES (src.[tier_code], src.[min_points], src.[multiplier]);
