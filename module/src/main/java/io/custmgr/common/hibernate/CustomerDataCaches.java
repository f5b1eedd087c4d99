package io.custmgr.common.hibernate;

import io.custmgr.common.tx.AfterCommit;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAddress;
import org.hibernate.ejb.HibernateEntityManagerFactory;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicLong;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * What the shared second-level cache remembers of customers, their addresses and orders (with the cached collections
 * and query results), dropped after set-based statements moved customer data (bean {@code cmCustomerDataCaches}). The
 * catalog's caches stay warm. Dropping before commit would let a concurrent read cache the old rows again, so it
 * happens once the transaction has committed, once however many steps ask for it, and not at all after a rollback.
 * Inside the transaction, {@link EntityCaches#forgetSession} keeps Hibernate reads current.
 */
@Component("cmCustomerDataCaches")
public class CustomerDataCaches {

    private static final Class<?>[] CUSTOMER_DATA = {Order.class, CustomerAddress.class, Customer.class};

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final AtomicLong evictions = new AtomicLong();
    private final Runnable evict = new Runnable() {
        @Override
        public void run() {
            evictNow();
        }
    };

    /** Drops the customer data once the current transaction commits (at once outside a transaction). */
    public void forgetAfterCommit() {
        AfterCommit.runOnce(this, evict);
    }

    /** Drops the customer data now. */
    public void evictNow() {
        if (em.getEntityManagerFactory() instanceof HibernateEntityManagerFactory) {
            org.hibernate.Cache cache = ((HibernateEntityManagerFactory) em.getEntityManagerFactory())
                    .getSessionFactory().getCache();
            for (Class<?> moved : CUSTOMER_DATA) {
                cache.evictEntityRegion(entityConfiguration.lookupEntityClass(moved.getName()));
            }
            cache.evictCollectionRegions();
            cache.evictQueryRegions();
        }
        evictions.incrementAndGet();
    }

    /** @return how many times the customer data was dropped since start-up (for monitoring and tests) */
    public long getEvictionCount() {
        return evictions.get();
    }
}
