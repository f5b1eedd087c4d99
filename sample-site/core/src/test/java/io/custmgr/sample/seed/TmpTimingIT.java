package io.custmgr.sample.seed;

import io.custmgr.test.BroadleafIntegrationTest;
import org.junit.jupiter.api.Test;

import javax.annotation.Resource;

@BroadleafIntegrationTest
class TmpTimingIT {
    @Resource(name = "cmSampleDemoDataSeeder")
    DemoDataSeeder seeder;

    @Test
    void time() {
        int size = Integer.getInteger("custmgr.seed.size", 200);
        long t = System.nanoTime();
        DemoDataReport report = seeder.seed(size);
        System.out.println("TIMING size=" + size + " wall=" + (System.nanoTime() - t) / 1000000 + "ms :: " + report);
    }
}
