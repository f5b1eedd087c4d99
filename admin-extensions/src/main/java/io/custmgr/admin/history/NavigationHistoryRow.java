package io.custmgr.admin.history;

import io.custmgr.history.domain.PageView;

import java.text.SimpleDateFormat;
import java.util.Locale;

/** One page view as the admin shows it: text only, escaped by the template like anything a shopper typed. */
public class NavigationHistoryRow {

    private final String time;
    private final String ipAddress;
    private final String method;
    private final String url;
    private final String timeOnPage;
    private final String referrer;
    private final String browser;
    private final String item;
    private final String userAgent;
    private final boolean bot;
    private final String assistedBy;

    public NavigationHistoryRow(PageView view) {
        this.time = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss", Locale.ROOT).format(view.getViewTime());
        this.ipAddress = view.getIpAddress();
        this.method = view.getHttpMethod();
        this.url = view.getUrl();
        this.timeOnPage = view.getTimeOnPageMs() == null ? ""
                : String.format(Locale.ROOT, "%.1f s", view.getTimeOnPageMs() / 1000.0);
        this.referrer = view.getReferrer();
        this.browser = join(join(view.getBrowserName(), view.getBrowserVersion(), " "), view.getOperatingSystem(), " / ");
        this.item = view.getItemName();
        this.userAgent = view.getUserAgent();
        this.bot = view.isBot();
        this.assistedBy = view.getAssistedBy() == null ? "" : view.getAssistedBy();
    }

    private static String join(String first, String second, String separator) {
        if (first == null || first.isEmpty()) {
            return second == null ? "" : second;
        }
        return second == null || second.isEmpty() ? first : first + separator + second;
    }

    /** The admin user signed in as the customer ("Login as customer") when the page was viewed, or "". */
    public String getAssistedBy() {
        return assistedBy;
    }

    public String getTime() {
        return time;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public String getMethod() {
        return method;
    }

    public String getUrl() {
        return url;
    }

    public String getTimeOnPage() {
        return timeOnPage;
    }

    public String getReferrer() {
        return referrer;
    }

    public String getBrowser() {
        return browser;
    }

    public String getItem() {
        return item;
    }

    public boolean isBot() {
        return bot;
    }

    /** The raw header, kept for what the parser could not tell. */
    public String getUserAgent() {
        return userAgent;
    }
}
