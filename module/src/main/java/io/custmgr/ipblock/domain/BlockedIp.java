package io.custmgr.ipblock.domain;

import java.io.Serializable;
import java.util.Date;

/**
 * A blocked IP address or CIDR range (table {@code CM_BLOCKED_IP}): shoppers from it can neither register nor sign in
 * on the storefront. The address is stored normalized ({@link IpRange}) with its first and last address as keys
 * ({@code FIRST_KEY}, {@code LAST_KEY}) for set-based range queries. Created and removed through
 * {@code IpBlockService} or the admin's "Blocked IPs" section, which stamp who created it and when.
 */
public interface BlockedIp extends Serializable {

    int ADDRESS_LENGTH = 50;
    int REASON_LENGTH = 500;
    int CREATED_BY_LENGTH = 100;

    Long getId();

    /** @return the normalized address or range, e.g. {@code 10.1.0.0/16} */
    String getAddress();

    /** Sets the address or range; it is normalized (and its keys computed) when the entity is saved. */
    void setAddress(String address);

    String getFirstKey();

    String getLastKey();

    String getReason();

    void setReason(String reason);

    Date getDateCreated();

    /** @return the admin user's login that created the block, or {@code system} */
    String getCreatedBy();
}
