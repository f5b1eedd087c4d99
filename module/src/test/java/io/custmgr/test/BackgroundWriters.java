package io.custmgr.test;

import io.custmgr.common.async.BackgroundBatchQueue;
import org.springframework.context.ApplicationContext;

/**
 * The module's background writers (activity, page views, live match keys) finish what earlier tests queued: Hibernate
 * 4.1 reports even rolled-back inserts to post-commit listeners, and a writer still busy with them would wait for a
 * test transaction's table locks on HSQLDB while holding its own. Call it first in a rolled-back test's set-up.
 */
public final class BackgroundWriters {

    private static final String[] WRITERS = {"cmActivityRecorder", "cmPageViewRecorder", "cmCustomerMatchKeyRefresher"};

    private BackgroundWriters() {
    }

    public static void flushAll() throws InterruptedException {
        ApplicationContext spring = BroadleafTestContext.get();
        for (String writer : WRITERS) {
            spring.getBean(writer, BackgroundBatchQueue.class).flush(10000L);
        }
    }
}
