package io.custmgr.sample.seed;

/**
 * Creates the sample admin console's login: user {@value #ADMIN_LOGIN} with password {@value #ADMIN_PASSWORD}, e-mail
 * admin@example.com, name "Administrator", active, holding the role {@value #ADMIN_ROLE} (which Broadleaf's
 * {@code load_admin_roles.sql} provides). Idempotent: does nothing while a user with that login exists. When the role
 * is missing the user is still created, without roles, and a warning is logged.
 *
 * <p>Bean id in the sample site: {@code cmSampleAdminUserSeeder}.
 */
public interface AdminUserSeeder {

    String ADMIN_LOGIN = "admin";
    String ADMIN_PASSWORD = "admin";
    String ADMIN_ROLE = "ROLE_ADMIN";

    /** What {@link #seedAdminUser()} found or did. */
    enum Outcome {
        ALREADY_PRESENT, CREATED_WITH_ADMIN_ROLE, CREATED_WITHOUT_ROLES
    }

    /** Creates the admin user if missing, in its own transaction (or the caller's). */
    Outcome seedAdminUser();
}
