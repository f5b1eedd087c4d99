package io.custmgr.common.web.error;

import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.security.handler.CsrfFilter;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.multiaction.NoSuchRequestHandlingMethodException;

import java.util.IdentityHashMap;
import java.util.Map;

import javax.servlet.ServletException;

/**
 * Sorts a request's failure into an {@link ErrorKind} by looking at the whole cause chain (Broadleaf wraps the
 * original exception in a {@code ServiceException}, Spring in a {@code NestedServletException}, Broadleaf's admin
 * filter in a {@code RuntimeException}).
 *
 * <p>Bean {@code cmErrorClassifier}; a host with its own "not found" exceptions overrides
 * {@link #isNotFound(Throwable)} in a subclass and replaces the bean by id. Thread-safe, stateless.
 */
public class ErrorClassifier {

    private static final int MAX_CAUSES = 32;

    /**
     * @param failure what was thrown; null when the container reports only a status
     * @param status  the status the container reports (its error dispatch), or null inside the DispatcherServlet
     * @return never null
     */
    public ErrorKind classify(Throwable failure, Integer status) {
        if (failure == null) {
            return status == null ? ErrorKind.FAILURE : ErrorKind.ofStatus(status);
        }
        Map<Throwable, Boolean> seen = new IdentityHashMap<Throwable, Boolean>();
        ErrorKind kind = ErrorKind.FAILURE;
        for (Throwable cause = failure; cause != null && !seen.containsKey(cause) && seen.size() < MAX_CAUSES;
                cause = cause.getCause()) {
            seen.put(cause, Boolean.TRUE);
            if (isCsrfRejection(cause)) {
                return ErrorKind.SESSION_EXPIRED;
            }
            if (isNotFound(cause)) {
                kind = ErrorKind.NOT_FOUND;
            } else if (kind == ErrorKind.FAILURE && isRefused(cause)) {
                kind = ErrorKind.REFUSED;
            }
        }
        return kind;
    }

    /**
     * Broadleaf's {@link CsrfFilter} (and the admin's subclass, which rethrows its exception) wraps the token
     * service's {@link ServiceException} in a {@link ServletException} thrown from the filter itself; the token
     * service's {@code compareToken} throws the {@code ServiceException} when code calls it directly.
     */
    protected boolean isCsrfRejection(Throwable failure) {
        if (failure instanceof ServletException && failure.getCause() instanceof ServiceException) {
            return thrownIn(failure, CsrfFilter.class.getName(), null);
        }
        return failure instanceof ServiceException && thrownIn(failure, null, "compareToken");
    }

    /**
     * A record or page that does not exist: JPA's and Hibernate's "not found", an id that is no number (Spring's
     * type conversion of a path variable, or Broadleaf parsing one), no handler for the request, and any exception
     * named {@code …NotFoundException} (the module's own, such as {@code AddressNotFoundException}).
     */
    protected boolean isNotFound(Throwable failure) {
        if (failure instanceof TypeMismatchException || failure instanceof NumberFormatException
                || failure instanceof NoSuchRequestHandlingMethodException) {
            return true;
        }
        for (Class<?> type = failure.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            String name = type.getName();
            if (name.endsWith("NotFoundException") || name.equals("org.hibernate.ObjectNotFoundException")) {
                return true;
            }
        }
        return false;
    }

    /** The client errors Spring MVC answers itself with a 4xx status, and {@code @ResponseStatus} exceptions. */
    protected boolean isRefused(Throwable failure) {
        return failure instanceof HttpRequestMethodNotSupportedException
                || failure instanceof HttpMediaTypeException
                || failure instanceof ServletRequestBindingException
                || failure instanceof MultipartException
                || failure.getClass().getName().startsWith("org.springframework.http.converter.HttpMessageNotReadable")
                || AnnotationUtils.findAnnotation(failure.getClass(), ResponseStatus.class) != null;
    }

    /** Whether the throwable's first frame is in that class (when given) and method (when given). */
    protected static boolean thrownIn(Throwable failure, String className, String methodName) {
        StackTraceElement[] frames = failure.getStackTrace();
        if (frames == null || frames.length == 0) {
            return false;
        }
        StackTraceElement top = frames[0];
        return (className == null || className.equals(top.getClassName()))
                && (methodName == null || methodName.equals(top.getMethodName()));
    }
}
