package io.custmgr.admin.assist;

import io.custmgr.admin.common.FormExtras;
import io.custmgr.assist.service.AssistanceService;
import org.broadleafcommerce.common.extension.ExtensionResultStatusType;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderImpl;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.service.AbstractFormBuilderExtensionHandler;
import org.broadleafcommerce.openadmin.web.service.FormBuilderExtensionManager;
import org.springframework.stereotype.Component;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * On Broadleaf's order screen, "Placed by admin user" (read-only, next to the customer) for an order an admin user
 * placed while signed in as its customer ("Login as customer"); other orders' forms are left alone.
 */
@Component("cmAssistedOrderFormField")
public class AssistedOrderFormField extends AbstractFormBuilderExtensionHandler {

    public static final String FIELD_NAME = "cmAssistedBy";
    static final int FIELD_ORDER = OrderImpl.Presentation.FieldOrder.CUSTOMER + 500;

    @Resource(name = "blFormBuilderExtensionManager")
    protected FormBuilderExtensionManager extensionManager;

    @Resource(name = "cmAssistanceService")
    protected AssistanceService assistance;

    @PostConstruct
    public void register() {
        extensionManager.registerHandler(this);
    }

    @Override
    public ExtensionResultStatusType modifyPopulatedEntityForm(EntityForm form, Entity entity) {
        Long orderId = orderId(form);
        String admin = orderId == null ? null : assistance.findAssistingAdmin(orderId);
        if (admin == null) {
            return ExtensionResultStatusType.NOT_HANDLED;
        }
        form.addField(FormExtras.note(FIELD_NAME, "AssistedOrder_PlacedBy", admin, FIELD_ORDER),
                OrderImpl.Presentation.Group.Name.General, OrderImpl.Presentation.Group.Order.General,
                EntityForm.DEFAULT_TAB_NAME, EntityForm.DEFAULT_TAB_ORDER);
        return ExtensionResultStatusType.HANDLED_CONTINUE;
    }

    private static Long orderId(EntityForm form) {
        if (!Order.class.getName().equals(form.getCeilingEntityClassname()) || form.getId() == null) {
            return null;
        }
        try {
            return Long.valueOf(form.getId());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
