package io.custmgr.duplicates.domain;

import java.io.Serializable;

import javax.persistence.Column;
import javax.persistence.Embeddable;

/** The columns of a {@code CM_CUSTOMER_MATCH_KEY} row, all of them its primary key. */
@Embeddable
public class CustomerMatchKeyId implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int KIND_LENGTH = 16;
    public static final int KEY_LENGTH = 512;

    @Column(name = "CUSTOMER_ID", nullable = false)
    protected Long customerId;

    @Column(name = "KIND", length = KIND_LENGTH, nullable = false)
    protected String kind;

    @Column(name = "MATCH_KEY", length = KEY_LENGTH, nullable = false)
    protected String matchKey;

    protected CustomerMatchKeyId() {
        // for Hibernate
    }

    public CustomerMatchKeyId(Long customerId, String kind, String matchKey) {
        this.customerId = customerId;
        this.kind = kind;
        this.matchKey = matchKey;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getKind() {
        return kind;
    }

    public String getMatchKey() {
        return matchKey;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof CustomerMatchKeyId)) {
            return false;
        }
        CustomerMatchKeyId that = (CustomerMatchKeyId) other;
        return customerId.equals(that.customerId) && kind.equals(that.kind) && matchKey.equals(that.matchKey);
    }

    @Override
    public int hashCode() {
        return (customerId.hashCode() * 31 + kind.hashCode()) * 31 + matchKey.hashCode();
    }
}
