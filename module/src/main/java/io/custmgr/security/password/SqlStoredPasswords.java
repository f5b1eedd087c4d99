package io.custmgr.security.password;

import io.custmgr.common.tx.AfterCommit;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.hibernate.Session;
import org.hibernate.engine.spi.EntityKey;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serializable;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.PersistenceUnit;

/**
 * {@link StoredPasswords} of one table, by the account's id: Broadleaf's {@code CustomerUserDetails} and
 * {@code AdminUserDetails} both carry it as {@code id}. Plain SQL rather than a Hibernate update, whose listeners would
 * record a password change that did not happen.
 */
public class SqlStoredPasswords implements StoredPasswords {

    private static final Log LOG = LogFactory.getLog(SqlStoredPasswords.class);

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    @PersistenceUnit(unitName = "blPU")
    protected EntityManagerFactory emf;

    private final String entity;
    private final String update;

    /**
     * @param entity the entity interface whose hashes these are (e.g. Broadleaf's {@code Customer}): the host's class
     *        behind it is the one whose cached copies are refreshed
     */
    public SqlStoredPasswords(String entity, String table, String idColumn, String passwordColumn) {
        this.entity = entity;
        this.update = "UPDATE " + table + " SET " + passwordColumn + " = ? WHERE " + idColumn + " = ? AND "
                + passwordColumn + " = ?";
    }

    @Override
    public boolean replace(UserDetails user, String expected, String replacement) {
        Object id = new BeanWrapperImpl(user).getPropertyValue("id");
        if (!(id instanceof Long)) {
            LOG.warn("Sign-in of a " + user.getClass().getName() + " without a numeric id: hash not upgraded");
            return false;
        }
        if (jdbc.update(update, replacement, id, expected) != 1) {
            return false;
        }
        final Class<?> type = entityConfiguration.lookupEntityClass(entity);
        final Long key = (Long) id;
        refreshManagedCopy(type, key);
        AfterCommit.run(new Runnable() {
            @Override
            public void run() {
                emf.getCache().evict(type, key);
            }
        });
        return true;
    }

    /** The request's persistence context may hold the account loaded for the sign-in: it gets the new hash too. */
    private void refreshManagedCopy(Class<?> type, Serializable id) {
        EntityManager current = EntityManagerFactoryUtils.getTransactionalEntityManager(emf);
        if (current == null) {
            return;
        }
        Session session = current.unwrap(Session.class);
        Object managed = null;
        for (Object held : session.getStatistics().getEntityKeys()) {
            EntityKey key = (EntityKey) held;
            Object candidate = id.equals(key.getIdentifier()) ? session.get(key.getEntityName(), id) : null;
            if (type.isInstance(candidate)) {
                managed = candidate;
                break;
            }
        }
        if (managed != null) {
            session.refresh(managed); // after the loop: a refresh may load more into the context
        }
    }
}
