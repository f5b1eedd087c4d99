package io.custmgr.admin.mail;

/** Admin paths of a customer's e-mails and private messages. */
public final class CustomerMailPaths {

    private CustomerMailPaths() {
    }

    /** "/customer/{id}/emails": an e-mail's or message's page is this plus "/{id}", the send form plus "/new". */
    public static String of(Long customerId) {
        return "/customer/" + customerId + "/emails";
    }
}
