package io.custmgr.consent.domain;

import java.io.Serializable;
import java.util.Date;

/** One consent given or withdrawn by (or for) a customer: table {@code CM_CONSENT}. Never changed once written. */
public interface ConsentRecord extends Serializable {

    Long getId();

    Long getCustomerId();

    /** @return e.g. {@link io.custmgr.consent.type.ConsentKind#NEWSLETTER} */
    String getKind();

    /** @return true when given, false when withdrawn */
    boolean isGranted();

    Date getRecordedAt();

    /** @return a {@link io.custmgr.consent.type.ConsentSource} name */
    String getSource();

    /** @return the admin user who recorded it for the customer, or null */
    Long getAdminUserId();

    /** @return the client IP of the storefront (or admin) request, or null (host code, jobs) */
    String getIpAddress();
}
