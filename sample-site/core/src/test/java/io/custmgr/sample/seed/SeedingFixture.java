package io.custmgr.sample.seed;

import org.broadleafcommerce.profile.core.domain.CustomerImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

import javax.persistence.EntityManager;

/** Test-database housekeeping for the seeding integration tests. */
final class SeedingFixture {

    private SeedingFixture() {
    }

    /**
     * Renames a demo customer left by an earlier seeding (another test class in this JVM, or an earlier run on a
     * persistent database), so the next {@link DemoDataSeeder#seed(int)} seeds afresh instead of doing nothing.
     */
    static void retireEarlierDemoCustomer(final EntityManager em, PlatformTransactionManager transactionManager) {
        new TransactionTemplate(transactionManager).execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                String retired = "retired-" + System.nanoTime() + "@example.invalid";
                em.createQuery("UPDATE " + CustomerImpl.class.getName() + " c SET c.username = :retired, "
                        + "c.emailAddress = :retired WHERE c.username = :demo")
                        .setParameter("retired", retired).setParameter("demo", DemoDataSeeder.DEMO_USERNAME)
                        .executeUpdate();
            }
        });
    }
}
