-- Apply the new price list
MERGE INTO product_prices t
USING (
    SELECT product_id,
           list_price,
           currency_code,
           TRUNC(SYSDATE) AS valid_from
    FROM staging_price_list
    WHERE batch_id = 20240315
      AND list_price > 0
      AND currency_code IN ('EUR', 'USD', 'GBP'
