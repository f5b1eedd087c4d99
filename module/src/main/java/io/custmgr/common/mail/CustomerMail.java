package io.custmgr.common.mail;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A message the module sends to a shopper: recipient, Broadleaf e-mail template name and the template's variables.
 * The variables may hold a signed link: never log them.
 */
public class CustomerMail {

    private final String to;
    private final String template;
    private final String subject;
    private final Map<String, Object> variables = new LinkedHashMap<String, Object>();

    public CustomerMail(String to, String template, String subject) {
        this.to = to;
        this.template = template;
        this.subject = subject;
    }

    public CustomerMail with(String name, Object value) {
        variables.put(name, value);
        return this;
    }

    public String getTo() { return to; }
    public String getTemplate() { return template; }
    public String getSubject() { return subject; }
    public Map<String, Object> getVariables() { return Collections.unmodifiableMap(variables); }

    @Override
    public String toString() {
        return "CustomerMail[" + template + "]"; // never the recipient's link
    }
}
