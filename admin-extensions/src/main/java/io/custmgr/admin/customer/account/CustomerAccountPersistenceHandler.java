package io.custmgr.admin.customer.account;

import io.custmgr.admin.common.AdminMessages;
import io.custmgr.admin.common.StorefrontLinks;
import io.custmgr.customer.account.service.CustomerAccountService;
import io.custmgr.customer.account.service.PasswordLinks;
import io.custmgr.guest.domain.GuestCustomer;
import io.custmgr.guest.service.GuestClaimService;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.dao.DynamicEntityDao;
import org.broadleafcommerce.openadmin.server.service.handler.CustomPersistenceHandler;
import org.broadleafcommerce.openadmin.server.service.handler.CustomPersistenceHandlerAdapter;
import org.broadleafcommerce.openadmin.server.service.persistence.module.RecordHelper;
import org.broadleafcommerce.common.presentation.client.OperationType;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.stereotype.Component;


import javax.annotation.Resource;

/**
 * The admin's customer add and save, with the account rules: the e-mail address is trimmed, unique ignoring case and
 * becomes the user name (so an admin e-mail change changes the login); a password is changed only when "Update
 * password" is on, after the policy checks. Any broken rule is a field error and nothing is saved. Runs before
 * Broadleaf's own customer handler, which it hands the add to, and Broadleaf's basic persistence the update.
 */
@Component("cmCustomerAccountPersistenceHandler")
public class CustomerAccountPersistenceHandler extends CustomPersistenceHandlerAdapter {

    static final String EMAIL = "emailAddress";
    static final String USERNAME = "username";
    static final String EMAIL_TAKEN = "CustomerAccount_Email_Taken";
    /** Broadleaf's password reset page on the storefront, where the set-password link of a new account opens. */
    static final String RESET_PASSWORD_PATH = "/login/resetPassword";

    @Resource(name = "cmCustomerAccountService")
    protected CustomerAccountService accountService;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "blCustomerCustomPersistenceHandler")
    protected CustomPersistenceHandler hostCustomerHandler;

    @Resource(name = "cmGuestClaimService")
    protected GuestClaimService guestClaimService;

    @Resource(name = "cmStorefrontLinks")
    protected StorefrontLinks storefrontLinks;

    @Resource(name = "cmPasswordLinks")
    protected PasswordLinks passwordLinks;

    @Override
    public Boolean canHandleAdd(PersistencePackage persistencePackage) {
        return isCustomer(persistencePackage);
    }

    @Override
    public Boolean canHandleUpdate(PersistencePackage persistencePackage) {
        return isCustomer(persistencePackage);
    }

    @Override
    public int getOrder() {
        return CustomPersistenceHandler.DEFAULT_ORDER - 1000; // ahead of Broadleaf's blCustomerCustomPersistenceHandler
    }

    @Override
    public Entity add(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        Entity entity = persistencePackage.getEntity();
        checkLogin(entity, null);
        if (entity.isValidationFailure()) {
            return entity;
        }
        Entity added = hostCustomerHandler.add(persistencePackage, dynamicEntityDao, helper);
        Property id = added.findProperty("id");
        if (!added.isValidationFailure() && id != null) {
            Long customerId = Long.valueOf(id.getValue());
            offerGuestOrders(customerService.readCustomerById(customerId));
            if ("true".equalsIgnoreCase(value(entity, PasswordLinkField.NAME))) {
                sendPasswordLink(customerId);
            }
        }
        return added;
    }

    @Override
    public Entity update(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        Entity entity = persistencePackage.getEntity();
        Long customerId = Long.valueOf(entity.findProperty("id").getValue());
        Customer customer = customerService.readCustomerById(customerId);
        boolean guest = customer instanceof GuestCustomer && ((GuestCustomer) customer).getGuestProfile().isGuest();
        if (!guest) {
            checkLogin(entity, customerId);
        }
        String newPassword = guest ? null : checkedNewPassword(entity);
        if (entity.isValidationFailure()) {
            return entity;
        }
        Entity updated = helper.getCompatibleModule(OperationType.BASIC).update(persistencePackage);
        if (newPassword != null && !updated.isValidationFailure()) {
            accountService.changePassword(customerService.readCustomerById(customerId), newPassword);
        }
        return updated;
    }

    /** Trims the e-mail, copies it to the user name property, or records why it cannot be used. */
    private void checkLogin(Entity entity, Long customerId) {
        Property email = entity.findProperty(EMAIL);
        if (email == null) {
            return; // a partial update (a collection's save) does not touch the login
        }
        String normalized = accountService.normalizeEmail(email.getValue());
        String broken = accountService.checkEmailFormat(normalized);
        Long owner = broken == null ? accountService.findEmailOwner(normalized, customerId) : null;
        if (broken != null) {
            entity.addValidationError(EMAIL, broken);
        } else if (owner != null) {
            entity.addValidationError(EMAIL, message(EMAIL_TAKEN, owner));
        } else {
            email.setValue(normalized);
            Property username = entity.findProperty(USERNAME);
            if (username == null) {
                username = new Property();
                username.setName(USERNAME);
                entity.addProperty(username);
            }
            username.setValue(normalized);
            username.setIsDirty(true);
        }
    }

    /** @return the new password when "Update password" is on and the password is acceptable, else null */
    private String checkedNewPassword(Entity entity) {
        if (!"true".equalsIgnoreCase(value(entity, PasswordChangeFields.UPDATE_SWITCH))) {
            return null; // whatever was typed, the password stays
        }
        String password = value(entity, PasswordChangeFields.NEW_PASSWORD);
        String confirmation = value(entity, PasswordChangeFields.CONFIRMATION);
        String broken = accountService.checkNewPassword(password, confirmation);
        if (broken == null) {
            return password;
        }
        boolean confirmationOnly = CustomerAccountService.PASSWORD_MISMATCH.equals(broken);
        entity.addValidationError(confirmationOnly ? PasswordChangeFields.CONFIRMATION
                : PasswordChangeFields.NEW_PASSWORD, broken);
        return null;
    }

    /** The new account's set-password mail; an account without a storefront address to link to gets none. */
    private void sendPasswordLink(Long customerId) {
        String resetUrl = storefrontLinks.link(RESET_PASSWORD_PATH);
        if (resetUrl != null) {
            passwordLinks.sendSetPasswordLink(customerId, resetUrl, "for the account the merchant created");
        }
    }

    private void offerGuestOrders(Customer account) {
        String claimUrl = storefrontLinks.link(GuestClaimService.CLAIM_PATH);
        if (account != null && claimUrl != null) {
            guestClaimService.offerClaim(account, claimUrl);
        }
    }

    private static String value(Entity entity, String name) {
        Property property = entity.findProperty(name);
        return property == null ? null : property.getValue();
    }

    /** The conflict named in the admin's language; Broadleaf shows an error text that is not a message key as is. */
    private static String message(String key, Long ownerId) {
        return AdminMessages.text(key, "This e-mail address is already used by customer {0}", ownerId);
    }

    private static boolean isCustomer(PersistencePackage persistencePackage) {
        return Customer.class.getName().equals(persistencePackage.getCeilingEntityFullyQualifiedClassname());
    }
}
