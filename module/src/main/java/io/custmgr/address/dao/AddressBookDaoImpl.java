package io.custmgr.address.dao;

import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.AddressImpl;
import org.broadleafcommerce.profile.core.domain.CustomerAddress;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Repository("cmAddressBookDao")
public class AddressBookDaoImpl implements AddressBookDao {

    /** Every order table that keeps a BLC_ADDRESS id of its own (checked by one indexed probe each). */
    static final String USED_BY_ORDERS = "SELECT COUNT(*) FROM BLC_ADDRESS a WHERE a.ADDRESS_ID = ?1 AND ("
            + "EXISTS (SELECT 1 FROM BLC_FULFILLMENT_GROUP x WHERE x.ADDRESS_ID = a.ADDRESS_ID)"
            + " OR EXISTS (SELECT 1 FROM BLC_ORDER_PAYMENT x WHERE x.ADDRESS_ID = a.ADDRESS_ID)"
            + " OR EXISTS (SELECT 1 FROM BLC_ORDER_MULTISHIP_OPTION x WHERE x.ADDRESS_ID = a.ADDRESS_ID))";

    static final String ADDRESSES_BY_ID = "SELECT a FROM " + AddressImpl.class.getName() + " a"
            + " LEFT JOIN FETCH a.country LEFT JOIN FETCH a.state LEFT JOIN FETCH a.phonePrimary"
            + " LEFT JOIN FETCH a.phoneSecondary LEFT JOIN FETCH a.phoneFax WHERE a.id IN (:ids)";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<CustomerAddress> readAddresses(Long customerId) {
        return em.createQuery("SELECT ca FROM org.broadleafcommerce.profile.core.domain.CustomerAddressImpl ca"
                + " JOIN FETCH ca.address a WHERE ca.customer.id = :customerId AND a.isActive = true"
                + " ORDER BY ca.id").setParameter("customerId", customerId).getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public CustomerAddress readAddress(Long customerId, Long customerAddressId) {
        List<CustomerAddress> found = em.createQuery(
                "SELECT ca FROM org.broadleafcommerce.profile.core.domain.CustomerAddressImpl ca"
                + " JOIN FETCH ca.address a WHERE ca.id = :id AND ca.customer.id = :customerId AND a.isActive = true")
                .setParameter("id", customerAddressId).setParameter("customerId", customerId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<Long, Long> readOwners(Collection<Long> customerAddressIds) {
        Map<Long, Long> owners = new HashMap<Long, Long>();
        if (customerAddressIds.isEmpty()) {
            return owners;
        }
        List<Object[]> rows = em.createQuery("SELECT ca.id, ca.customer.id FROM "
                + "org.broadleafcommerce.profile.core.domain.CustomerAddressImpl ca WHERE ca.id IN :ids")
                .setParameter("ids", customerAddressIds).getResultList();
        for (Object[] row : rows) {
            owners.put((Long) row[0], (Long) row[1]);
        }
        return owners;
    }

    @Override
    public boolean isUsedByOrders(Long addressId) {
        if (addressId == null) {
            return false;
        }
        Number count = (Number) em.createNativeQuery(USED_BY_ORDERS).setParameter(1, addressId).getSingleResult();
        return count.longValue() > 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<Long, Address> readAddressesById(Collection<Long> addressIds) {
        Map<Long, Address> addresses = new LinkedHashMap<Long, Address>();
        if (addressIds.isEmpty()) {
            return addresses;
        }
        List<Address> found = em.createQuery(ADDRESSES_BY_ID).setParameter("ids", addressIds).getResultList();
        for (Address address : found) {
            addresses.put(address.getId(), address);
        }
        return addresses;
    }
}
