-- Storefront customer role. CustomerServiceImpl.registerCustomer gives every newly registered customer the role
-- ROLE_USER and fails when the row is missing (Broadleaf 3.1 ships no SQL that creates it).
INSERT INTO BLC_ROLE (ROLE_ID, ROLE_NAME) VALUES (1, 'ROLE_USER');
