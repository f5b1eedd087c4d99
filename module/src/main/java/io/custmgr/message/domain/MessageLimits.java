package io.custmgr.message.domain;

/** Sizes of what the merchant types into a private message or an e-mail to a customer. */
public final class MessageLimits {

    public static final int SUBJECT_LENGTH = 200;
    public static final int BODY_LENGTH = 5000;
    public static final int REQUEST_KEY_LENGTH = 64;

    private MessageLimits() {
    }
}
