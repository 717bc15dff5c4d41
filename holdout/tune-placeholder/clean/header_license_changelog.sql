-- SPDX-License-Identifier: MIT
-- Copyright (c) 2024 Example Org
--
-- Changes:
--   2024-01-09  created
--   2024-04-22  added weight column; earlier rows keep weight = 1

CREATE TABLE IF NOT EXISTS tag_links (
    tag_id      INTEGER NOT NULL,
    item_id     INTEGER NOT NULL,
    weight      INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (tag_id, item_id)
);
