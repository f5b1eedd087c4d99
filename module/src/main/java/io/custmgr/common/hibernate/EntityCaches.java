package io.custmgr.common.hibernate;

import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAddress;
import org.hibernate.ejb.HibernateEntityManagerFactory;

import javax.persistence.EntityManager;

/**
 * For set-based moves of customer data (guest claim, account merge) that change owners behind Hibernate's back: what
 * the session and the second-level cache remember of customers, their addresses and orders is dropped, with the
 * cached collections and query results; the catalog's caches stay warm.
 */
public final class EntityCaches {

    private static final Class<?>[] CUSTOMER_DATA = {Order.class, CustomerAddress.class, Customer.class};

    private EntityCaches() {
    }

    /** Writes pending changes first (nothing of the session may be written after the SQL), then forgets. */
    public static void forgetCustomerData(EntityManager em, EntityConfiguration entityConfiguration) {
        em.flush();
        em.clear();
        if (em.getEntityManagerFactory() instanceof HibernateEntityManagerFactory) {
            org.hibernate.Cache cache = ((HibernateEntityManagerFactory) em.getEntityManagerFactory())
                    .getSessionFactory().getCache();
            for (Class<?> moved : CUSTOMER_DATA) {
                cache.evictEntityRegion(entityConfiguration.lookupEntityClass(moved.getName()));
            }
            cache.evictCollectionRegions();
            cache.evictQueryRegions();
        }
    }
}
