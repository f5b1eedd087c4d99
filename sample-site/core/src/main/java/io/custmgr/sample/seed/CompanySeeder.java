package io.custmgr.sample.seed;

import io.custmgr.company.domain.BusinessUnitImpl;
import io.custmgr.company.domain.Company;
import io.custmgr.company.domain.CompanyAddress;
import io.custmgr.company.domain.CompanyAddressImpl;
import io.custmgr.company.domain.CompanyRoleImpl;
import io.custmgr.company.service.CompanyAddressService;
import io.custmgr.company.service.CompanyDraft;
import io.custmgr.company.service.CompanyMemberService;
import io.custmgr.company.service.CompanyOrderService;
import io.custmgr.company.service.CompanyService;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;

import java.util.Collections;

/**
 * The company accounts' demo data, through the module's services as the admin would make them: Northwind Garden
 * Supply (units Purchasing and Stores, an administrator, a buyer and an approver; a head office for shipping and
 * billing and a depot of Stores) and Hillcrest Foods (an
 * administrator and a buyer), their members' placed orders as company orders, and a request for "Rossi Catering"
 * waiting for approval. The people are {@link DemoShowcase}'s.
 */
final class CompanySeeder {

    /** First name, last name, e-mail address, gender (F/M) of the people of the company accounts. */
    static final String[][] PEOPLE = {
            {"Priya", "Shah", "priya.shah@northwind.example", "F"},
            {"Tom", "Berg", "tom.berg@northwind.example", "M"},
            {"Lena", "Fischer", "lena.fischer@northwind.example", "F"},
            {"Omar", "Haddad", "omar.haddad@hillcrest.example", "M"},
            {"Grace", "Kim", "grace.kim@hillcrest.example", "F"},
            {"Sofia", "Rossi", "sofia.rossi@example.com", "F"}};

    static final String NORTHWIND = "Northwind Garden Supply";
    static final String HILLCREST = "Hillcrest Foods";
    static final String REQUESTED = "Rossi Catering";

    private final CompanyService companies;
    private final CompanyMemberService members;
    private final CompanyOrderService companyOrders;
    private final CompanyAddressService addresses;
    private final CustomerService customers;
    private final OrderService orders;

    CompanySeeder(CompanyService companies, CompanyMemberService members, CompanyOrderService companyOrders,
            CompanyAddressService addresses, CustomerService customers, OrderService orders) {
        this.addresses = addresses;
        this.companies = companies;
        this.members = members;
        this.companyOrders = companyOrders;
        this.customers = customers;
        this.orders = orders;
    }

    /** @return the number of company orders recorded; nothing when the people are not there (no showcase) */
    int seed() {
        if (customer(PEOPLE[0][2]) == null) {
            return 0;
        }
        Company northwind = companies.createCompany(new CompanyDraft(NORTHWIND, "Northwind Garden Supply Ltd",
                "GB 123 4567 89", "Net 30 days; purchase orders above 5,000 need the director's signature."));
        long root = companies.findUnits(northwind.getId()).get(0).getId();
        BusinessUnitImpl purchasing = companies.addUnit(northwind.getId(), root, "Purchasing");
        BusinessUnitImpl stores = companies.addUnit(northwind.getId(), root, "Stores");
        companies.addUnit(northwind.getId(), stores.getId(), "Stores North");
        address(northwind, null, "Head office", CompanyAddress.BOTH, "1 Garden Row", "97201", "Portland");
        address(northwind, stores.getId(), "Stores depot", CompanyAddress.SHIPPING, "88 Depot Lane", "97217", "Portland");
        int recorded = join(northwind, PEOPLE[0][2], root, CompanyService.ADMINISTRATOR);
        recorded += join(northwind, PEOPLE[1][2], purchasing.getId(), CompanyService.BUYER);
        recorded += join(northwind, PEOPLE[2][2], stores.getId(), CompanyService.APPROVER);

        Company hillcrest = companies.createCompany(new CompanyDraft(HILLCREST, "Hillcrest Foods Inc.", "US-47-1234567",
                null));
        long hillcrestRoot = companies.findUnits(hillcrest.getId()).get(0).getId();
        recorded += join(hillcrest, PEOPLE[3][2], hillcrestRoot, CompanyService.ADMINISTRATOR);
        recorded += join(hillcrest, PEOPLE[4][2], hillcrestRoot, CompanyService.BUYER);

        companies.requestCompany(customer(PEOPLE[5][2]).getId(), new CompanyDraft(REQUESTED, "Rossi Catering S.r.l.",
                "IT01234567890", "We cater for weddings in three towns and would like our two chefs to order too."));
        return recorded;
    }

    private void address(Company company, Long unitId, String name, String kind, String line1, String postalCode,
            String city) {
        CompanyAddress address = new CompanyAddressImpl();
        address.setUnitId(unitId);
        address.setName(name);
        address.setKind(kind);
        address.setAddressLine1(line1);
        address.setPostalCode(postalCode);
        address.setCity(city);
        address.setCountry("US");
        addresses.addAddress(company.getId(), address);
    }

    private int join(Company company, String email, long unitId, String roleName) {
        Customer customer = customer(email);
        members.attach(company.getId(), customer.getId(), Collections.singletonList(unitId),
                Collections.singletonList(role(company, roleName)));
        int recorded = 0;
        for (Order order : orders.findOrdersForCustomer(customer, OrderStatus.SUBMITTED)) {
            if (companyOrders.recordOrder(order.getId(), customer.getId())) {
                recorded++;
            }
        }
        return recorded;
    }

    private long role(Company company, String name) {
        for (CompanyRoleImpl role : companies.findRoles(company.getId())) {
            if (role.getName().equals(name)) {
                return role.getId();
            }
        }
        throw new IllegalStateException("No role " + name + " in " + company.getName());
    }

    private Customer customer(String email) {
        return customers.readCustomerByEmail(email);
    }
}
