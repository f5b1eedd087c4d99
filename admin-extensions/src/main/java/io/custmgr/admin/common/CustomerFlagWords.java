package io.custmgr.admin.common;

import org.broadleafcommerce.common.extension.ExtensionResultStatusType;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.web.form.component.ListGridRecord;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.form.entity.Field;
import org.broadleafcommerce.openadmin.web.form.entity.FieldGroup;
import org.broadleafcommerce.openadmin.web.form.entity.Tab;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Component;

/**
 * The customer's flags (guest, tax exempt, deactivated, ...) as words ({@link FlagWords}) in the customer list's cells
 * and on the customer form, where a read-only flag shows its display value. Only what is shown changes: the value
 * Broadleaf filters, sorts and saves stays "true" / "false".
 */
@Component("cmCustomerFlagWords")
public class CustomerFlagWords extends CustomerFormExtension {

    private static final String BOOLEAN = SupportedFieldType.BOOLEAN.toString();

    @Override
    public ExtensionResultStatusType modifyListGridRecord(String className, ListGridRecord record, Entity entity) {
        if (!Customer.class.getName().equals(className) || record.getListGrid() == null) {
            return ExtensionResultStatusType.NOT_HANDLED;
        }
        FlagWords words = FlagWords.ofCurrentRequest();
        for (Field column : record.getListGrid().getHeaderFields()) {
            Field cell = BOOLEAN.equals(column.getFieldType()) ? record.getField(column.getName()) : null;
            if (cell != null) {
                cell.setDisplayValue(words.word(column.getFriendlyName(), cell.getValue()));
            }
        }
        return ExtensionResultStatusType.HANDLED_CONTINUE;
    }

    @Override
    protected void extend(EntityForm form, Entity entity, Long customerId) {
        FlagWords words = FlagWords.ofCurrentRequest();
        for (Tab tab : form.getTabs()) {
            for (FieldGroup group : tab.getFieldGroups()) {
                for (Field field : group.getFields()) {
                    if (BOOLEAN.equals(field.getFieldType())) {
                        field.setDisplayValue(words.word(field.getFriendlyName(), field.getValue()));
                    }
                }
            }
        }
    }
}
