package io.custmgr.disposable.domain;

import java.io.Serializable;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * A domain of the shipped list that has been loaded into {@code CM_DISPOSABLE_DOMAIN} once (table
 * {@code CM_DISPOSABLE_DOMAIN_SHIPPED}). The start-up loader adds only domains not recorded here, so a domain the
 * merchant deleted stays deleted when the module starts again or ships a newer list. Written by the loader only.
 */
@Entity
@Table(name = ShippedDisposableDomainImpl.TABLE)
public class ShippedDisposableDomainImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "CM_DISPOSABLE_DOMAIN_SHIPPED";

    @Id
    @Column(name = "DOMAIN", length = DisposableDomain.DOMAIN_LENGTH)
    protected String domain;

    @Column(name = "DATE_LOADED", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date dateLoaded;

    public String getDomain() { return domain; }
    public Date getDateLoaded() { return dateLoaded; }
}
