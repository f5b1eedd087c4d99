package io.custmgr.search.bench;

import io.custmgr.search.query.CustomerSearchParser;
import io.custmgr.search.query.CustomerSearchService;
import io.custmgr.test.Latencies;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Collections;
import java.util.Map;

/**
 * Delay from a committed profile change to its visibility in search: renames a customer through Broadleaf's
 * {@code CustomerService.saveCustomer} in a transaction of its own, then polls the search for the new name every 10 ms
 * from the moment of the commit. The change travels the production path: Hibernate listener, outbox writer, outbox
 * consumer, Solr commitWithin.
 */
final class VisibilityDelay {

    static final long GIVE_UP_MS = 60000L;

    private final CustomerService customers;
    private final CustomerSearchService search;
    private final TransactionTemplate tx;

    VisibilityDelay(CustomerService customers, CustomerSearchService search, PlatformTransactionManager transactions) {
        this.customers = customers;
        this.search = search;
        this.tx = new TransactionTemplate(transactions);
    }

    /** @return the delays; a change not visible within {@link #GIVE_UP_MS} throws */
    Latencies measure(int changes, int customerCount) throws InterruptedException {
        Latencies delays = new Latencies();
        String run = letters(System.currentTimeMillis() % 100000L);
        for (int i = 0; i < changes; i++) {
            final long id = 1 + (i * 7919L + 13) % customerCount;
            final String name = "Chg" + run + "x" + letters(i);
            tx.execute(new TransactionCallbackWithoutResult() {
                @Override
                protected void doInTransactionWithoutResult(TransactionStatus status) {
                    Customer customer = customers.readCustomerById(id);
                    customer.setLastName(name);
                    customers.saveCustomer(customer);
                }
            });
            long committed = System.nanoTime();
            Map<String, String[]> params = Collections.singletonMap("name", new String[] {name});
            while (search.search(CustomerSearchParser.parse(params).getCriteria()).getTotal() == 0) {
                if (System.nanoTime() - committed > GIVE_UP_MS * 1000000L) {
                    throw new IllegalStateException("Customer " + id + " renamed to " + name + " was not found");
                }
                Thread.sleep(10);
            }
            delays.add(System.nanoTime() - committed);
        }
        return delays;
    }

    /** A number as lower-case letters: names are words, digits would split them. */
    private static String letters(long n) {
        StringBuilder s = new StringBuilder();
        do {
            s.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return s.toString();
    }
}
