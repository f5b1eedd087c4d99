package io.custmgr.admin.common;

import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.form.entity.Tab;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.util.Iterator;

/** Recognising the admin's customer form among all the entity forms Broadleaf builds. */
public final class CustomerForms {

    private CustomerForms() {
    }

    /** The main form of a saved customer (not the add form, not a collection's form). */
    public static boolean isSavedCustomer(EntityForm form) {
        return form.getId() != null && !form.getId().isEmpty()
                && Customer.class.getName().equals(form.getCeilingEntityClassname());
    }

    /** The form's first tab, or null before Broadleaf created any. */
    public static Tab firstTab(EntityForm form) {
        Iterator<Tab> tabs = form.getTabs().iterator();
        return tabs.hasNext() ? tabs.next() : null;
    }

    public static Long customerId(EntityForm form) {
        try {
            return Long.valueOf(form.getId());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
