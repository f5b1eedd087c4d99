package io.custmgr.customer.profile.service;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Service("cmCustomerAccessService")
public class CustomerAccessServiceImpl implements CustomerAccessService {

    @Resource(name = "cmCustomerProfileService")
    protected CustomerProfileService profileService;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public boolean hasLibraryAllAccess(Customer customer) {
        return isSaved(customer) && profileService.findProfile(customer).isLibraryAllAccess();
    }

    @Override
    public boolean isInMemberDirectory(Customer customer) {
        return isSaved(customer) && profileService.findProfile(customer).isMemberDirectory();
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<Long> findMemberDirectoryCustomerIds(int firstResult, int maxResults) {
        // CustomerImpl, not a host subclass name: the flags live in BLC_CUSTOMER whatever the subclass
        return em.createQuery("SELECT c.id FROM " + CustomerImpl.class.getName() + " c "
                + "WHERE c.customerProfile.memberDirectory = true ORDER BY c.id", Long.class)
                .setFirstResult(firstResult).setMaxResults(maxResults).getResultList();
    }

    /** An anonymous visitor's customer object carries no flags a merchant could have set. */
    private static boolean isSaved(Customer customer) {
        return customer != null && customer.getId() != null && !customer.isAnonymous();
    }
}
