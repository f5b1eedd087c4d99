package io.custmgr.privacy.export.service;

/** An export that cannot be made: the message says why, in words for the merchant or the shopper. */
public class PersonalDataExportRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PersonalDataExportRefusedException(String reason) {
        super(reason);
    }
}
