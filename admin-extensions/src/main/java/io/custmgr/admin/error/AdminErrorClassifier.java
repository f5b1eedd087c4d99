package io.custmgr.admin.error;

import io.custmgr.common.web.error.ErrorClassifier;

import org.broadleafcommerce.openadmin.server.service.AdminEntityServiceImpl;
import org.springframework.util.Assert;

/**
 * The admin's "not found" cases, which Broadleaf 3.1 reports with general exceptions: a section key that names no
 * entity class ({@code ClassNotFoundException} while Broadleaf resolves {@code /nosuchsection}), and a record id with
 * no record ({@code AdminEntityServiceImpl.getRecord}'s {@code Assert.isTrue(…, "Entity not found")}).
 */
public class AdminErrorClassifier extends ErrorClassifier {

    @Override
    protected boolean isNotFound(Throwable failure) {
        return super.isNotFound(failure) || failure instanceof ClassNotFoundException
                || (failure instanceof IllegalArgumentException && isMissingRecord(failure));
    }

    private static boolean isMissingRecord(Throwable failure) {
        StackTraceElement[] frames = failure.getStackTrace();
        int first = 0;
        while (first < frames.length && Assert.class.getName().equals(frames[first].getClassName())) {
            first++;
        }
        return first > 0 && first < frames.length
                && AdminEntityServiceImpl.class.getName().equals(frames[first].getClassName())
                && "getRecord".equals(frames[first].getMethodName());
    }
}
