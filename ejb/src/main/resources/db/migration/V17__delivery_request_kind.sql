-- A delivery at 13, 15 or 16 says whether a recall or a replacement put it there: both share those edXML codes,
-- and the sender's status column read "Yêu cầu thu hồi" for a replacement.

ALTER TABLE delivery ADD COLUMN request_kind VARCHAR(16);

UPDATE delivery SET request_kind = (
    SELECT r.kind FROM delivery_request r
    WHERE r.delivery_id = delivery.id AND r.kind <> 'UPDATE'
    ORDER BY r.id DESC FETCH FIRST 1 ROW ONLY)
WHERE status IN ('RECALL_REQUESTED', 'RECALL_AGREED', 'RECALL_REFUSED');
