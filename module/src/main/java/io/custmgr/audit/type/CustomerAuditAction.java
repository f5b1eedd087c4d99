package io.custmgr.audit.type;

import io.custmgr.common.type.CodedType;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a customer audit record says happened. A host or a later feature may add its own by creating instances. */
public class CustomerAuditAction extends CodedType {

    private static final long serialVersionUID = 1L;
    private static final Map<String, CustomerAuditAction> ACTIONS = new LinkedHashMap<String, CustomerAuditAction>();

    public static final CustomerAuditAction CUSTOMER_CREATED = new CustomerAuditAction("CUSTOMER_CREATED",
            "Customer created");
    public static final CustomerAuditAction FIELD_CHANGED = new CustomerAuditAction("FIELD_CHANGED", "Field changed");
    public static final CustomerAuditAction PASSWORD_CHANGED = new CustomerAuditAction("PASSWORD_CHANGED",
            "Password changed");
    public static final CustomerAuditAction ACCOUNT_DISABLED = new CustomerAuditAction("ACCOUNT_DISABLED",
            "Account disabled");
    public static final CustomerAuditAction ACCOUNT_ENABLED = new CustomerAuditAction("ACCOUNT_ENABLED",
            "Account enabled");
    public static final CustomerAuditAction GROUPS_CHANGED = new CustomerAuditAction("GROUPS_CHANGED",
            "Groups changed");
    public static final CustomerAuditAction COLLECTION_CHANGED = new CustomerAuditAction("COLLECTION_CHANGED",
            "List changed");
    public static final CustomerAuditAction ADDRESS_ADDED = new CustomerAuditAction("ADDRESS_ADDED", "Address added");
    public static final CustomerAuditAction ADDRESS_CHANGED = new CustomerAuditAction("ADDRESS_CHANGED",
            "Address changed");
    public static final CustomerAuditAction ADDRESS_REMOVED = new CustomerAuditAction("ADDRESS_REMOVED",
            "Address removed");
    public static final CustomerAuditAction DEFAULT_PAYMENT_CHANGED = new CustomerAuditAction(
            "DEFAULT_PAYMENT_CHANGED", "Default payment method changed");
    public static final CustomerAuditAction SAVED_PAYMENT_REMOVED = new CustomerAuditAction("SAVED_PAYMENT_REMOVED",
            "Saved payment method removed");
    public static final CustomerAuditAction GUEST_CONVERTED = new CustomerAuditAction("GUEST_CONVERTED",
            "Guest converted to account");
    public static final CustomerAuditAction GUEST_ORDERS_CLAIMED = new CustomerAuditAction("GUEST_ORDERS_CLAIMED",
            "Guest orders claimed");
    public static final CustomerAuditAction CUSTOMER_MERGED = new CustomerAuditAction("CUSTOMER_MERGED",
            "Customer merged in");
    public static final CustomerAuditAction MERGED_AWAY = new CustomerAuditAction("MERGED_AWAY",
            "Merged into another customer");

    public static final CustomerAuditAction EMAIL_SENT = new CustomerAuditAction("EMAIL_SENT", "E-mail sent");
    public static final CustomerAuditAction EMAIL_RESENT = new CustomerAuditAction("EMAIL_RESENT", "E-mail resent");
    public static final CustomerAuditAction MESSAGE_SENT = new CustomerAuditAction("MESSAGE_SENT",
            "Private message sent");
    /** An admin user signed in on the storefront as the customer ("Login as customer"); see io.custmgr.assist. */
    public static final CustomerAuditAction ASSISTANCE_STARTED = new CustomerAuditAction("ASSISTANCE_STARTED",
            "Assisted session started");
    public static final CustomerAuditAction ASSISTANCE_ENDED = new CustomerAuditAction("ASSISTANCE_ENDED",
            "Assisted session ended");
    public static final CustomerAuditAction ASSISTED_ORDER = new CustomerAuditAction("ASSISTED_ORDER",
            "Order placed by an admin user");

