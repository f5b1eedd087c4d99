package io.custmgr.customer.account.domain;

/**
 * A part embedded into the customer (a {@code @Embeddable} the module copies into the host's customer) that can say
 * the customer signs in with no login of its own — a guest profile, say: such a customer holds no login key. The
 * feature that adds such customers implements it, so the login keys need not know that feature.
 */
public interface LoginExempt {

    /** @return true when the customer holding this part has no login (its user name and e-mail hold no key) */
    boolean isLoginExempt();
}
