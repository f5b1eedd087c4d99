package io.custmgr.common.mail;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A message the module sends to a shopper: recipient, Broadleaf e-mail template name and the template's variables,
 * or a body rendered already (a merchant's own e-mail). The variables may hold a signed link: never log them.
 *
 * <p>What the e-mail log needs besides the template's variables travels with them under the {@code cm…} names
 * below, so it reaches whatever message creator the host has behind {@code blEmailService}.
 */
public class CustomerMail {

    /** Variable holding the mail's {@link MailKind} code. */
    public static final String KIND_VARIABLE = "cmMailKind";
    /** Variable holding the id of the customer the mail is for. */
    public static final String CUSTOMER_VARIABLE = "cmCustomerId";
    /** Variable holding the id of the e-mail log entry written before the mail was handed on, if one was. */
    public static final String LOG_ID_VARIABLE = "cmMailLogId";

    private final String to;
    private final String template;
    private final String subject;
    private final Map<String, Object> variables = new LinkedHashMap<String, Object>();
    private String body;

    public CustomerMail(String to, String template, String subject) {
        this.to = to;
        this.template = template;
        this.subject = subject;
    }

    public CustomerMail with(String name, Object value) {
        variables.put(name, value);
        return this;
    }

    /** Names the mail's kind and the customer it is for, for the e-mail log. */
    public CustomerMail about(MailKind kind, Long customerId) {
        return with(KIND_VARIABLE, kind == null ? null : kind.getType()).with(CUSTOMER_VARIABLE, customerId);
    }

    /** A body rendered already (HTML): sent as it is instead of rendering the template. */
    public CustomerMail withBody(String html) {
        this.body = html;
        return this;
    }

    public String getTo() { return to; }
    public String getTemplate() { return template; }
    public String getSubject() { return subject; }
    /** @return the rendered body, or null to render {@link #getTemplate()} */
    public String getBody() { return body; }
    public Map<String, Object> getVariables() { return Collections.unmodifiableMap(variables); }

    @Override
    public String toString() {
        return "CustomerMail[" + template + "]"; // never the recipient's link
    }
}
