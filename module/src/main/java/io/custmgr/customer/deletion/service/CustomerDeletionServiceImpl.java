package io.custmgr.customer.deletion.service;

import io.custmgr.audit.service.AuditActor;
import io.custmgr.audit.service.CustomerAuditEntry;
import io.custmgr.audit.service.CustomerAuditService;
import io.custmgr.audit.type.CustomerAuditAction;
import io.custmgr.common.change.CustomerChanges;
import io.custmgr.common.hibernate.ListenerBridge;
import io.custmgr.common.jdbc.InLists;
import io.custmgr.customer.deletion.dao.CustomerRemovalDao;
import io.custmgr.customer.deletion.dao.RemovedCustomer;
import io.custmgr.customer.deletion.type.KeepRule;
import io.custmgr.customer.orders.type.OrderKinds;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Service("cmCustomerDeletionService")
public class CustomerDeletionServiceImpl implements CustomerDeletionService {

    static final String ADMIN_CONTEXT = "deleted in the admin";
    static final String HOST_CONTEXT = "removed through the entity manager";

    @Resource(name = "cmCustomerRemovalDao")
    protected CustomerRemovalDao removalDao;

    @Resource(name = "cmCustomerAuditService")
    protected CustomerAuditService auditService;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** Hibernate creates its delete listener, not Spring: hand it this bean (through the proxy, for transactions). */
    @Resource(name = "cmCustomerDeletionService")
    protected CustomerDeletionService self;

    @PostConstruct
    public void register() {
        ListenerBridge.register(CustomerDeletionService.class, self);
    }

    @PreDestroy
    public void unregister() {
        ListenerBridge.unregister(CustomerDeletionService.class, self);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Map<Long, KeepRule> findRefusals(Collection<Long> customerIds) {
        Map<Long, KeepRule> refusals = new LinkedHashMap<Long, KeepRule>();
        for (List<Long> chunk : InLists.chunks(new LinkedHashSet<Long>(customerIds))) {
            refusals.putAll(removalDao.readRefusals(chunk));
        }
        return refusals;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<DeletionCandidate> preview(Collection<Long> customerIds) {
        List<DeletionCandidate> candidates = new ArrayList<DeletionCandidate>();
        for (List<Long> chunk : InLists.chunks(new LinkedHashSet<Long>(customerIds))) {
            Map<Long, KeepRule> refusals = removalDao.readRefusals(chunk);
            Map<Long, String[]> names = removalDao.readNames(chunk);
            for (Long id : chunk) {
                String[] emailAndName = names.containsKey(id) ? names.get(id) : new String[2];
                candidates.add(new DeletionCandidate(id, emailAndName[0], emailAndName[1], refusals.get(id)));
            }
        }
        return candidates;
    }

    @Override
    @Transactional("blTransactionManager")
    public RemovedCustomer delete(long customerId) {
        KeepRule refusal = removalDao.readRefusals(Collections.singletonList(customerId)).get(customerId);
        if (refusal != null) {
            throw new CustomerDeletionRefusedException(customerId, refusal);
        }
        return remove(Collections.singletonList(customerId), auditService.currentActor(), ADMIN_CONTEXT).get(0);
    }

    @Override
    @Transactional("blTransactionManager")
    public CustomerDeletionReport deleteAll(Collection<Long> customerIds) {
        CustomerDeletionReport report = new CustomerDeletionReport();
        AuditActor actor = auditService.currentActor();
        for (List<Long> chunk : InLists.chunks(new LinkedHashSet<Long>(customerIds))) {
            Map<Long, KeepRule> refusals = removalDao.readRefusals(chunk);
            List<Long> deletable = new ArrayList<Long>(chunk);
            deletable.removeAll(refusals.keySet());
            Collections.sort(deletable);
            report.addRefused(refusals);
            if (!deletable.isEmpty()) {
                report.addDeleted(remove(deletable, actor, ADMIN_CONTEXT));
            }
        }
        return report;
    }

    @Override
    @Transactional(value = "blTransactionManager", propagation = Propagation.MANDATORY)
    public List<RemovedCustomer> remove(List<Long> customerIds, AuditActor actor, String context) {
        Map<Long, RemovedCustomer> removed = removalDao.readRows(customerIds);
        record(removed.values(), actor, context);
        deleteOrders(customerIds);
        removalDao.deleteRows(customerIds, true);
        CustomerChanges.afterCommit(removed.keySet()); // the search index drops their documents
        Class<?> customerClass = entityConfiguration.lookupEntityClass(Customer.class.getName());
        for (Long id : removed.keySet()) {
            em.getEntityManagerFactory().getCache().evict(customerClass, id); // the row is gone behind Hibernate
        }
        return new ArrayList<RemovedCustomer>(removed.values());
    }

    @Override
    @Transactional(value = "blTransactionManager", propagation = Propagation.MANDATORY)
    public void prepareRemoval(long customerId) {
        List<Long> ids = Collections.singletonList(customerId);
        KeepRule refusal = removalDao.readRefusals(ids).get(customerId);
        if (refusal == KeepRule.GONE) {
            return; // never written (persisted and removed in one session): nothing of it anywhere
        }
        if (refusal != null) {
            throw new CustomerDeletionRefusedException(customerId, refusal);
        }
        Map<Long, RemovedCustomer> removed = removalDao.readRows(ids);
        record(removed.values(), auditService.currentActor(), HOST_CONTEXT);
        deleteOrders(ids);
        removalDao.deleteRows(ids, false);
    }

    /**
     * One CUSTOMER_DELETED record per customer; the delete of the earlier trail spares it. Written first: Hibernate's
     * id generator takes the id on a connection of its own, which on a database locking whole tables (HSQLDB) must not
     * wait behind this transaction's deletes while a background writer holds the id table and waits for them.
     */
    protected void record(Collection<RemovedCustomer> removed, AuditActor actor, String context) {
        for (RemovedCustomer customer : removed) {
            auditService.record(CustomerAuditEntry.of(customer.getCustomerId(), CustomerAuditAction.CUSTOMER_DELETED,
                    removalDao.describe(customer, context)), actor);
        }
    }

    /**
     * Carts and wishlists ({@link OrderKinds}; a customer with placed orders is refused), through Broadleaf's own delete, whose
     * cascades know the dozen tables an order item spans. Submitted orders are left alone: one placed since the
     * check makes the customer's delete fail on its foreign key and roll back, rather than vanish.
     */
    protected void deleteOrders(List<Long> customerIds) {
        List<Order> orders = em.createQuery("SELECT o FROM " + Order.class.getName()
                + " o WHERE o.customer.id IN :ids AND o.status IN :unplaced", Order.class)
                .setParameter("ids", customerIds).setParameter("unplaced", OrderKinds.unplacedStatuses()).getResultList();
        for (Order order : orders) {
            orderService.deleteOrder(order);
        }
        if (!orders.isEmpty()) {
            em.flush();
        }
    }
}
