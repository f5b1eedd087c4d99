package io.custmgr.maillog.type;

/** Where an e-mail of the log stands. */
public enum MailStatus {

    /** Recorded before it was handed to the host's mail service; no outcome yet. */
    QUEUED("Queued"),
    /** The host's mail service took it. */
    SENT("Sent"),
    /** Rendering or sending failed; the entry holds the error. */
    FAILED("Failed");

    private final String label;

    MailStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
