/**
 * Browser tests ({@code *BrowserIT}, run by Failsafe): headless Debian Chromium drives the real sample site.
 *
 * <p>{@code mvn -pl sample-site/launcher verify} starts the site in the test JVM on ports {@code custmgr.sample.port}
 * (18080) and {@code custmgr.sample.db.port} (19001); {@code -Dcustmgr.sample.baseUrl=http://localhost:8080/} uses a
 * site that is already running instead ({@code -Dit.test=StorefrontBrowserIT} runs one class). Pages of failed tests
 * are saved under {@code target/browser-failures/}. Every test creates the customers it changes, with unique e-mail
 * addresses, so the tests do not depend on each other or on their order.
 */
package io.custmgr.sample.browser;
