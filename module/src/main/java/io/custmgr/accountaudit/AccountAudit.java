package io.custmgr.accountaudit;

/**
 * Names the account audit in Broadleaf's admin security (the ceiling entity of its permission rows): Broadleaf loads
 * the ceiling as a class, and the audit's pages have no entity of their own. Nothing implements it.
 */
public interface AccountAudit {
}
