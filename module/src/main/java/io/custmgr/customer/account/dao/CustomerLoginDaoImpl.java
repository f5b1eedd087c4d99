package io.custmgr.customer.account.dao;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Repository;

import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;

@Repository("cmCustomerLoginDao")
public class CustomerLoginDaoImpl implements CustomerLoginDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public Long readOtherCustomerIdByLogin(String loginKey, Long exceptCustomerId) {
        // Both columns count: a customer keeps signing in with the user name even when the e-mail was edited apart.
        TypedQuery<Long> query = em.createQuery("SELECT c.id FROM " + Customer.class.getName() + " c"
                + " WHERE (LOWER(TRIM(c.emailAddress)) = :key OR LOWER(TRIM(c.username)) = :key)"
                + " AND c.id <> :except ORDER BY c.id", Long.class);
        query.setParameter("key", loginKey);
        query.setParameter("except", exceptCustomerId == null ? Long.valueOf(Long.MIN_VALUE) : exceptCustomerId);
        query.setMaxResults(1);
        List<Long> ids = query.getResultList();
        return ids.isEmpty() ? null : ids.get(0);
    }
}
