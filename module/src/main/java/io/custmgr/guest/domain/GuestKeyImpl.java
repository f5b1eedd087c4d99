package io.custmgr.guest.domain;

import org.hibernate.annotations.Index;

import java.io.Serializable;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Table {@code CM_GUEST_KEY}: the normalized contact e-mail of a guest profile shared by all checkouts with that
 * e-mail. Its own table because only a primary key is sure to exist as a constraint wherever Hibernate or an
 * integrator's migration creates the schema. Written with JDBC by {@code GuestProfileDao}; mapped so it is created.
 */
@Entity
@Table(name = GuestKeyImpl.TABLE)
public class GuestKeyImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "CM_GUEST_KEY";

    @Id
    @Column(name = "GUEST_KEY", length = GuestProfile.EMAIL_LENGTH)
    protected String guestKey;

    @Column(name = "CUSTOMER_ID", nullable = false)
    @Index(name = "CM_GUEST_KEY_CUSTOMER_IDX")
    protected Long customerId;

    protected GuestKeyImpl() {
        // for Hibernate
    }

    /** For bulk loaders (the sample's seeder); the service writes keys through {@code GuestProfileDao}. */
    public GuestKeyImpl(String guestKey, Long customerId) {
        this.guestKey = guestKey;
        this.customerId = customerId;
    }

    public String getGuestKey() {
        return guestKey;
    }

    public Long getCustomerId() {
        return customerId;
    }
}
