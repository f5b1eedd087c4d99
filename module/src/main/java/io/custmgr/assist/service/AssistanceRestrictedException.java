package io.custmgr.assist.service;

/**
 * A change an admin user may not make while signed in as a customer (the customer's password, e-mail address or
 * login): thrown out of the flush that would write it, so nothing of it is saved.
 */
public class AssistanceRestrictedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AssistanceRestrictedException(String what) {
        super("Not allowed while assisting a customer: " + what);
    }
}
