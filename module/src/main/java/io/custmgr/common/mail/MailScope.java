package io.custmgr.common.mail;

/**
 * The kind and customer of mails that code of the module has Broadleaf send on its behalf, e.g. the set-password mail
 * of a guest conversion, which Broadleaf's password reset sends: the e-mail log names them from this scope rather than
 * from Broadleaf's EmailInfo. Per thread; always {@link #close} in a finally block.
 */
public final class MailScope {

    private static final ThreadLocal<MailScope> CURRENT = new ThreadLocal<MailScope>();

    private final MailKind kind;
    private final Long customerId;
    private final MailScope outer;

    private MailScope(MailKind kind, Long customerId, MailScope outer) {
        this.kind = kind;
        this.customerId = customerId;
        this.outer = outer;
    }

    public static MailScope open(MailKind kind, Long customerId) {
        MailScope scope = new MailScope(kind, customerId, CURRENT.get());
        CURRENT.set(scope);
        return scope;
    }

    /** @return the innermost open scope of this thread, or null */
    public static MailScope current() {
        return CURRENT.get();
    }

    public void close() {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }

    public MailKind getKind() { return kind; }
    public Long getCustomerId() { return customerId; }
}
