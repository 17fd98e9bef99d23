-- A meeting recorded on a phone without network is sent later, perhaps more than once (the answer may be lost on a
-- weak line): the phone's key for the record makes a repeat find the first instead of creating a second.
ALTER TABLE org_meetings ADD COLUMN client_key VARCHAR(64);
CREATE UNIQUE INDEX org_meetings_client_key ON org_meetings (client_key);
