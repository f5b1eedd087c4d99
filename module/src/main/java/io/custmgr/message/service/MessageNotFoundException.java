package io.custmgr.message.service;

/** No such message for this customer, or no such customer (the storefront and admin answer 404). */
public class MessageNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MessageNotFoundException(String what) {
        super("Not found: " + what);
    }
}
