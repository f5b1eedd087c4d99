package io.custmgr.address.service;

import org.broadleafcommerce.profile.core.domain.Address;

import java.util.List;

/**
 * Renders a postal address the way its country writes it. Returns plain text: callers show it escaped (Thymeleaf
 * {@code th:text}, Broadleaf's list grids), never as markup.
 */
public interface AddressFormatter {

    /** @return the address's lines (name, company, street, locality, country), blank parts left out; never null */
    List<String> lines(Address address);

    /** @return {@link #lines} joined by {@code separator} */
    String format(Address address, String separator);
}
