package io.custmgr.sample.browser;

import java.util.concurrent.atomic.AtomicInteger;

/** Values no other test (and no earlier run against the same running site) has used. */
final class Unique {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Unique() {
    }

    /** @return e.g. {@code lq3x9k2a-7}: letters and digits, unique within and across runs */
    static String token() {
        return RUN + "-" + COUNTER.incrementAndGet();
    }

    /** @return an e-mail address such as {@code bt-profile-lq3x9k2a-7@example.com} */
    static String email(String purpose) {
        return "bt-" + purpose + "-" + token() + "@example.com";
    }
}
