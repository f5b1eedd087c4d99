package io.custmgr.history.service;

import java.util.Date;

/**
 * What the storefront saw of one page view, handed to {@link PageViewRecorder#record(PageViewEvent)}. A plain mutable
 * value: the request thread fills it and must not touch it after recording (the writer thread reads it later).
 * Strings longer than their columns are cut by the writer.
 */
public class PageViewEvent {

    private Long customerId;
    private String sessionHash;
    private Date viewTime;
    private String ipAddress;
    private String httpMethod;
    private String url;
    private String referrer;
    private String userAgent;
    private String browserName;
    private String browserVersion;
    private String operatingSystem;
    private boolean bot;
    private Long productId;
    private Long categoryId;
    private String itemName;
    private String assistedBy;

    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long customerId) { this.customerId = customerId; }
    public String getSessionHash() { return sessionHash; }
    public void setSessionHash(String sessionHash) { this.sessionHash = sessionHash; }
    public Date getViewTime() { return viewTime; }
    public void setViewTime(Date viewTime) { this.viewTime = viewTime; }
    public String getIpAddress() { return ipAddress; }
    public void setIpAddress(String ipAddress) { this.ipAddress = ipAddress; }
    public String getHttpMethod() { return httpMethod; }
    public void setHttpMethod(String httpMethod) { this.httpMethod = httpMethod; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getReferrer() { return referrer; }
    public void setReferrer(String referrer) { this.referrer = referrer; }
    public String getUserAgent() { return userAgent; }
    public void setUserAgent(String userAgent) { this.userAgent = userAgent; }
    public String getBrowserName() { return browserName; }
    public void setBrowserName(String browserName) { this.browserName = browserName; }
    public String getBrowserVersion() { return browserVersion; }
    public void setBrowserVersion(String browserVersion) { this.browserVersion = browserVersion; }
    public String getOperatingSystem() { return operatingSystem; }
    public void setOperatingSystem(String operatingSystem) { this.operatingSystem = operatingSystem; }
    public boolean isBot() { return bot; }
    public void setBot(boolean bot) { this.bot = bot; }
    public Long getProductId() { return productId; }
    public void setProductId(Long productId) { this.productId = productId; }
    public Long getCategoryId() { return categoryId; }
    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
    public String getItemName() { return itemName; }
    public void setItemName(String itemName) { this.itemName = itemName; }
    /** The login of the admin user signed in as the customer, or null. */
    public String getAssistedBy() { return assistedBy; }
    public void setAssistedBy(String assistedBy) { this.assistedBy = assistedBy; }
}
