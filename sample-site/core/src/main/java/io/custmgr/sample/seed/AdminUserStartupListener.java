package io.custmgr.sample.seed;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import javax.annotation.Resource;

/**
 * Admin startup: creates the admin console user through {@code cmSampleAdminUserSeeder} if it is missing. A failure
 * is logged as an error and the webapp starts anyway.
 */
public class AdminUserStartupListener extends RootContextSeedingListener {

    private static final Log LOG = LogFactory.getLog(AdminUserStartupListener.class);

    @Resource(name = "cmSampleAdminUserSeeder")
    private AdminUserSeeder seeder;

    public void setSeeder(AdminUserSeeder seeder) {
        this.seeder = seeder;
    }

    @Override
    protected void onStartup() {
        try {
            AdminUserSeeder.Outcome outcome = seeder.seedAdminUser();
            if (outcome == AdminUserSeeder.Outcome.ALREADY_PRESENT) {
                LOG.info("Admin user '" + AdminUserSeeder.ADMIN_LOGIN + "' already exists; left unchanged");
            } else {
                LOG.info("Created admin user '" + AdminUserSeeder.ADMIN_LOGIN + "' (" + outcome + ")");
            }
        } catch (RuntimeException e) {
            LOG.error("Creating the admin user '" + AdminUserSeeder.ADMIN_LOGIN + "' failed; the admin starts without it",
                    e);
        }
    }
}