    public static final CustomerAuditAction EMAIL_CONFIRMATION_RESENT = new CustomerAuditAction(
            "EMAIL_CONFIRMATION_RESENT", "E-mail confirmation link resent");
    public static final CustomerAuditAction EMAIL_CONFIRMED = new CustomerAuditAction("EMAIL_CONFIRMED",
            "E-mail address confirmed");
    public static final CustomerAuditAction PASSWORD_LINK_SENT = new CustomerAuditAction("PASSWORD_LINK_SENT",
            "Set-password link sent");
    public static final CustomerAuditAction CUSTOMER_DELETED = new CustomerAuditAction("CUSTOMER_DELETED",
            "Customer deleted");
    /** The customer's personal data was erased, its orders kept (see io.custmgr.privacy). */
    public static final CustomerAuditAction CUSTOMER_ERASED = new CustomerAuditAction("CUSTOMER_ERASED",
            "Personal data erased");
    /** A copy of the customer's personal data was exported (see io.custmgr.privacy.export). */
    public static final CustomerAuditAction PERSONAL_DATA_EXPORTED = new CustomerAuditAction(
            "PERSONAL_DATA_EXPORTED", "Personal data exported");
    /** The customer asked for a company account on the storefront (see io.custmgr.company). */
    public static final CustomerAuditAction COMPANY_REQUESTED = new CustomerAuditAction("COMPANY_REQUESTED",
            "Company account requested");
    /** The customer became a member of a company, or its roles or units there changed. */
    public static final CustomerAuditAction COMPANY_ATTACHED = new CustomerAuditAction("COMPANY_ATTACHED",
            "Company membership set");
    public static final CustomerAuditAction COMPANY_DETACHED = new CustomerAuditAction("COMPANY_DETACHED",
            "Removed from a company");

    /** Digital library changes an admin user made (see io.custmgr.library.service.LibraryAdminService). */
    public static final CustomerAuditAction LIBRARY_GRANTED = new CustomerAuditAction("LIBRARY_GRANTED",
            "Library item granted");
    public static final CustomerAuditAction LIBRARY_NOTE_CHANGED = new CustomerAuditAction("LIBRARY_NOTE_CHANGED",
            "Library note changed");
    public static final CustomerAuditAction LIBRARY_REVOKED = new CustomerAuditAction("LIBRARY_REVOKED",
            "Library item revoked");
    public static final CustomerAuditAction LIBRARY_RESTORED = new CustomerAuditAction("LIBRARY_RESTORED",
            "Library item restored");
    public static final CustomerAuditAction LIBRARY_REBUILT = new CustomerAuditAction("LIBRARY_REBUILT",
            "Library rebuilt from order history");

    /** A payment or refund an admin user recorded by hand (see io.custmgr.customer.orders.transaction). */
    public static final CustomerAuditAction TRANSACTION_RECORDED = new CustomerAuditAction("TRANSACTION_RECORDED",
            "Manual transaction recorded");
    /** Reward points an admin user added or removed (see io.custmgr.rewards.service.RewardPointsService). */
    public static final CustomerAuditAction POINTS_ADJUSTED = new CustomerAuditAction("POINTS_ADJUSTED",
            "Reward points adjusted");

    /** @return the action with this code, or null for an unknown or null code */
    public static CustomerAuditAction getInstance(String type) {
        synchronized (ACTIONS) {
            return type == null ? null : ACTIONS.get(type);
        }
    }

    public CustomerAuditAction() {
        // Broadleaf's admin instantiates enumeration types reflectively
    }

    public CustomerAuditAction(String type, String friendlyType) {
        super(type, friendlyType);
        synchronized (ACTIONS) {
            if (!ACTIONS.containsKey(type)) {
                ACTIONS.put(type, this);
            }
        }
    }
}
