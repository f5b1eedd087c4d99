package io.custmgr.merge;

import io.custmgr.merge.service.CustomerMergeStep;
import io.custmgr.merge.service.MergeChoices;
import io.custmgr.merge.service.MergeParties;
import io.custmgr.merge.service.MergeStepReport;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The tests' own merge step, added as a bean like a host would add one, running last: counts the merges it saw, and on
 * demand fails (to prove the whole merge rolls back) or waits inside the merge's transaction (to race a second one).
 */
public class ProbeMergeStep implements CustomerMergeStep {

    static volatile RuntimeException failure;
    static volatile CountDownLatch entered;
    static volatile CountDownLatch release;

    static void reset() {
        failure = null;
        entered = null;
        release = null;
    }

    @Override
    public String getKey() {
        return "probe";
    }

    @Override
    public int getOrder() {
        return Integer.MAX_VALUE;
    }

    @Override
    public MergeStepReport preview(MergeParties parties) {
        return new MergeStepReport(getKey(), "Probe");
    }

    @Override
    public MergeStepReport merge(MergeParties parties, MergeChoices choices) {
        CountDownLatch inside = entered;
        CountDownLatch wait = release;
        if (inside != null && wait != null) {
            inside.countDown();
            try {
                wait.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure != null) {
            throw failure;
        }
        return new MergeStepReport(getKey(), "Probe");
    }
}
