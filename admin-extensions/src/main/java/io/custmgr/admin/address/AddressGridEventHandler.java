package io.custmgr.admin.address;

import io.custmgr.address.service.AddressBookEntryView;
import io.custmgr.address.service.CustomerAddressBook;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.dto.CriteriaTransferObject;
import org.broadleafcommerce.openadmin.dto.DynamicResultSet;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.service.persistence.PersistenceManager;
import org.broadleafcommerce.openadmin.server.service.persistence.PersistenceManagerEventHandlerAdapter;
import org.broadleafcommerce.openadmin.server.service.persistence.PersistenceManagerEventHandlerResponse;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

/**
 * The customer form's address grid shows what the address book says, whoever wrote the rows: the country-formatted
 * address and the default badges are filled in from {@code cmCustomerAddressBook} after Broadleaf fetched the page
 * (one read per owner), so addresses saved by other code (checkout, guest profiles, imports) show them too.
 */
@Component("cmAddressGridEventHandler")
public class AddressGridEventHandler extends PersistenceManagerEventHandlerAdapter {

    static final String SEPARATOR = " / ";

    @Resource(name = "cmCustomerAddressBook")
    protected CustomerAddressBook addressBook;

    @Override
    public PersistenceManagerEventHandlerResponse postFetch(PersistenceManager persistenceManager,
            DynamicResultSet resultSet, PersistencePackage persistencePackage, CriteriaTransferObject cto)
            throws ServiceException {
        if (CustomerAddressPersistenceHandler.isCustomerAddress(persistencePackage) && resultSet != null
                && resultSet.getRecords() != null && resultSet.getRecords().length > 0) {
            List<Long> ids = new ArrayList<Long>();
            for (Entity record : resultSet.getRecords()) {
                Long id = id(record);
                if (id != null) {
                    ids.add(id);
                }
            }
            Map<Long, AddressBookEntryView> views = addressBook.findEntriesByIds(ids);
            for (Entity record : resultSet.getRecords()) {
                AddressBookEntryView view = views.get(id(record));
                if (view != null) {
                    show(record, CustomerAddressPersistenceHandler.FORMATTED, join(view.getLines()));
                    show(record, CustomerAddressPersistenceHandler.BILLING, String.valueOf(view.isDefaultBilling()));
                    show(record, CustomerAddressPersistenceHandler.SHIPPING,
                            String.valueOf(view.isDefaultShipping()));
                }
            }
        }
        return new PersistenceManagerEventHandlerResponse().withStatus(
                PersistenceManagerEventHandlerResponse.PersistenceManagerEventHandlerResponseStatus.NOT_HANDLED);
    }

    @Override
    public int getOrder() {
        return 1000;
    }

    private static Long id(Entity record) {
        Property id = record.findProperty("id");
        try {
            return id == null || id.getValue() == null ? null : Long.valueOf(id.getValue());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Plain text: Broadleaf's grid and form templates escape what they show. */
    private static void show(Entity record, String name, String value) {
        Property property = record.findProperty(name);
        if (property == null) {
            property = new Property();
            property.setName(name);
            record.addProperty(property);
        }
        property.setValue(value);
        property.setDisplayValue(value);
    }

    private static String join(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            if (text.length() > 0) {
                text.append(SEPARATOR);
            }
            text.append(line);
        }
        return text.toString();
    }
}
