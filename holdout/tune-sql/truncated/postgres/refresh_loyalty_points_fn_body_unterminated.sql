CREATE TABLE IF NOT EXISTS loyalty.point_ledger (
    id          bigserial PRIMARY KEY,
    member_id   bigint NOT NULL REFERENCES loyalty.members(id),
    delta       integer NOT NULL,
    reason      text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE OR REPLACE FUNCTION loyalty.refresh_member_points(p_member_id bigint)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_total integer;
BEGIN
    SELECT coalesce(sum(delta), 0)
      INTO v_total
      FROM loyalty.point_ledger
     WHERE member_id = p_member_id;

    UPDATE loyalty.members
       SET points_balance = v_total,
           tier = CASE WHEN v_total >= 10000 THEN 'gold'
                       WHEN v_total >= 2500 THEN 'silver'
                       ELSE 'bronze' END
     WHERE id = p_member_id;

    IF NOT FOUND THEN
        RAISE EXCEPTION 'member % not found', p_member_id;
