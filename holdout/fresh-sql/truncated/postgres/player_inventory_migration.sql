-- Migration 0042: split player inventory into stacks
BEGIN;

CREATE TABLE game.inventory_stacks (
    stack_id     bigserial PRIMARY KEY,
    player_id    bigint      NOT NULL REFERENCES game.players (player_id),
    item_id      int         NOT NULL REFERENCES game.items (item_id),
    quantity     int         NOT NULL CHECK (quantity > 0),
    slot_index   smallint    NOT NULL,
    acquired_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (player_id, slot_index)
);

INSERT INTO game.inventory_stacks (player_id, item_id, quantity, slot_index)
SELECT player_id,
       item_id,
       count(*),
       (row_number() OVER (PARTITION BY player_id ORDER BY min(acquired_at)) - 1)::smallint
FROM game.inventory_items
GROUP BY player_id, item_id;

CREATE INDEX inventory_stacks_item_idx ON game.inventory_stacks (item_id);

ALTER TABLE game.inventory_items
    RENAME TO inventory_items_legacy;

ALTER TABLE game.players
    ADD COLUMN stack_limit smallint NOT NULL DEFAULT 40,
    ADD CONSTRAINT players_stack_limit_chk CHECK (stack_limit BETWEEN
