-- Customer Manager admin security: permissions the module's admin screens check.
-- Load after Broadleaf's own load_admin_permissions.sql and load_admin_roles.sql (it refers to their rows).
-- Reserved id block: -91999 to -91000 in every BLC_ADMIN_* table this file writes. Later module versions add rows
-- only inside this block.

-- Profile fields (activity status, gender, date of birth, company, phone, tax exemption, admin comment) live on the
-- Customer entity: these friendly permissions bundle Broadleaf's customer read/maintain permissions under the
-- module's name so a merchant can grant them to a role of its own.
INSERT INTO BLC_ADMIN_PERMISSION (ADMIN_PERMISSION_ID, DESCRIPTION, NAME, PERMISSION_TYPE, IS_FRIENDLY) VALUES (-91000, 'View Customer Profiles', 'PERMISSION_CUSTMGR_PROFILE', 'READ', TRUE);
INSERT INTO BLC_ADMIN_PERMISSION (ADMIN_PERMISSION_ID, DESCRIPTION, NAME, PERMISSION_TYPE, IS_FRIENDLY) VALUES (-91001, 'Maintain Customer Profiles', 'PERMISSION_CUSTMGR_PROFILE', 'ALL', TRUE);
INSERT INTO BLC_ADMIN_PERMISSION_XREF (ADMIN_PERMISSION_ID, CHILD_PERMISSION_ID) VALUES (-91000, -18);
INSERT INTO BLC_ADMIN_PERMISSION_XREF (ADMIN_PERMISSION_ID, CHILD_PERMISSION_ID) VALUES (-91001, -19);

-- Broadleaf's administrator role (-1) gets everything; its CSR role (-4) maintains profiles.
INSERT INTO BLC_ADMIN_ROLE_PERMISSION_XREF (ADMIN_ROLE_ID, ADMIN_PERMISSION_ID) VALUES (-1, -91001);
INSERT INTO BLC_ADMIN_ROLE_PERMISSION_XREF (ADMIN_ROLE_ID, ADMIN_PERMISSION_ID) VALUES (-4, -91001);
