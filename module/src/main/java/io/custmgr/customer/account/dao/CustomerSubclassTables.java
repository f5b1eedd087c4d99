package io.custmgr.customer.account.dao;

import org.broadleafcommerce.profile.core.domain.CustomerImpl;
import org.hibernate.SessionFactory;
import org.hibernate.ejb.HibernateEntityManagerFactory;
import org.hibernate.metadata.ClassMetadata;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.springframework.orm.jpa.EntityManagerFactoryInfo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManagerFactory;

/**
 * The tables a host's own {@code CustomerImpl} subclasses add (JOINED inheritance, as Broadleaf maps the customer: one
 * row per customer keyed by its id), read from Hibernate's mapping. SQL that deletes customer rows must delete there
 * first, or the subclass table's foreign key refuses the delete.
 */
final class CustomerSubclassTables {

    private CustomerSubclassTables() {
    }

    /** @return table name to key column, in delete order (a subclass's table before its superclass's); often empty */
    static Map<String, String> read(EntityManagerFactory factory) {
        EntityManagerFactory hibernate = factory instanceof EntityManagerFactoryInfo
                ? ((EntityManagerFactoryInfo) factory).getNativeEntityManagerFactory() : factory;
        SessionFactory sessions = ((HibernateEntityManagerFactory) hibernate).getSessionFactory();
        List<AbstractEntityPersister> subclasses = new ArrayList<AbstractEntityPersister>();
        for (ClassMetadata metadata : sessions.getAllClassMetadata().values()) {
            Class<?> mapped = metadata.getMappedClass();
            if (mapped != CustomerImpl.class && CustomerImpl.class.isAssignableFrom(mapped)
                    && metadata instanceof AbstractEntityPersister) {
                subclasses.add((AbstractEntityPersister) metadata);
            }
        }
        // deepest first: its closure names its own table before those it shares with shallower subclasses
        Collections.sort(subclasses, new Comparator<AbstractEntityPersister>() {
            @Override
            public int compare(AbstractEntityPersister a, AbstractEntityPersister b) {
                return b.getConstraintOrderedTableNameClosure().length - a.getConstraintOrderedTableNameClosure().length;
            }
        });
        Map<String, String> tables = new LinkedHashMap<String, String>();
        for (AbstractEntityPersister persister : subclasses) {
            String[] names = persister.getConstraintOrderedTableNameClosure();
            String[][] keys = persister.getContraintOrderedTableKeyColumnClosure();
            for (int i = 0; i < names.length; i++) {
                if (!names[i].equalsIgnoreCase(persister.getRootTableName()) && !tables.containsKey(names[i])) {
                    tables.put(names[i], keys[i][0]);
                }
            }
        }
        return tables;
    }
}
