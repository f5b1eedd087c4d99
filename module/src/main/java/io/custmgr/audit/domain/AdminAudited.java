package io.custmgr.audit.domain;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity edited in one of the module's own admin sections: every add, update and delete an admin user makes
 * of it is written to the admin audit trail ({@link AdminAuditRecord}) in the admin's own transaction, by the same
 * Hibernate listener machinery as the customer audit trail. Changes without an admin user behind them (start-up,
 * jobs, the storefront) are not recorded.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AdminAudited {

    /** The admin section's name as its menu shows it (e.g. "Blocked IPs"); the trail is filtered by it. */
    String section();
}
