package io.custmgr.customer.account.dao;

import io.custmgr.customer.account.domain.LoginMatch;

import java.util.Collection;

/** Reads {@code CM_LOGIN_KEY}; the keys themselves are written by {@link LoginKeys} with the customer. */
public interface LoginKeyDao {

    /** @param key trimmed, lower-case address */
    LoginMatch readMatch(String key);

    /**
     * Brings the keys of a customer changed by SQL (not through Hibernate) in line with its row, in the caller's
     * transaction; may throw {@link io.custmgr.customer.account.domain.LoginTakenException}.
     *
     * @param previousValues the customer's user name and e-mail address before the change (shared keys to release)
     */
    void resync(long customerId, Collection<String> previousValues);

    /**
     * Fills the table from the customers when it is empty (the module's first start on an existing store): one key
     * per address, shared when several accounts hold it. Set-based; safe when two webapps start together.
     *
     * @return the number of keys written
     */
    int backfillIfEmpty();
}
