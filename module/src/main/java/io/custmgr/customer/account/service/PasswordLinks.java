package io.custmgr.customer.account.service;

/**
 * The set-password mail of an account that has no password of its own yet (bean {@code cmPasswordLinks}): a customer
 * the merchant created in the admin, a guest the merchant converted. Broadleaf's own password reset (its token table
 * and {@code blForgotPasswordEmailInfo}) carries it, so the link opens the storefront's reset page; the e-mail log
 * names it "Set your password". Audited.
 */
public interface PasswordLinks {

    /**
     * Mails the link, in the caller's transaction (the account must be saved in it already).
     *
     * @param resetPasswordUrl the storefront's reset page ({@code /login/resetPassword})
     * @param auditDetail what the audit record says beside the action
     * @throws IllegalStateException when Broadleaf refuses the reset (no such user name, deactivated account)
     */
    void sendSetPasswordLink(Long customerId, String resetPasswordUrl, String auditDetail);
}
