package io.custmgr.admin.mail;

import io.custmgr.admin.common.CustomerFormExtension;
import io.custmgr.admin.common.ReadOnlyListGrid;
import io.custmgr.admin.orders.AdminFormats;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.maillog.service.MailLogService;
import io.custmgr.maillog.service.MailLogView;
import io.custmgr.message.service.CustomerMessageService;
import io.custmgr.message.service.MessageView;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.annotation.Resource;

/**
 * An "E-mails" tab on the customer form: the e-mails the store sent the customer (every kind, from the e-mail log)
 * and the merchant's private messages, newest first, each row opening its page (preview, resend). Admin users who may
 * message customers get "Send e-mail…" and "Send message…" on the tab (the form's own button bar is left to Broadleaf's
 * buttons and the module's Merge and Navigation history, which already fill it).
 */
@Component("cmCustomerMailsTab")
public class CustomerMailsTab extends CustomerFormExtension {

    public static final String GRID_KEY = "cmCustomerMails";
    public static final String TAB_TITLE = "CustomerMails_Tab";
    public static final int TAB_ORDER = 9000;

    @Resource(name = "cmMailLogService")
    protected MailLogService mailLog;

    @Resource(name = "cmCustomerMessageService")
    protected CustomerMessageService messages;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    /** 1-based page number of the tab. */
    public static final String PAGE_PARAM = "cmMailsPage";

    @Value("${custmgr.admin.mailRows}")
    protected int rows;

    @Override
    protected void extend(EntityForm form, Entity entity, Long customerId) {
        String path = CustomerMailPaths.of(customerId);
        ReadOnlyListGrid grid = new ReadOnlyListGrid(GRID_KEY, "CustomerMails_Title", "/customer", form.getId())
                .column("time", "CustomerMails_Time")
                .column("channel", "CustomerMails_Channel")
                .column("kind", "CustomerMails_Kind")
                .column("subject", "CustomerMails_Subject", "30%")
                .column("to", "CustomerMails_To")
                .column("status", "CustomerMails_Status")
                .linkRowsTo(path);
        boolean maySend = permissions.holds(AdminPermissions.MESSAGE_CUSTOMERS);
        if (maySend) {
            grid.link("cmSendEmail", "CustomerMails_SendEmail", path + "/new?channel=email")
                    .link("cmSendMessage", "CustomerMails_SendMessage", path + "/new?channel=message");
        }
        long total = (long) mailLog.countMails(customerId) + messages.countMessages(customerId);
        int lastPage = total == 0 ? 1 : (int) ((total - 1) / rows) + 1;
        int page = Math.min(AdminFormats.positiveParameter(PAGE_PARAM, 1), lastPage);
        for (Row row : rows(customerId, page)) {
            grid.row(row.id, row.values);
        }
        if (page > 1) {
            grid.link("cmMailsPrevious", "CustomerMails_Previous", "/customer/" + customerId + "?" + PAGE_PARAM + "="
                    + (page - 1));
        }
        if (page < lastPage) {
            grid.link("cmMailsNext", "CustomerMails_Next", "/customer/" + customerId + "?" + PAGE_PARAM + "="
                    + (page + 1));
        }
        form.addListGrid(grid.build(), TAB_TITLE, TAB_ORDER);
    }

    /**
     * A page of e-mails and messages together, newest first: the newest {@code page × rows} of each list are read
     * (two bounded queries) and merged, and the page is cut from that.
     */
    protected List<Row> rows(Long customerId, int page) {
        int wanted = page * rows;
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
        List<Row> all = new ArrayList<Row>();
        for (MailLogView mail : mailLog.findMails(customerId, wanted)) {
            all.add(new Row(mail.getId(), mail.getCreated(), format, "E-mail", mail.getKindLabel(), mail.getSubject(),
                    mail.getTo(), mail.getStatus().getLabel()
                            + (mail.getError() == null ? "" : ": " + mail.getError())));
        }
        for (MessageView message : messages.findMessages(customerId, 0, wanted)) {
            all.add(new Row(message.getId(), message.getSent(), format, "Private message", "From the merchant",
                    message.getSubject(), "Storefront inbox", message.isRead()
                            ? "Read " + format.format(message.getReadTime()) : "Unread"));
        }
        Collections.sort(all, new Comparator<Row>() {
            @Override
            public int compare(Row a, Row b) {
                return b.time.compareTo(a.time);
            }
        });
        return all.subList(Math.min(all.size(), (page - 1) * rows), Math.min(all.size(), wanted));
    }

    /** One line of the tab. */
    protected static final class Row {
        final String id;
        final Date time;
        final Map<String, String> values = new LinkedHashMap<String, String>();

        Row(String id, Date time, SimpleDateFormat format, String channel, String kind, String subject, String to,
                String status) {
            this.id = id;
            this.time = time;
            values.put("time", format.format(time));
            values.put("channel", channel);
            values.put("kind", kind);
            values.put("subject", subject);
            values.put("to", to);
            values.put("status", status);
        }
    }
}
