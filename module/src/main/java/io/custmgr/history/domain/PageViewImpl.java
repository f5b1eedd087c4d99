package io.custmgr.history.domain;

import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;
import org.hibernate.annotations.Table;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * Table {@code CM_PAGE_VIEW}. Ids come from Broadleaf's {@code SEQUENCE_GENERATOR} table, segment
 * {@value #ID_SEGMENT}, which the JDBC writer allocates from as well (see {@code PageViewDao#allocateIds}).
 */
@Entity
@javax.persistence.Table(name = PageViewImpl.TABLE)
@Table(appliesTo = PageViewImpl.TABLE, indexes = {
        @Index(name = "CM_PAGE_VIEW_CUST_TIME_IDX", columnNames = {"CUSTOMER_ID", "VIEW_TIME"}),
        @Index(name = "CM_PAGE_VIEW_TIME_IDX", columnNames = {"VIEW_TIME"})})
public class PageViewImpl implements PageView {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "CM_PAGE_VIEW";
    public static final String ID_SEGMENT = "PageViewImpl";
    /** Hibernate's block size for this segment; the JDBC allocator keeps clear of Hibernate's blocks by this much. */
    public static final int ID_INCREMENT = 50;

    @Id
    @GeneratedValue(generator = "PageViewId")
    @GenericGenerator(name = "PageViewId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = ID_SEGMENT),
                    @Parameter(name = "increment_size", value = "" + ID_INCREMENT),
                    @Parameter(name = "entity_name", value = "io.custmgr.history.domain.PageViewImpl")})
    @Column(name = "PAGE_VIEW_ID")
    protected Long id;

    @Column(name = "CUSTOMER_ID")
    protected Long customerId;

    @Column(name = "SESSION_HASH", length = 64)
    protected String sessionHash;

    @Column(name = "VIEW_TIME", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date viewTime;

    @Column(name = "IP_ADDRESS", length = 45)
    protected String ipAddress;

    @Column(name = "HTTP_METHOD", length = 8)
    protected String httpMethod;

    @Column(name = "URL", length = 1024)
    protected String url;

    @Column(name = "TIME_ON_PAGE_MS")
    protected Long timeOnPageMs;

    @Column(name = "REFERRER", length = 1024)
    protected String referrer;

    @Column(name = "USER_AGENT", length = 512)
    protected String userAgent;

    @Column(name = "BROWSER_NAME", length = 64)
    protected String browserName;

    @Column(name = "BROWSER_VERSION", length = 32)
    protected String browserVersion;

    @Column(name = "OPERATING_SYSTEM", length = 64)
    protected String operatingSystem;

    @Column(name = "IS_BOT")
    protected Boolean bot = Boolean.FALSE;

    @Column(name = "PRODUCT_ID")
    protected Long productId;

    @Column(name = "CATEGORY_ID")
    protected Long categoryId;

    @Column(name = "ITEM_NAME", length = 255)
    protected String itemName;

    /** The admin user signed in as the customer ("Login as customer"), or null. */
    @Column(name = "ASSISTED_BY", length = 255)
    protected String assistedBy;

    @Override public Long getId() { return id; }
    @Override public void setId(Long id) { this.id = id; }
    @Override public Long getCustomerId() { return customerId; }
    @Override public void setCustomerId(Long customerId) { this.customerId = customerId; }
    @Override public String getSessionHash() { return sessionHash; }
    @Override public void setSessionHash(String sessionHash) { this.sessionHash = sessionHash; }
    @Override public Date getViewTime() { return viewTime; }
    @Override public void setViewTime(Date viewTime) { this.viewTime = viewTime; }
    @Override public String getIpAddress() { return ipAddress; }
    @Override public void setIpAddress(String ipAddress) { this.ipAddress = ipAddress; }
    @Override public String getHttpMethod() { return httpMethod; }
    @Override public void setHttpMethod(String httpMethod) { this.httpMethod = httpMethod; }
    @Override public String getUrl() { return url; }
    @Override public void setUrl(String url) { this.url = url; }
    @Override public Long getTimeOnPageMs() { return timeOnPageMs; }
    @Override public void setTimeOnPageMs(Long timeOnPageMs) { this.timeOnPageMs = timeOnPageMs; }
    @Override public String getReferrer() { return referrer; }
    @Override public void setReferrer(String referrer) { this.referrer = referrer; }
    @Override public String getUserAgent() { return userAgent; }
    @Override public void setUserAgent(String userAgent) { this.userAgent = userAgent; }
    @Override public String getBrowserName() { return browserName; }
    @Override public void setBrowserName(String browserName) { this.browserName = browserName; }
    @Override public String getBrowserVersion() { return browserVersion; }
    @Override public void setBrowserVersion(String browserVersion) { this.browserVersion = browserVersion; }
    @Override public String getOperatingSystem() { return operatingSystem; }
    @Override public void setOperatingSystem(String operatingSystem) { this.operatingSystem = operatingSystem; }
    @Override public boolean isBot() { return Boolean.TRUE.equals(bot); }
    @Override public void setBot(boolean bot) { this.bot = bot; }
    @Override public Long getProductId() { return productId; }
    @Override public void setProductId(Long productId) { this.productId = productId; }
    @Override public Long getCategoryId() { return categoryId; }
    @Override public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
    @Override public String getItemName() { return itemName; }
    @Override public void setItemName(String itemName) { this.itemName = itemName; }
    @Override public String getAssistedBy() { return assistedBy; }
    @Override public void setAssistedBy(String assistedBy) { this.assistedBy = assistedBy; }
}
