package io.custmgr.admin.security;

import org.broadleafcommerce.common.exception.SecurityServiceException;

/**
 * "May the admin user signed in on the current request do X": the one place the module's admin screens, tabs and
 * buttons ask. Two kinds of X:
 * <ul>
 * <li>an operation on an entity, answered by Broadleaf's row-level security (BLC_ADMIN_PERMISSION_ENTITY rows naming
 * the entity's ceiling class or interface, granted through roles);</li>
 * <li>a named permission of its own (e.g. {@code PERMISSION_CUSTMGR_MERGE_CUSTOMERS}), an authority Broadleaf gives
 * the user at login from a friendly permission.</li>
 * </ul>
 * Without a signed-in admin user every answer is no. Nothing here changes data or needs a transaction.
 */
public interface AdminPermissions {

    /**
     * May export customers (CSV, Excel, XML, printable list), from the friendly permission "Export Customers":
     * administrators have it, CSRs not (config/custmgr/sql/load_custmgr_admin_security.sql).
     */
    String EXPORT_CUSTOMERS = "PERMISSION_CUSTMGR_EXPORT_CUSTOMERS";

    /**
     * May send a customer e-mails and private messages from the customer form and resend logged e-mails, from the
     * friendly permission "Message Customers": administrators and CSRs have it (load_custmgr_admin_security.sql).
     */
    String MESSAGE_CUSTOMERS = "PERMISSION_CUSTMGR_MESSAGE_CUSTOMERS";

    /**
     * May see customers' digital libraries (the customer form's Library tab and page), from the friendly permission
     * "View Library": administrators and CSRs have it (load_custmgr_admin_security.sql).
     */
    String VIEW_LIBRARY = "PERMISSION_CUSTMGR_VIEW_LIBRARY";

    /**
     * May grant, annotate, revoke and restore library items, rebuild one customer's library and run the bulk rebuild,
     * from the friendly permission "Manage Library": administrators have it, CSRs not.
     */
    String MANAGE_LIBRARY = "PERMISSION_CUSTMGR_MANAGE_LIBRARY";

    /** May upload and remove the files of digital products, from "Manage Digital Files": administrators have it. */
    String MANAGE_DIGITAL_FILES = "PERMISSION_CUSTMGR_MANAGE_DIGITAL_FILES";

    /** May see the download log (Customer Care → Downloads), from "View Downloads": administrators and CSRs have it. */
    String VIEW_DOWNLOADS = "PERMISSION_CUSTMGR_VIEW_DOWNLOADS";

    /**
     * May see company accounts (Customer Care → Companies, the customer form's Company tab), from "View Companies":
     * administrators and CSRs have it.
     */
    String VIEW_COMPANIES = "PERMISSION_CUSTMGR_VIEW_COMPANIES";

    /**
     * May create, edit, suspend and reactivate companies, add their units and attach or detach customers, from
     * "Manage Companies" (which includes viewing them): administrators have it.
     */
    String MANAGE_COMPANIES = "PERMISSION_CUSTMGR_MANAGE_COMPANIES";

    /**
     * May record manual payments and refunds against a customer's orders (the Transactions tab's "Record a
     * transaction"), from the friendly permission "Record Transactions": administrators have it, CSRs not.
     */
    String RECORD_TRANSACTIONS = "PERMISSION_CUSTMGR_RECORD_TRANSACTIONS";

    /**
     * May add and remove a customer's reward points on the customer form, from the friendly permission "Manage Reward
     * Points": administrators have it, CSRs not (load_custmgr_admin_security.sql).
     */
    String MANAGE_REWARD_POINTS = "PERMISSION_CUSTMGR_MANAGE_REWARD_POINTS";

    /**
     * May see back-in-stock subscriptions (the customer form's Subscriptions tab, Customer Care → Back-in-Stock), from
     * "View Back-in-Stock Subscriptions": administrators and CSRs have it.
     */
    String VIEW_STOCK_SUBSCRIPTIONS = "PERMISSION_CUSTMGR_VIEW_STOCK_SUBSCRIPTIONS";

    /** @return whether the current admin user may do the operation on the ceiling entity; never throws */
    boolean may(AdminOperation operation, Class<?> ceilingEntity);

    /** @throws SecurityServiceException when {@link #may} says no (Broadleaf's admin answers it as "access denied") */
    void check(AdminOperation operation, Class<?> ceilingEntity) throws SecurityServiceException;

    /** @return whether the current admin user holds the named permission (authority); never throws */
    boolean holds(String permission);

    /** @throws SecurityServiceException when {@link #holds} says no */
    void checkHolds(String permission) throws SecurityServiceException;
}
