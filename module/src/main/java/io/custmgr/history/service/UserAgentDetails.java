package io.custmgr.history.service;

/** Browser, version and operating system read from a User-Agent header; names are null when unknown. */
public class UserAgentDetails {

    private final String browserName;
    private final String browserVersion;
    private final String operatingSystem;
    private final boolean bot;

    public UserAgentDetails(String browserName, String browserVersion, String operatingSystem, boolean bot) {
        this.browserName = browserName;
        this.browserVersion = browserVersion;
        this.operatingSystem = operatingSystem;
        this.bot = bot;
    }

    public String getBrowserName() { return browserName; }
    public String getBrowserVersion() { return browserVersion; }
    public String getOperatingSystem() { return operatingSystem; }
    /** Whether the agent is a crawler (uap's "Spider" device family or the configured bot pattern). */
    public boolean isBot() { return bot; }
}
