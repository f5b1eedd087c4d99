package io.custmgr.admin.error;

import io.custmgr.common.web.error.ErrorKind;

import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.server.service.AdminEntityServiceImpl;
import org.junit.jupiter.api.Test;
import org.springframework.util.Assert;
import org.springframework.web.util.NestedServletException;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AdminErrorClassifierTest {

    private final AdminErrorClassifier classifier = new AdminErrorClassifier();

    @Test
    void aRecordIdWithNoRecordIsNotFound() {
        IllegalArgumentException missing = thrownAt(new IllegalArgumentException("Entity not found"),
                frame(Assert.class.getName(), "isTrue"), frame(AdminEntityServiceImpl.class.getName(), "getRecord"));

        assertEquals(ErrorKind.NOT_FOUND, classifier.classify(
                new RuntimeException(new NestedServletException("Request processing failed", missing)), null));
    }

    @Test
    void aSectionKeyThatNamesNoEntityIsNotFound() {
        ServiceException unknownSection = new ServiceException("Unable to fetch results for nosuchsection",
                new RuntimeException(new ClassNotFoundException("nosuchsection")));

        assertEquals(ErrorKind.NOT_FOUND, classifier.classify(unknownSection, null));
    }

    @Test
    void otherIllegalArgumentsAreFailures() {
        IllegalArgumentException elsewhere = thrownAt(new IllegalArgumentException("Entity not found"),
                frame(Assert.class.getName(), "isTrue"), frame("org.example.Other", "getRecord"));
        IllegalArgumentException notAnAssert = thrownAt(new IllegalArgumentException("bad"),
                frame(AdminEntityServiceImpl.class.getName(), "getRecord"));

        assertEquals(ErrorKind.FAILURE, classifier.classify(elsewhere, null));
        assertEquals(ErrorKind.FAILURE, classifier.classify(notAnAssert, null));
    }

    private static StackTraceElement frame(String className, String method) {
        return new StackTraceElement(className, method, null, -1);
    }

    private static <T extends Throwable> T thrownAt(T failure, StackTraceElement... frames) {
        failure.setStackTrace(frames);
        return failure;
    }
}
