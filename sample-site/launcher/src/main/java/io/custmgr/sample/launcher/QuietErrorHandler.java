package io.custmgr.sample.launcher;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.servlet.ErrorPageErrorHandler;

import java.io.IOException;
import java.io.PrintWriter;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Jetty's own error page, for what the webapp's error page does not answer (no error page, or it failed itself):
 * the status and its reason only. Jetty's default shows the exception, its causes' class names and messages
 * ("CAUSED BY" rows, in every format) and, with showStacks (its default), the stack trace.
 */
final class QuietErrorHandler extends ErrorPageErrorHandler {

    QuietErrorHandler() {
        setShowStacks(false);
        setShowMessageInTitle(false);
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
            HttpServletResponse response, int code, String message, String contentType) throws IOException {
        String reason = HttpStatus.getMessage(code);
        response.setContentType("text/html;charset=utf-8");
        PrintWriter writer = response.getWriter();
        writer.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + code + " " + reason
                + "</title></head><body><h1>" + code + " " + reason + "</h1></body></html>");
        baseRequest.setHandled(true);
    }
}
