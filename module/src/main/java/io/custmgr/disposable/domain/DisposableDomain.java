package io.custmgr.disposable.domain;

import java.io.Serializable;
import java.util.Date;

/**
 * An e-mail domain whose addresses are throw-away mailboxes (table {@code CM_DISPOSABLE_DOMAIN}): registrations with
 * it count as a spam signal. The domain is stored lower case without a leading dot; its subdomains count too.
 * Rows come from the list shipped with the module (loaded at start-up, source {@link #SOURCE_LIST}) or from the
 * merchant (source {@link #SOURCE_MERCHANT}).
 */
public interface DisposableDomain extends Serializable {

    int DOMAIN_LENGTH = 253;
    String SOURCE_LIST = "LIST";
    String SOURCE_MERCHANT = "MERCHANT";

    Long getId();

    String getDomain();

    /** Sets the domain; it is normalized (trimmed, lower case) when saved. */
    void setDomain(String domain);

    /** @return {@link #SOURCE_LIST} or {@link #SOURCE_MERCHANT} */
    String getSource();

    void setSource(String source);

    Date getDateAdded();

    /** @return the admin user's login that added it, or {@code system} */
    String getAddedBy();
}
