package io.custmgr.test;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * For integration tests whose subject commits on its own (async writers, post-commit listeners, new transactions):
 * creates customers and carts in committed transactions, remembers them, and deletes them and what hangs on them
 * afterwards ({@link #deleteAll()} in an {@code @AfterEach}).
 */
public final class CommittedCustomers {

    /** Tables holding rows of a customer by CUSTOMER_ID, children before parents. */
    private static final String[] BY_CUSTOMER = {"CM_ACCOUNT_AUDIT_RESULT", "CM_CLEANUP_RUN_ITEM",
            "CM_CUSTOMER_GROUP_MEMBER", "CM_CUSTOMER_MATCH_KEY", "CM_GUEST_KEY", "CM_MAILED_TOKEN", "CM_PAGE_VIEW",
            "CM_ACTIVITY_EVENT", "CM_CUSTOMER_AUDIT", "BLC_CUSTOMER_PASSWORD_TOKEN", "BLC_CUSTOMER_ROLE",
            "BLC_CUSTOMER_ADDRESS", "BLC_CUSTOMER_ATTRIBUTE", "CM_CUSTOMER_MERGE_LOCK", "CM_LOGIN_KEY", "CM_MAIL_LOG",
            "CM_CUSTOMER_MESSAGE", "CM_EMAIL_CONFIRMATION", "CM_ASSIST_SESSION", "CM_CONSENT", "CM_LIBRARY_ENTRY",
            "CM_DOWNLOAD_LOG", "CM_COMPANY_MEMBER_UNIT", "CM_COMPANY_MEMBER_ROLE", "CM_COMPANY_MEMBER", "CM_COMPANY_ORDER",
            "CM_REWARD_POINTS", "CM_STOCK_SUBSCRIPTION"};

    private final CustomerService customerService;
    private final OrderService orderService;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final List<Long> customers = new ArrayList<Long>();
    private final List<String> hostTables = new ArrayList<String>();

    public CommittedCustomers(JpaTransactionManager transactionManager, CustomerService customerService,
            OrderService orderService) {
        this.customerService = customerService;
        this.orderService = orderService;
        this.jdbc = new JdbcTemplate(transactionManager.getDataSource());
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Built from the shared test context's {@code blTransactionManager}, {@code blCustomerService} and
     * {@code blOrderService}. */
    public static CommittedCustomers fromTestContext() {
        ApplicationContext spring = BroadleafTestContext.get();
        return new CommittedCustomers(spring.getBean("blTransactionManager", JpaTransactionManager.class),
                spring.getBean("blCustomerService", CustomerService.class),
                spring.getBean("blOrderService", OrderService.class));
    }

    /** A host's own table keyed by CUSTOMER_ID (e.g. its customer subclass's), emptied first by {@link #deleteAll()}. */
    public CommittedCustomers alsoDeleteFrom(String table) {
        hostTables.add(table);
        return this;
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    public <T> T inTransaction(TransactionCallback<T> work) {
        return transactions.execute(work);
    }

    public void inTransaction(final Runnable work) {
        transactions.execute(new TransactionCallback<Object>() {
            @Override
            public Object doInTransaction(TransactionStatus status) {
                work.run();
                return null;
            }
        });
    }

    /** Broadleaf's registration grants ROLE_USER: the sample site's import has it, the test database may not. */
    public void ensureUserRole() {
        if (count("BLC_ROLE WHERE ROLE_NAME = 'ROLE_USER'") == 0) {
            jdbc.update("INSERT INTO BLC_ROLE (ROLE_ID, ROLE_NAME) VALUES (-91001, 'ROLE_USER')");
        }
    }

    /** A registered customer signing in with this e-mail (password hash "initial-hash"). */
    public Customer registered(final String email) {
        return track(inTransaction(new TransactionCallback<Customer>() {
            @Override
            public Customer doInTransaction(TransactionStatus status) {
                Customer customer = customerService.createCustomer();
                customer.setEmailAddress(email);
                customer.setUsername(email);
                customer.setPassword("initial-hash");
                customer.setRegistered(true);
                return customerService.saveCustomer(customer, false);
            }
        }));
    }

    /** An anonymous visitor's cart, saved the way the storefront saves it; @return the order id */
    public Long anonymousCart() {
        return inTransaction(new TransactionCallback<Long>() {
            @Override
            public Long doInTransaction(TransactionStatus status) {
                Customer visitor = customerService.createNewCustomer(); // the cart saves it, as in the storefront
                Order cart = orderService.createNewCartForCustomer(visitor);
                track(visitor);
                return cart.getId();
            }
        });
    }

    /** Sets the order's status to CANCELLED through Broadleaf's {@code OrderService.save}, committed. */
    public void cancel(final Long orderId) {
        inTransaction(new Runnable() {
            @Override
            public void run() {
                Order order = orderService.findOrderById(orderId);
                order.setStatus(OrderStatus.CANCELLED);
                try {
                    orderService.save(order, false);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
    }

    public Customer track(Customer customer) {
        track(customer.getId());
        return customer;
    }

    public synchronized Long track(Long customerId) {
        if (!customers.contains(customerId)) {
            customers.add(customerId);
        }
        return customerId;
    }

    public Long ownerOf(Long orderId) {
        return jdbc.queryForObject("SELECT CUSTOMER_ID FROM BLC_ORDER WHERE ORDER_ID = ?", Long.class, orderId);
    }

    public int count(String tableAndCondition, Object... args) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + tableAndCondition, Integer.class, args);
    }

    public synchronized void deleteAll() {
        for (Long id : customers) {
            for (String table : hostTables) {
                jdbc.update("DELETE FROM " + table + " WHERE CUSTOMER_ID = ?", id);
            }
            jdbc.update("DELETE FROM CM_MAILED_TOKEN WHERE SUBJECT_ID = ?", id);
            jdbc.update("DELETE FROM CM_CUSTOMER_MERGE WHERE ABSORBED_ID = ? OR SURVIVOR_ID = ?", id, id);
            for (String table : BY_CUSTOMER) {
                jdbc.update("DELETE FROM " + table + " WHERE CUSTOMER_ID = ?", id);
            }
            jdbc.update("DELETE FROM BLC_DISCRETE_ORDER_ITEM WHERE ORDER_ITEM_ID IN (SELECT i.ORDER_ITEM_ID"
                    + " FROM BLC_ORDER_ITEM i JOIN BLC_ORDER o ON o.ORDER_ID = i.ORDER_ID WHERE o.CUSTOMER_ID = ?)", id);
            jdbc.update("DELETE FROM BLC_ORDER_ITEM WHERE ORDER_ID IN (SELECT ORDER_ID FROM BLC_ORDER "
                    + "WHERE CUSTOMER_ID = ?)", id);
            jdbc.update("DELETE FROM BLC_ORDER WHERE CUSTOMER_ID = ?", id);
            jdbc.update("DELETE FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ?", id);
        }
        customers.clear();
    }
}
