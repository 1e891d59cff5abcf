-- OCPP 2.0.1 names a token by its value and its type together (C01, IdTokenEnumType); 1.6 knows only the
-- value. Tokens issued before this are taken as RFID cards, ISO14443, as 1.6 idTags mostly are; an operator
-- changes the type where it is another.
ALTER TABLE id_tokens ADD COLUMN token_type text NOT NULL DEFAULT 'ISO14443'
    CHECK (token_type IN ('CENTRAL', 'EMAID', 'ISO14443', 'ISO15693', 'KEY_CODE', 'LOCAL', 'MAC_ADDRESS',
                          'NO_AUTHORIZATION'));
