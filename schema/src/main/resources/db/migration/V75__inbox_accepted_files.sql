-- The watched inbox's accept-once keys (Spring Integration's JDBC metadata store, region 'inbox':
-- a file's path and its modification time), so a dropped file is ingested once across restarts
-- and instances. The table is Spring Integration's own MySQL schema.
CREATE TABLE INT_METADATA_STORE (
    METADATA_KEY   VARCHAR(255)  NOT NULL,
    METADATA_VALUE VARCHAR(4000),
    REGION         VARCHAR(100)  NOT NULL,
    CONSTRAINT INT_METADATA_STORE_PK PRIMARY KEY (METADATA_KEY, REGION)
) ENGINE = InnoDB;
