-- Sessions are now indexed by the account they hang on ('expert:<id>', 'parent:<id>', 'admin'),
-- so closing an account can end them. Sessions made before carry another index value: sign
-- everyone out once rather than leave sessions that closing an account would miss.
DELETE FROM SPRING_SESSION_ATTRIBUTES;
DELETE FROM SPRING_SESSION;
