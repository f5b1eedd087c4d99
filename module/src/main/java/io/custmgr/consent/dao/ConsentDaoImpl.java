package io.custmgr.consent.dao;

import io.custmgr.consent.domain.ConsentRecord;
import io.custmgr.consent.domain.ConsentRecordImpl;
import org.springframework.stereotype.Repository;

import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Repository("cmConsentDao")
public class ConsentDaoImpl implements ConsentDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public List<ConsentRecord> readConsents(Long customerId, int max) {
        return em.createQuery("SELECT c FROM " + ConsentRecordImpl.class.getName() + " c"
                + " WHERE c.customerId = :customerId ORDER BY c.recordedAt DESC, c.id DESC", ConsentRecord.class)
                .setParameter("customerId", customerId)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public void save(ConsentRecord record) {
        em.persist(record);
    }
}
