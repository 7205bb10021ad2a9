-- Webmail: the leader's panel lists the incoming documents assigned to them, newest first.
CREATE INDEX incoming_document_assignee ON incoming_document (assignee, arrived_at);
