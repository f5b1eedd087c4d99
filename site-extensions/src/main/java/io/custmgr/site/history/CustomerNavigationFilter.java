package io.custmgr.site.history;

import io.custmgr.common.async.RateLimitedWarning;
import io.custmgr.common.metrics.LatencyHistogram;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Records storefront page views (navigation history). Thin on purpose: it lets the request run, then hands it to the
 * {@link NavigationRecordingProcessor}, whose catalog item attributes only exist after the DispatcherServlet ran.
 * Tracking must never break a request: anything the processor throws is swallowed and logged at most once a minute.
 * Belongs in the host's {@code blPostSecurityFilterChain} after {@code blCustomerStateFilter}, which puts the customer
 * on the request.
 */
public class CustomerNavigationFilter extends OncePerRequestFilter {

    private static final Log LOG = LogFactory.getLog(CustomerNavigationFilter.class);

    private final NavigationRecordingProcessor processor;
    private final RateLimitedWarning warning = new RateLimitedWarning(LOG, 60000L);
    private final LatencyHistogram recordingTime = new LatencyHistogram();
    private volatile boolean enabled = true;

    public CustomerNavigationFilter(NavigationRecordingProcessor processor) {
        this.processor = processor;
    }

    /** Switches recording on or off at run time (setting custmgr.history.enabled; the benchmark flips it). */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** Time each request spent on recording (after the page was served): what tracking adds to a request. */
    public LatencyHistogram getRecordingTime() {
        return recordingTime;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!enabled) {
            chain.doFilter(request, response);
            return;
        }
        long startedAt = System.currentTimeMillis();
        try {
            chain.doFilter(request, response);
        } finally {
            // also when the chain failed: the visitor did ask for the page
            long recordingStarted = System.nanoTime();
            try {
                processor.process(request, startedAt);
            } catch (Throwable e) {
                warning.warn("Navigation history: a page view could not be recorded", e);
            }
            recordingTime.record(System.nanoTime() - recordingStarted);
        }
    }
}
