-- Rebalance model portfolios to target weights
CREATE OR ALTER PROCEDURE [wealth].[usp_rebalance_portfolio]
    @portfolio_id INT,
    @as_of DATE
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    BEGIN TRY
        BEGIN TRANSACTION;

        ;WITH current_weights AS (
            SELECT h.[security_id],
                   h.[market_value] / SUM(h.[market_value]) OVER () AS [weight]
            FROM [wealth].[holdings] AS h
            WHERE h.[portfolio_id] = @portfolio_id
              AND h.[as_of] = @as_of
        )
        INSERT INTO [wealth].[rebalance_orders] ([portfolio_id], [security_id], [side], [target_delta])
        SELECT @portfolio_id,
               t.[security_id],
               CASE WHEN t.[target_weight] > ISNULL(c.[weight], 0) THEN 'BUY'
                    WHEN t.[target_weight] < ISNULL(c.[weight], 0) THEN 'SELL'
