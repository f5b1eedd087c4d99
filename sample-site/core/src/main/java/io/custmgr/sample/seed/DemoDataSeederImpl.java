package io.custmgr.sample.seed;

import io.custmgr.company.service.CompanyAddressService;
import io.custmgr.company.service.CompanyMemberService;
import io.custmgr.company.service.CompanyOrderService;
import io.custmgr.company.service.CompanyService;
import io.custmgr.group.service.CustomerGroupService;
import io.custmgr.library.service.DigitalFileService;
import io.custmgr.library.service.LibraryService;
import io.custmgr.rewards.service.RewardPointsService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.currency.service.BroadleafCurrencyService;
import org.broadleafcommerce.common.locale.service.LocaleService;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CountryService;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.broadleafcommerce.profile.core.service.StateService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * Seeds in one transaction for reference data and catalog, then one per batch of customers, flushing and clearing
 * the persistence context after each batch so memory stays flat however many customers are asked for.
 */
public class DemoDataSeederImpl implements DemoDataSeeder {

    private static final Log LOG = LogFactory.getLog(DemoDataSeederImpl.class);

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @Resource(name = "blCurrencyService")
    protected BroadleafCurrencyService currencyService;

    @Resource(name = "blLocaleService")
    protected LocaleService localeService;

    @Resource(name = "blCountryService")
    protected CountryService countryService;

    @Resource(name = "blStateService")
    protected StateService stateService;

    @Resource(name = "cmCustomerGroupService")
    protected CustomerGroupService groupService;

    @Resource(name = "cmDigitalFileService")
    protected DigitalFileService digitalFileService;

    @Resource(name = "cmLibraryService")
    protected LibraryService libraryService;

    @Resource(name = "cmCompanyService")
    protected CompanyService companyService;

    @Resource(name = "cmCompanyMemberService")
    protected CompanyMemberService companyMemberService;

    @Resource(name = "cmCompanyAddressService")
    protected CompanyAddressService companyAddressService;

    @Resource(name = "cmCompanyOrderService")
    protected CompanyOrderService companyOrderService;

    @Resource(name = "blOrderService")
    protected OrderService orderService;
    @Resource(name = "cmRewardPointsService")
    protected RewardPointsService rewardPointsService;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private int batchSize = 500;
    private long randomSeed = 20240229L;
    private boolean showcase = true;

    /** @param batchSize customers per transaction (default 500) */
    public void setBatchSize(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
        }
        this.batchSize = batchSize;
    }

    /** @param randomSeed seed of all random choices; the same seed gives the same data (default fixed) */
    public void setRandomSeed(long randomSeed) {
        this.randomSeed = randomSeed;
    }

    /**
     * @param showcase whether {@link DemoShowcase}'s suspected spam and duplicate registrations follow the requested
     *                 customers (default true; tests that count customers switch it off)
     */
    public void setShowcase(boolean showcase) {
        this.showcase = showcase;
    }

    @Override
    public boolean isSeeded() {
        return customerService.readCustomerByUsername(DEMO_USERNAME, false) != null;
    }

    @Override
    public DemoDataReport seed(int customers) {
        if (customers < 1) {
            throw new IllegalArgumentException("At least one customer (the demo customer) is needed, was " + customers);
        }
        if (isSeeded()) {
            return DemoDataReport.alreadySeeded();
        }
        long started = System.currentTimeMillis();
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        final EntityFactory entities = new EntityFactory(entityConfiguration, em);
        final String localeCode = transactions.execute(new TransactionCallback<String>() {
            @Override
            public String doInTransaction(TransactionStatus status) {
                return new ReferenceDataSeeder(entities, currencyService, localeService, countryService, stateService)
                        .ensureReferenceData();
            }
        });
        final List<SeededProduct> catalog = transactions.execute(new TransactionCallback<List<SeededProduct>>() {
            @Override
            public List<SeededProduct> doInTransaction(TransactionStatus status) {
                new SearchConfigSeeder(entities, em).ensureSearchConfig();
                return new CatalogSeeder(entities, catalogService, em)
                        .ensureCatalog(ReferenceDataSeeder.CURRENCY_CODE);
            }
        });
        LibrarySeeder librarySeeder = new LibrarySeeder(digitalFileService, libraryService, catalogService);
        librarySeeder.ensureFiles();
        final GroupSeeder groupSeeder = new GroupSeeder(groupService);
        transactions.execute(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                groupSeeder.ensureGroups();
                return null;
            }
        });
        CustomerSeeder customerSeeder = new CustomerSeeder(customerService, entities, em, DEMO_PASSWORD);
        CustomerBatch batch = new CustomerBatch(entities, localeCode, catalog, customerSeeder,
                new OrderSeeder(entities, em, customerSeeder, randomSeed, new Date(started)), groupSeeder);
        DemoPeople people = new DemoPeople(randomSeed);
        for (int from = 0; from < customers; from += batchSize) {
            batch.persons.clear();
            for (int index = from; index < Math.min(customers, from + batchSize); index++) {
                batch.persons.add(people.person(index));
            }
            transactions.execute(batch);
            if (LOG.isDebugEnabled()) {
                LOG.debug("Seeded demo customers " + from + " to " + (Math.min(customers, from + batchSize) - 1));
            }
        }
        if (showcase) {
            batch.persons.clear();
            batch.persons.addAll(DemoShowcase.people(customers));
            transactions.execute(batch);
        }
        librarySeeder.grantFromOrders();
        new CompanySeeder(companyService, companyMemberService, companyOrderService, companyAddressService,
                customerService, orderService).seed();
        // spendable at once, so a first checkout can redeem them
        rewardPointsService.adjust(customerService.readCustomerByUsername(DEMO_USERNAME, false).getId(), "750",
                "Welcome points");
        return batch.tally.toReport(catalog.size(), System.currentTimeMillis() - started);
    }

    /** Writes {@link #persons} with their orders; the same instance runs every batch and keeps the tally. */
    private final class CustomerBatch implements TransactionCallback<Void> {

        final DemoDataReport.Tally tally = new DemoDataReport.Tally();
        private final EntityFactory entities;
        private final String localeCode;
        private final List<SeededProduct> catalog;
        final List<DemoPerson> persons = new ArrayList<DemoPerson>();
        private final CustomerSeeder customerSeeder;
        private final OrderSeeder orderSeeder;
        private final GroupSeeder groupSeeder;

        CustomerBatch(EntityFactory entities, String localeCode, List<SeededProduct> catalog,
                CustomerSeeder customerSeeder, OrderSeeder orderSeeder, GroupSeeder groupSeeder) {
            this.entities = entities;
            this.localeCode = localeCode;
            this.catalog = catalog;
            this.customerSeeder = customerSeeder;
            this.orderSeeder = orderSeeder;
            this.groupSeeder = groupSeeder;
        }

        @Override
        public Void doInTransaction(TransactionStatus status) {
            SeedBatch references = SeedBatch.load(entities, ReferenceDataSeeder.CURRENCY_CODE, localeCode, catalog);
            for (DemoPerson person : persons) {
                Customer customer = customerSeeder.create(person, references);
                groupSeeder.assign(person.getIndex(), person, customer);
                orderSeeder.seedOrders(customer, person, references, tally);
                if (person.isRegistered()) {
                    tally.registeredCustomers++;
                } else {
                    tally.guestCustomers++;
                }
                tally.customerAddresses += person.getAddresses().size();
            }
            em.flush();
            groupSeeder.flushMemberships();
            em.clear();
            return null;
        }
    }
}
