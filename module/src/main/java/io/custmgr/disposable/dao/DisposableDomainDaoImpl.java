package io.custmgr.disposable.dao;

import io.custmgr.audit.service.AuditActors;
import io.custmgr.common.jdbc.IdBlockAllocator;
import io.custmgr.disposable.domain.DisposableDomain;
import io.custmgr.disposable.domain.DisposableDomainImpl;
import io.custmgr.disposable.domain.ShippedDisposableDomainImpl;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Repository("cmDisposableDomainDao")
public class DisposableDomainDaoImpl implements DisposableDomainDao {

    private static final String ENTITY = DisposableDomainImpl.class.getName();
    private static final String INSERT_DOMAIN = "INSERT INTO " + DisposableDomainImpl.TABLE
            + " (DISPOSABLE_DOMAIN_ID, DOMAIN, SOURCE, DATE_ADDED, ADDED_BY) VALUES (?, ?, ?, ?, ?)";
    private static final String INSERT_SHIPPED = "INSERT INTO " + ShippedDisposableDomainImpl.TABLE
            + " (DOMAIN, DATE_LOADED) VALUES (?, ?)";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;
    protected IdBlockAllocator ids;

    @PostConstruct
    public void init() {
        ids = new IdBlockAllocator(jdbc, DisposableDomainImpl.ID_SEGMENT, DisposableDomainImpl.ID_INCREMENT);
    }

    @Override
    public DisposableDomain create() {
        return (DisposableDomain) entityConfiguration.createEntityInstance(DisposableDomain.class.getName());
    }

    @Override
    public DisposableDomain save(DisposableDomain domain) {
        DisposableDomain saved = em.merge(domain);
        em.flush();
        return saved;
    }

    @Override
    public DisposableDomain readById(Long id) {
        return id == null ? null : em.find(DisposableDomainImpl.class, id);
    }

    @Override
    public DisposableDomain readByDomain(String normalizedDomain) {
        List<DisposableDomain> found = em.createQuery("SELECT d FROM " + ENTITY + " d WHERE d.domain = :domain",
                DisposableDomain.class).setParameter("domain", normalizedDomain).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public List<DisposableDomain> readAll() {
        return em.createQuery("SELECT d FROM " + ENTITY + " d ORDER BY d.domain", DisposableDomain.class)
                .getResultList();
    }

    @Override
    public Set<String> readDomainNames() {
        em.flush(); // JDBC below must see the persistence context's pending changes
        return new HashSet<String>(jdbc.queryForList("SELECT DOMAIN FROM " + DisposableDomainImpl.TABLE,
                String.class));
    }

    @Override
    public Set<String> readShippedNames() {
        return new HashSet<String>(jdbc.queryForList("SELECT DOMAIN FROM " + ShippedDisposableDomainImpl.TABLE,
                String.class));
    }

    @Override
    public int insertShipped(Collection<String> newShippedDomains, Set<String> alreadyListed) {
        final Timestamp now = new Timestamp(System.currentTimeMillis());
        final List<String> shipped = new ArrayList<String>(newShippedDomains);
        final List<String> added = new ArrayList<String>();
        for (String domain : shipped) {
            if (!alreadyListed.contains(domain)) {
                added.add(domain);
            }
        }
        jdbc.batchUpdate(INSERT_SHIPPED, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                ps.setString(1, shipped.get(i));
                ps.setTimestamp(2, now);
            }

            @Override
            public int getBatchSize() {
                return shipped.size();
            }
        });
        if (added.isEmpty()) {
            return 0;
        }
        final long firstId = ids.allocate(added.size());
        jdbc.batchUpdate(INSERT_DOMAIN, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                ps.setLong(1, firstId + i);
                ps.setString(2, added.get(i));
                ps.setString(3, DisposableDomain.SOURCE_LIST);
                ps.setTimestamp(4, now);
                ps.setString(5, AuditActors.SYSTEM);
            }

            @Override
            public int getBatchSize() {
                return added.size();
            }
        });
        return added.size();
    }

    @Override
    public void delete(DisposableDomain domain) {
        em.remove(domain);
        em.flush();
    }
}
