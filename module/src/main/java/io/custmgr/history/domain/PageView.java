package io.custmgr.history.domain;

import java.io.Serializable;
import java.util.Date;

/**
 * One storefront page view of one customer (registered, guest or anonymous), stored in {@code CM_PAGE_VIEW}.
 * Rows are written in batches by the page view recorder with plain JDBC, not through this entity; the entity exists
 * for reading (admin screens, reports) and for the schema. Every getter may return {@code null} unless noted.
 */
public interface PageView extends Serializable {

    Long getId();

    void setId(Long id);

    /** Broadleaf customer id (anonymous customers have ids too); no foreign key, anonymous ids are never saved. */
    Long getCustomerId();

    void setCustomerId(Long customerId);

    /** SHA-256 (hex) of the servlet session id; the raw id is never stored. */
    String getSessionHash();

    void setSessionHash(String sessionHash);

    /** When the request arrived; never null for recorded rows. */
    Date getViewTime();

    void setViewTime(Date viewTime);

    String getIpAddress();

    void setIpAddress(String ipAddress);

    /** {@code GET} or {@code POST}. */
    String getHttpMethod();

    void setHttpMethod(String httpMethod);

    /** Path and query (sensitive parameter values masked), at most 1024 characters. */
    String getUrl();

    void setUrl(String url);

    /** Milliseconds until the same customer's next view; null for the last view of a visit. */
    Long getTimeOnPageMs();

    void setTimeOnPageMs(Long timeOnPageMs);

    String getReferrer();

    void setReferrer(String referrer);

    String getUserAgent();

    void setUserAgent(String userAgent);

    String getBrowserName();

    void setBrowserName(String browserName);

    String getBrowserVersion();

    void setBrowserVersion(String browserVersion);

    String getOperatingSystem();

    void setOperatingSystem(String operatingSystem);

    boolean isBot();

    void setBot(boolean bot);

    Long getProductId();

    void setProductId(Long productId);

    Long getCategoryId();

    void setCategoryId(Long categoryId);

    /** Name of the product or category at view time (catalog names change). */
    String getItemName();

    void setItemName(String itemName);

    /** The login of the admin user who viewed the page signed in as the customer ("Login as customer"), or null. */
    String getAssistedBy();

    void setAssistedBy(String assistedBy);
}
