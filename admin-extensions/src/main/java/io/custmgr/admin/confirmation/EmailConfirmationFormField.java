package io.custmgr.admin.confirmation;

import io.custmgr.admin.common.AdminMessages;
import io.custmgr.admin.common.CustomerFormExtension;
import io.custmgr.admin.common.FormExtras;
import io.custmgr.admin.security.AdminOperation;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.customer.confirmation.dao.EmailConfirmationState;
import io.custmgr.customer.confirmation.service.RegistrationConfirmationService;
import io.custmgr.customer.profile.domain.CustomerFormGroups;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Component;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;

import javax.annotation.Resource;

/**
 * On the form of a customer who registered with e-mail confirmation on: "E-mail confirmation" in the form's first
 * group — confirmed when, or pending since when with the links sent — and, while pending, "Resend confirmation
 * e-mail" for admin users who may update customers. Other customers' forms are left alone.
 */
@Component("cmEmailConfirmationFormField")
public class EmailConfirmationFormField extends CustomerFormExtension {

    public static final String BUTTON_CLASS = "custmgr-resend-confirmation";
    public static final String PATH = "/resend-confirmation";
    static final String NOTE_NAME = "cmEmailConfirmation";
    static final String ACTION_NAME = "cmResendConfirmation";
    /** Right after Broadleaf's e-mail address in the form's first group. */
    static final int NOTE_ORDER = 2100;

    @Resource(name = "cmRegistrationConfirmation")
    protected RegistrationConfirmationService confirmation;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @Override
    protected void extend(EntityForm form, Entity entity, Long customerId) {
        EmailConfirmationState state = confirmation.findState(customerId);
        if (state == null) {
            return;
        }
        form.addField(FormExtras.note(NOTE_NAME, "EmailConfirmation_Label", describe(state), NOTE_ORDER),
                CustomerFormGroups.IDENTITY_GROUP, CustomerFormGroups.IDENTITY_GROUP_ORDER,
                EntityForm.DEFAULT_TAB_NAME, EntityForm.DEFAULT_TAB_ORDER);
        if (state.isPending() && permissions.may(AdminOperation.UPDATE, Customer.class)) {
            form.addField(FormExtras.action(ACTION_NAME, "EmailConfirmation_ResendLabel", "EmailConfirmation_Resend",
                    BUTTON_CLASS, "/" + customerId + PATH, NOTE_ORDER + 1), CustomerFormGroups.IDENTITY_GROUP,
                    CustomerFormGroups.IDENTITY_GROUP_ORDER, EntityForm.DEFAULT_TAB_NAME,
                    EntityForm.DEFAULT_TAB_ORDER);
        }
    }

    static String describe(EmailConfirmationState state) {
        if (!state.isPending()) {
            return AdminMessages.text("EmailConfirmation_Confirmed", "Confirmed {0}", time(state.getConfirmed()));
        }
        return AdminMessages.text("EmailConfirmation_Pending",
                "Not confirmed yet: registered {0}, {1} link(s) sent, last {2}", time(state.getRequested()), state.getSentCount(),
                state.getLastSent() == null ? "-" : time(state.getLastSent()));
    }

    private static String time(Date date) {
        return date == null ? "" : new SimpleDateFormat("yyyy-MM-dd HH:mm", Locale.ROOT).format(date);
    }
}
