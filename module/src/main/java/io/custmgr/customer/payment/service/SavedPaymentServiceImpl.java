package io.custmgr.customer.payment.service;

import io.custmgr.address.dao.AddressBookDao;
import io.custmgr.address.service.AddressFormatter;
import io.custmgr.audit.service.CustomerAuditEntry;
import io.custmgr.audit.service.CustomerAuditService;
import io.custmgr.audit.type.CustomerAuditAction;
import io.custmgr.common.tx.AfterCommit;
import io.custmgr.customer.payment.dao.SavedPaymentDao;
import io.custmgr.customer.payment.dao.SavedPaymentRow;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.CustomerImpl;
import org.broadleafcommerce.profile.core.domain.CustomerPayment;
import org.broadleafcommerce.profile.core.service.CustomerPaymentService;
import org.hibernate.ejb.HibernateEntityManagerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Service("cmSavedPaymentService")
public class SavedPaymentServiceImpl implements SavedPaymentService {

    /** Broadleaf caches each customer's list of payments. */
    static final String PAYMENTS_ROLE = CustomerImpl.class.getName() + ".customerPayments";

    @Resource(name = "cmSavedPaymentDao")
    protected SavedPaymentDao dao;

    @Resource(name = "cmAddressBookDao")
    protected AddressBookDao addressDao;

    @Resource(name = "cmAddressFormatter")
    protected AddressFormatter addressFormatter;

    @Resource(name = "blCustomerPaymentService")
    protected CustomerPaymentService customerPaymentService;

    @Resource(name = "cmCustomerAuditService")
    protected CustomerAuditService auditService;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<SavedPaymentView> findSavedPayments(Long customerId) {
        List<SavedPaymentView> views = new ArrayList<SavedPaymentView>();
        if (customerId == null) {
            return views;
        }
        List<SavedPaymentRow> rows = dao.readSavedPayments(customerId);
        Set<Long> addressIds = new HashSet<Long>();
        for (SavedPaymentRow row : rows) {
            if (row.getBillingAddressId() != null) {
                addressIds.add(row.getBillingAddressId());
            }
        }
        Map<Long, Address> addresses = addressDao.readAddressesById(addressIds);
        for (SavedPaymentRow row : rows) {
            views.add(view(row, addresses.get(row.getBillingAddressId())));
        }
        return views;
    }

    @Override
    @Transactional("blTransactionManager")
    public SavedPaymentView makeDefault(Long customerId, Long paymentId) {
        SavedPaymentView shown = find(customerId, paymentId);
        CustomerPayment payment = customerPaymentService.readCustomerPaymentById(paymentId);
        customerPaymentService.setAsDefaultPayment(payment);
        auditService.record(CustomerAuditEntry.of(customerId, CustomerAuditAction.DEFAULT_PAYMENT_CHANGED,
                shown.toString()));
        forgetCachedList(customerId);
        return shown;
    }

    @Override
    @Transactional("blTransactionManager")
    public SavedPaymentView remove(Long customerId, Long paymentId) {
        SavedPaymentView shown = find(customerId, paymentId);
        customerPaymentService.deleteCustomerPaymentById(paymentId);
        auditService.record(CustomerAuditEntry.of(customerId, CustomerAuditAction.SAVED_PAYMENT_REMOVED,
                shown.toString()));
        forgetCachedList(customerId);
        return shown;
    }

    /** The customer's payment, masked; checked against its owner before anything changes. */
    protected SavedPaymentView find(Long customerId, Long paymentId) {
        if (customerId == null || paymentId == null || !customerId.equals(dao.readOwner(paymentId))) {
            throw new SavedPaymentNotFoundException(paymentId);
        }
        for (SavedPaymentView view : findSavedPayments(customerId)) {
            if (view.getId().equals(paymentId)) {
                return view;
            }
        }
        throw new SavedPaymentNotFoundException(paymentId);
    }

    protected SavedPaymentView view(SavedPaymentRow row, Address billingAddress) {
        Map<String, String> fields = row.getFields();
        return new SavedPaymentView(row.getId(), PaymentMask.type(fields), PaymentMask.lastFour(fields),
                PaymentMask.expiry(fields), row.isDefaultPayment(), addressFormatter.lines(billingAddress));
    }

    /** After commit, so that a concurrent read cannot cache the old list again. */
    protected void forgetCachedList(final Long customerId) {
        AfterCommit.run(new Runnable() {
            @Override
            public void run() {
                if (em.getEntityManagerFactory() instanceof HibernateEntityManagerFactory) {
                    ((HibernateEntityManagerFactory) em.getEntityManagerFactory()).getSessionFactory().getCache()
                            .evictCollection(PAYMENTS_ROLE, customerId);
                }
            }
        });
    }
}
