package io.custmgr.sample.mail;

import io.custmgr.common.mail.CustomerMail;
import io.custmgr.common.mail.CustomerMailer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * The sample site sends no real mail: what Broadleaf's {@code blEmailService} would send (through the sample's
 * {@link OutboxMessageCreator}) is stored in {@code CM_SAMPLE_OUTBOX} and shown, newest first, on the storefront's
 * development page {@code /dev/outbox}. Only the link a mail carries is kept. Never in a production site.
 */
public class OutboxCustomerMailer implements CustomerMailer {

    private static final int SHOWN = 100;
    static final String[] LINK_VARIABLES = {"claimUrl", "resetPasswordUrl", "confirmUrl", "orderUrl", "messageUrl",
        "downloadUrl", "joinUrl", "unsubscribeUrl"};

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public OutboxCustomerMailer(DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public boolean send(final CustomerMail mail) {
        String link = null;
        String kind = null;
        for (String variable : LINK_VARIABLES) {
            Object value = mail.getVariables().get(variable);
            if (value != null) {
                link = value.toString();
                kind = variable;
            }
        }
        final String storedLink = link;
        final String storedKind = kind;
        // joins the sender's transaction: a mail of a rolled-back change is not "sent"
        transactions.execute(new TransactionCallback<Object>() {
            @Override
            public Object doInTransaction(TransactionStatus status) {
                jdbc.update("INSERT INTO " + OutboxMailImpl.TABLE + " (MAIL_ID, SENT, TO_ADDRESS, SUBJECT, TEMPLATE, "
                        + "LINK, LINK_KIND) VALUES (?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(),
                        new Timestamp(System.currentTimeMillis()), mail.getTo(), mail.getSubject(),
                        mail.getTemplate(), storedLink, storedKind);
                return null;
            }
        });
        return true;
    }

    public List<SentMail> latest() {
        JdbcTemplate limited = new JdbcTemplate(jdbc.getDataSource());
        limited.setMaxRows(SHOWN);
        return limited.query("SELECT SENT, TO_ADDRESS, SUBJECT, LINK, LINK_KIND FROM " + OutboxMailImpl.TABLE
                + " ORDER BY SENT DESC", new RowMapper<SentMail>() {
                    @Override
                    public SentMail mapRow(ResultSet rs, int rowNum) throws SQLException {
                        return new SentMail(rs.getTimestamp(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5));
                    }
                });
    }

    /** One stored mail. */
    public static class SentMail {

        private final Date sent;
        private final String to;
        private final String subject;
        private final String link;
        private final String linkKind;

        SentMail(Date sent, String to, String subject, String link, String linkKind) {
            this.sent = sent;
            this.to = to;
            this.subject = subject;
            this.link = link;
            this.linkKind = linkKind;
        }

        public Date getSent() { return sent; }
        public String getTo() { return to; }
        public String getSubject() { return subject; }
        public String getLink() { return link; }
        public String getLinkKind() { return linkKind; }
    }
}
