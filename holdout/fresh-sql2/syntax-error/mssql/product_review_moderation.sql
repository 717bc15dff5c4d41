UPDATE dbo.ProductReviews
SET Status = N'hidden',
    ModeratedAt = SYSUTCDATETIME()
WHERE Body LIKE N'%http%'
   OR Body LIKE N'%free money%;

UPDATE dbo.ProductReviews
SET Status = N'approved',
    ModeratedAt = SYSUTCDATETIME()
WHERE Status = N'pending'
  AND Rating BETWEEN 1 AND 5
  AND LEN(Body) >= 20;

SELECT Status, COUNT(*) AS Reviews
FROM dbo.ProductReviews
GROUP BY Status;
GO
