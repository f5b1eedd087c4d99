package io.custmgr.sample.browser;

import org.junit.jupiter.api.DynamicTest;
import org.openqa.selenium.By;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The accessibility check of the browser tests: injects axe-core (the {@code org.webjars.npm:axe-core} WebJar on the
 * test classpath, nothing downloaded) into the page the browser shows, runs it with the {@link #TAGS} rule sets —
 * WCAG 2.0 and 2.1 levels A and AA (colour contrast, form labels, image alt text, page title, lang attribute, ...)
 * plus axe's best practices (landmarks, heading order, one {@code h1}) — and fails with a readable report of the
 * violations.
 *
 * <p>{@link #storefront()} applies every rule everywhere. {@link #admin()} leaves out the few findings inside
 * Broadleaf's own admin chrome that the module cannot change without patching Broadleaf's templates
 * ({@link AdminChrome#EXCLUSIONS}); the module's own markup is always checked.
 */
public final class Accessibility {

    /** The axe rule tags that are run. */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    private static final String AXE_SOURCE = readAxe();

    /**
     * Runs axe in the page; the callback gets the violations as plain objects (rule, impact, nodes with their
     * target selectors), without the nodes an exclusion covers (an element inside its part of the page).
     */
    private static final String RUN_AXE = """
            var exclusions = arguments[0], tags = arguments[1], done = arguments[arguments.length - 1];
            function excluded(rule, target) {
                if (target.length !== 1) { return false; }
                var element = document.querySelector(target[0]);
                return element !== null && exclusions.some(function (exclusion) {
                    return exclusion.rule === rule && element.closest(exclusion.within) !== null;
                });
            }
            axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})
                .then(function (results) {
                    done(results.violations.map(function (violation) {
                        return {id: violation.id, impact: violation.impact || '', help: violation.help,
                            helpUrl: violation.helpUrl,
                            nodes: violation.nodes.filter(function (node) {
                                return !excluded(violation.id, node.target);
                            }).map(function (node) {
                                return {target: node.target.map(String).join(' >>> '), html: node.html,
                                    summary: node.failureSummary || ''};
                            })};
                    }).filter(function (violation) { return violation.nodes.length > 0; }));
                })
                .catch(function (error) { done('axe failed: ' + error); });
            """;

    private final List<Exclusion> exclusions;

    private Accessibility(List<Exclusion> exclusions) {
        this.exclusions = List.copyOf(exclusions);
    }

    /** Every rule on the whole page: the storefront is the sample site's own markup. */
    public static Accessibility storefront() {
        return new Accessibility(List.of());
    }

    /** Every rule on the module's admin pages, except in Broadleaf's admin chrome ({@link AdminChrome#EXCLUSIONS}). */
    public static Accessibility admin() {
        return new Accessibility(AdminChrome.EXCLUSIONS);
    }

    /** This check, also leaving out what {@code more} exclusions cover. */
    public Accessibility excluding(Exclusion... more) {
        List<Exclusion> all = new ArrayList<>(exclusions);
        all.addAll(List.of(more));
        return new Accessibility(all);
    }

    /** Checks the page the browser shows now; fails listing every violation. */
    public void check(Browser browser) {
        List<Violation> violations = violations(browser);
        if (!violations.isEmpty()) {
            throw new AssertionError(report(browser.currentUrl(), browser.title(), violations));
        }
    }

    /**
     * One test per page: opens it and checks it, in list order.
     * @param url turns a page's path into its URL, e.g. {@code site::storefront} or {@code site::admin}
     */
    public Stream<DynamicTest> checks(Browser browser, Function<String, String> url, List<Page> pages) {
        return pages.stream().map(page -> DynamicTest.dynamicTest(page.toString(), () -> {
            page.open(browser, url);
            check(browser);
        }));
    }

    /** The violations on the page the browser shows now, after the {@link Exclusion}s. */
    public List<Violation> violations(Browser browser) {
        browser.until(driver -> "complete".equals(browser.script("return document.readyState")));
        if (!Boolean.TRUE.equals(browser.script("return typeof window.axe === 'object';"))) {
            browser.script(AXE_SOURCE);
        }
        Object result = browser.asyncScript(RUN_AXE, exclusions.stream().map(Exclusion::asScriptArgument)
                .collect(Collectors.toList()), TAGS);
        if (!(result instanceof List<?> list)) {
            throw new IllegalStateException("axe did not run on " + browser.currentUrl() + ": " + result);
        }
        List<Violation> violations = new ArrayList<>();
        for (Object item : list) {
            violations.add(Violation.of((Map<?, ?>) item));
        }
        return violations;
    }

    static String report(String url, String title, List<Violation> violations) {
        StringBuilder report = new StringBuilder();
        report.append(violations.size()).append(violations.size() == 1 ? " accessibility rule" : " accessibility rules")
                .append(" violated on ").append(url).append(" (\"").append(title).append("\"):");
        for (Violation violation : violations) {
            report.append("\n- ").append(violation.rule()).append(" (").append(violation.impact()).append("): ")
                    .append(violation.help()).append(" — ").append(violation.helpUrl());
            for (Node node : violation.nodes()) {
                report.append("\n    ").append(node.target()).append("  ").append(shorten(node.html(), 160));
                for (String line : node.summary().split("\n")) {
                    if (!line.isBlank()) {
                        report.append("\n        ").append(line.trim());
                    }
                }
            }
        }
        return report.toString();
    }

    private static String shorten(String html, int max) {
        String oneLine = html.replaceAll("\\s+", " ");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }

    private static String readAxe() {
        String properties = "META-INF/maven/org.webjars.npm/axe-core/pom.properties";
        try {
            Properties pom = new Properties();
            try (InputStream in = resource(properties)) {
                pom.load(in);
            }
            String script = "META-INF/resources/webjars/axe-core/" + pom.getProperty("version") + "/axe.min.js";
            try (InputStream in = resource(script)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read axe-core from the test classpath", e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Accessibility.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the test classpath (org.webjars.npm:axe-core)");
        }
        return in;
    }

    /**
     * A page to check: opened by its path, or by the address of the first link a CSS selector finds on the page at
     * that path (for pages whose address holds an id the test does not know).
     */
    public record Page(String path, String link) {

        public static Page at(String path) {
            return new Page(path, null);
        }

        public static Page linkedFrom(String path, String link) {
            return new Page(path, link);
        }

        void open(Browser browser, Function<String, String> url) {
            browser.open(url.apply(path));
            if (link != null) {
                // its address, not a click: Broadleaf's grids catch clicks on their rows; the link may be on a tab
                // not shown yet, so present is enough
                browser.open(browser.until(driver -> driver.findElements(By.cssSelector(link)).stream().findFirst()
                        .orElse(null)).getDomProperty("href"));
            }
        }

        @Override
        public String toString() {
            return link == null ? path : path + " → " + link;
        }
    }

    /**
     * One rule not applied to the elements inside one part of the page.
     * @param rule   the axe rule id, e.g. {@code color-contrast}
     * @param within a CSS selector of the part; an element matched or inside it is left out
     * @param reason why the rule cannot be met there, for the report reader
     */
    public record Exclusion(String rule, String within, String reason) {

        Map<String, String> asScriptArgument() {
            return Map.of("rule", rule, "within", within);
        }
    }

    /** A violated rule and the elements that violate it. */
    public record Violation(String rule, String impact, String help, String helpUrl, List<Node> nodes) {

        static Violation of(Map<?, ?> raw) {
            List<Node> nodes = ((List<?>) raw.get("nodes")).stream().map(node -> (Map<?, ?>) node)
                    .map(node -> new Node(String.valueOf(node.get("target")), String.valueOf(node.get("html")),
                            String.valueOf(node.get("summary"))))
                    .collect(Collectors.toList());
            return new Violation(String.valueOf(raw.get("id")), String.valueOf(raw.get("impact")),
                    String.valueOf(raw.get("help")), String.valueOf(raw.get("helpUrl")), nodes);
        }
    }

    /** An element violating a rule: its selector, its opening HTML and what axe says is wrong with it. */
    public record Node(String target, String html, String summary) {
    }
}
