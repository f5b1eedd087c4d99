package io.custmgr.stock.dao;

import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.hibernate.SessionFactory;
import org.hibernate.ejb.HibernateEntityManagerFactory;
import org.hibernate.metadata.ClassMetadata;
import org.springframework.orm.jpa.EntityManagerFactoryInfo;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.stereotype.Component;

import java.util.Arrays;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;
import javax.persistence.EntityManagerFactory;

/**
 * Broadleaf 3.1's rule for "this SKU can be bought now", as an SQL condition on {@code BLC_SKU} (alias {@code s}), so
 * the job finds every subscription whose SKU came back in one statement: the SKU's available flag is not off, it has not
 * ended, and its inventory type does not hold it back — no type, NONE, BASIC or ALWAYS_AVAILABLE;
 * CHECK_QUANTITY with a quantity above zero. The quantity column exists only when the host weaves Broadleaf's
 * {@code QuantityAvailableSkuTemplate} into its Sku; without it a CHECK_QUANTITY SKU never counts as available, since
 * Broadleaf itself then knows no quantity.
 */
@Component("cmSkuAvailability")
public class SkuAvailability {

    @Resource(name = "blTransactionManager")
    protected JpaTransactionManager transactionManager;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    private String condition;

    @PostConstruct
    public void init() {
        EntityManagerFactory factory = transactionManager.getEntityManagerFactory();
        if (factory instanceof EntityManagerFactoryInfo) {
            factory = ((EntityManagerFactoryInfo) factory).getNativeEntityManagerFactory();
        }
        SessionFactory sessions = ((HibernateEntityManagerFactory) factory).getSessionFactory();
        ClassMetadata sku = sessions.getClassMetadata(entityConfiguration.lookupEntityClass(Sku.class.getName()));
        boolean quantity = sku != null && Arrays.asList(sku.getPropertyNames()).contains("quantityAvailable");
        condition = "(s.AVAILABLE_FLAG IS NULL OR s.AVAILABLE_FLAG <> 'N')"
                + " AND (s.ACTIVE_END_DATE IS NULL OR s.ACTIVE_END_DATE > ?)"
                + " AND (s.INVENTORY_TYPE IS NULL OR s.INVENTORY_TYPE IN ('NONE', 'BASIC', 'ALWAYS_AVAILABLE')"
                + (quantity ? " OR (s.INVENTORY_TYPE = 'CHECK_QUANTITY' AND s.QUANTITY_AVAILABLE > 0)" : "") + ")";
    }

    /** @return the condition on alias {@code s} of BLC_SKU, with one parameter: the time now */
    public String condition() {
        return condition;
    }
}
