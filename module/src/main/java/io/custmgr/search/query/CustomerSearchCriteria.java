package io.custmgr.search.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * A merchant's customer search, as parsed and checked by {@link CustomerSearchParser}: free text, a value per
 * indexed property, ranges, facet filters, sort and page. Empty fields do not filter.
 */
public class CustomerSearchCriteria {

    public enum YesNo { ANY, YES, NO }

    String text;
    String email;
    String userName;
    String name;
    String company;
    String phone;
    String postalCode;
    String city;
    String ip;
    String product;
    Date birthDate;
    String birthMonthDay;
    Date birthFrom;
    Date birthTo;
    Date registeredFrom;
    Date registeredTo;
    Date lastActivityFrom;
    Date lastActivityTo;
    Date lastOrderFrom;
    Date lastOrderTo;
    Integer ordersMin;
    Integer ordersMax;
    BigDecimal spentMin;
    BigDecimal spentMax;
    final List<String> groups = new ArrayList<String>();
    final List<String> countries = new ArrayList<String>();
    final List<String> flags = new ArrayList<String>();
    final List<String> activityStatuses = new ArrayList<String>();
    YesNo guest = YesNo.ANY;
    YesNo deactivated = YesNo.ANY;
    SortKey sort = SortKey.REGISTERED;
    boolean ascending;
    int page = 1;
    int pageSize = 25;

    public String getText() {
        return text;
    }

    public String getEmail() {
        return email;
    }

    public String getUserName() {
        return userName;
    }

    public String getName() {
        return name;
    }

    public String getCompany() {
        return company;
    }

    public String getPhone() {
        return phone;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    public String getIp() {
        return ip;
    }

    public String getProduct() {
        return product;
    }

    public Date getBirthDate() {
        return birthDate;
    }

    public String getBirthMonthDay() {
        return birthMonthDay;
    }

    public Date getBirthFrom() {
        return birthFrom;
    }

    public Date getBirthTo() {
        return birthTo;
    }

    public Date getRegisteredFrom() {
        return registeredFrom;
    }

    public Date getRegisteredTo() {
        return registeredTo;
    }

    public Date getLastActivityFrom() {
        return lastActivityFrom;
    }

    public Date getLastActivityTo() {
        return lastActivityTo;
    }

    public Date getLastOrderFrom() {
        return lastOrderFrom;
    }

    public Date getLastOrderTo() {
        return lastOrderTo;
    }

    public Integer getOrdersMin() {
        return ordersMin;
    }

    public Integer getOrdersMax() {
        return ordersMax;
    }

    public BigDecimal getSpentMin() {
        return spentMin;
    }

    public BigDecimal getSpentMax() {
        return spentMax;
    }

    public List<String> getGroups() {
        return groups;
    }

    public List<String> getCountries() {
        return countries;
    }

    public List<String> getFlags() {
        return flags;
    }

    public List<String> getActivityStatuses() {
        return activityStatuses;
    }

    public YesNo getGuest() {
        return guest;
    }

    public YesNo getDeactivated() {
        return deactivated;
    }

    public SortKey getSort() {
        return sort;
    }

    public boolean isAscending() {
        return ascending;
    }

    public int getPage() {
        return page;
    }

    public int getPageSize() {
        return pageSize;
    }

    /** @return the first row of the page, 0-based */
    public int getStart() {
        return (page - 1) * pageSize;
    }
}
