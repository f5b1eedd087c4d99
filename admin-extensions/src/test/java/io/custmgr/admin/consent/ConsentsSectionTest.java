package io.custmgr.admin.consent;

import io.custmgr.consent.domain.ConsentRecord;
import io.custmgr.consent.domain.ConsentRecordImpl;
import io.custmgr.consent.service.ConsentOrigin;
import io.custmgr.consent.service.ConsentService;
import io.custmgr.consent.type.ConsentKind;
import io.custmgr.consent.type.ConsentSource;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.web.form.component.ListGrid;
import org.broadleafcommerce.openadmin.web.form.component.ListGridRecord;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.form.entity.Tab;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Date;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConsentsSectionTest {

    @Test
    void theFirstTabListsEachConsentWithStateSourceAndIpNewestFirst() {
        final List<ConsentRecord> records = Arrays.<ConsentRecord>asList(
                new ConsentRecordImpl(5L, ConsentKind.NEWSLETTER, false,
                        new ConsentOrigin(ConsentSource.ADMIN, 7L, "10.0.0.7"), new Date(2000L)),
                new ConsentRecordImpl(5L, ConsentKind.RECEIVE_EMAIL, true,
                        new ConsentOrigin(ConsentSource.REGISTRATION, null, "203.0.113.9"), new Date(1000L)),
                new ConsentRecordImpl(5L, "PROFILING", true,
                        new ConsentOrigin(ConsentSource.HOST_CODE, null, null), new Date(500L)));
        ConsentsSection section = new ConsentsSection();
        section.rows = 50;
        section.consentService = new ConsentService() {
            public ConsentRecord record(Long customerId, String kind, boolean granted, ConsentOrigin origin) {
                throw new UnsupportedOperationException();
            }

            public ConsentOrigin currentOrigin(boolean newCustomer) {
                throw new UnsupportedOperationException();
            }

            public List<ConsentRecord> findConsents(Long customerId, int max) {
                assertEquals(Long.valueOf(5L), customerId);
                assertEquals(50, max);
                return records;
            }
        };
        EntityForm form = new EntityForm();
        form.setId("5");
        form.setCeilingEntityClassname(Customer.class.getName());
        Tab general = new Tab();
        general.setTitle("General");
        form.getTabs().add(general);

        section.modifyPopulatedEntityForm(form, new Entity());

        ListGrid grid = general.getListGrids().iterator().next();
        assertEquals(ConsentsSection.GRID_KEY, grid.getSubCollectionFieldName());
        assertEquals(3, grid.getRecords().size());
        assertEquals("Newsletter opt-in|Withdrawn|Admin (user 7)|10.0.0.7", cells(grid.getRecords().get(0)));
        assertEquals("Receive Email|Granted|Registration|203.0.113.9", cells(grid.getRecords().get(1)));
        assertEquals("PROFILING|Granted|Host code or job|", cells(grid.getRecords().get(2)));
    }

    private static String cells(ListGridRecord record) {
        return record.getField("kind").getValue() + "|" + record.getField("state").getValue() + "|"
                + record.getField("source").getValue() + "|" + record.getField("ip").getValue();
    }
}
