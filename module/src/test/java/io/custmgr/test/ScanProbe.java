package io.custmgr.test;

import org.springframework.stereotype.Component;

/** An annotated class of the test harness's package: the module's root context must not make it a bean. */
@Component("cmTestScanProbe")
public class ScanProbe {
}
