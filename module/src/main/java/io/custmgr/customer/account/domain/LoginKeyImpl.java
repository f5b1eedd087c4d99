package io.custmgr.customer.account.domain;

import java.io.Serializable;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.hibernate.annotations.Index;

/**
 * Table {@code CM_LOGIN_KEY}: the sign-in name and e-mail address of every account, trimmed and lower-cased, as the
 * primary key, so two accounts can never hold the same address in different case — not even two registrations
 * racing each other, whichever code path saves them. Guests (generated logins) and Broadleaf's anonymous customers
 * have no key. A key held by several accounts from before the module (see Possible Duplicates) has no customer: it
 * blocks new holders and refuses sign-in until the merchant resolves it. Written with JDBC by {@code LoginKeys};
 * mapped so it is created.
 */
@Entity
@Table(name = LoginKeyImpl.TABLE)
public class LoginKeyImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "CM_LOGIN_KEY";

    /** The host's USER_NAME and EMAIL_ADDRESS columns are VARCHAR(255). */
    public static final int KEY_LENGTH = 255;

    @Id
    @Column(name = "LOGIN_KEY", length = KEY_LENGTH)
    protected String loginKey;

    /** Null while the key is shared by several accounts. */
    @Column(name = "CUSTOMER_ID")
    @Index(name = "CM_LOGIN_KEY_CUSTOMER_IDX")
    protected Long customerId;

    protected LoginKeyImpl() {
        // for Hibernate
    }

    public String getLoginKey() {
        return loginKey;
    }

    public Long getCustomerId() {
        return customerId;
    }
}
