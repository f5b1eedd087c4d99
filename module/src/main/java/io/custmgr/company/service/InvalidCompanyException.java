package io.custmgr.company.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A company change refused, with a message key per field (or per rule, under the field {@value #GENERAL}); nothing
 * was changed.
 */
public class InvalidCompanyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String GENERAL = "general";
    public static final String NAME_REQUIRED = "Company_Name_Required";
    public static final String TOO_LONG = "Company_TooLong";
    public static final String NAME_TAKEN = "Company_Name_Taken";
    public static final String NOT_A_SHOPPER = "Company_NotAShopper";
    public static final String ALREADY_MEMBER = "Company_AlreadyMember";
    public static final String REQUEST_PENDING = "Company_RequestPending";
    public static final String OTHER_COMPANY = "Company_OtherCompany";
    public static final String NOT_ACTIVE = "Company_NotActive";
    public static final String NOT_PENDING = "Company_NotPending";
    public static final String UNKNOWN_UNIT = "Company_UnknownUnit";
    public static final String UNKNOWN_ROLE = "Company_UnknownRole";
    public static final String REASON_REQUIRED = "Company_ReasonRequired";
    public static final String NOT_ALLOWED = "Company_NotAllowed";
    public static final String EMAIL_REQUIRED = "Company_EmailRequired";
    public static final String NO_SUCH_ACCOUNT = "Company_NoSuchAccount";
    public static final String NOT_A_MEMBER = "Company_NotAMember";
    public static final String LAST_ADMINISTRATOR = "Company_LastAdministrator";
    public static final String NOT_FOUND = "Company_NotFound";
    public static final String ROLE_REQUIRED = "Company_RoleRequired";
    public static final String REQUIRED = "Company_Required";
    public static final String UNKNOWN_COUNTRY = "Company_UnknownCountry";
    public static final String UNKNOWN_KIND = "Company_UnknownKind";
    public static final String NOT_SUSPENDED = "Company_NotSuspended";

    private final Map<String, String> errors;

    public InvalidCompanyException(Map<String, String> errors) {
        super("Refused: " + errors);
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<String, String>(errors));
    }

    public static InvalidCompanyException of(String field, String messageKey) {
        return new InvalidCompanyException(Collections.singletonMap(field, messageKey));
    }

    /** @return message key by field name, in the order found */
    public Map<String, String> getErrors() {
        return errors;
    }
}
