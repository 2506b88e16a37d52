-- An expert's class code: what a classroom device types to list the expert's children who have no
-- parent. The expert's personal code no longer opens a device (it signs the expert in). Class codes
-- live beside the other codes, so their lookup digest shares the unique index with every account's.
-- Exactly one of expert_id / parent_id / class_of_expert_id is set (checked by the application).
ALTER TABLE access_codes
  ADD COLUMN class_of_expert_id VARCHAR(50) NULL AFTER parent_id,
  ADD UNIQUE KEY access_codes_class (class_of_expert_id),
  ADD CONSTRAINT access_codes_class_fk FOREIGN KEY (class_of_expert_id) REFERENCES experts (expert_id)
    ON UPDATE CASCADE ON DELETE CASCADE;

-- Devices opened with an expert's personal code are indexed like the expert's own sessions
-- ('expert:<id>') and cannot be told apart here: end them all once (experts sign in again).
DELETE FROM SPRING_SESSION WHERE PRINCIPAL_NAME LIKE 'expert:%';
