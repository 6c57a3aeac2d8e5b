-- SPDX-License-Identifier: GPL-3.0-or-later
-- Konvergensi schema, version 17: each weighing round's measurements grouped by z-score and
-- flag per indicator (0 length/height-for-age, 1 weight-for-age, 2 weight-for-length/height),
-- written when the round is stored. The list of rounds counts its district figures from these
-- few thousand groups instead of grouping every measurement of every round each time the
-- page opens (ten rounds of 150,000 children took seconds; docs/scale.md). The counting rules
-- stay in the program (core::measurements), so the groups hold z-scores, not rates.
CREATE TABLE measurement_round_tally (
    id        INTEGER PRIMARY KEY,
    round_id  INTEGER NOT NULL REFERENCES measurement_round (id) ON DELETE CASCADE,
    indicator INTEGER NOT NULL CHECK (indicator IN (0, 1, 2)),
    z         REAL NULL,
    flag      INTEGER NOT NULL,
    children  INTEGER NOT NULL CHECK (children > 0)
);
CREATE INDEX measurement_round_tally_round ON measurement_round_tally (round_id);

-- The rounds already stored.
INSERT INTO measurement_round_tally (round_id, indicator, z, flag, children)
    SELECT round_id, 0, zlen, flen, count(*) FROM measurement GROUP BY round_id, zlen, flen;
INSERT INTO measurement_round_tally (round_id, indicator, z, flag, children)
    SELECT round_id, 1, zwei, fwei, count(*) FROM measurement GROUP BY round_id, zwei, fwei;
INSERT INTO measurement_round_tally (round_id, indicator, z, flag, children)
    SELECT round_id, 2, zwfl, fwfl, count(*) FROM measurement GROUP BY round_id, zwfl, fwfl;
