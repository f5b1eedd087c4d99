package io.custmgr.customer.profile.service;

import io.custmgr.customer.profile.domain.CustomerProfile;
import io.custmgr.customer.profile.domain.ProfiledCustomer;
import org.apache.commons.lang3.time.DateUtils;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.util.Calendar;
import java.util.Date;

@Service("cmCustomerProfileService")
public class CustomerProfileServiceImpl implements CustomerProfileService {

    public static final String DOB_IN_FUTURE = "CustomerProfile_DateOfBirth_InFuture";
    public static final String DOB_TOO_EARLY = "CustomerProfile_DateOfBirth_TooEarly";
    public static final String DOB_TOO_YOUNG = "CustomerProfile_DateOfBirth_TooYoung";

    @Value("${custmgr.profile.dateOfBirth.earliestYear}")
    protected int earliestBirthYear;

    @Value("${custmgr.profile.dateOfBirth.minimumAgeYears}")
    protected int minimumAgeYears;

    @Override
    public CustomerProfile findProfile(Customer customer) {
        if (!(customer instanceof ProfiledCustomer)) {
            throw new IllegalStateException(customer.getClass().getName() + " does not carry the customer profile: "
                    + "start the JVM with -javaagent:spring-instrument.jar so Broadleaf's class transformers run");
        }
        return ((ProfiledCustomer) customer).getCustomerProfile();
    }

    @Override
    public String checkDateOfBirth(Date dateOfBirth, Date today) {
        if (dateOfBirth == null) {
            return null;
        }
        Date day = DateUtils.truncate(dateOfBirth, Calendar.DATE);
        Date todayStart = DateUtils.truncate(today, Calendar.DATE);
        if (day.after(todayStart)) {
            return DOB_IN_FUTURE;
        }
        Calendar earliest = Calendar.getInstance();
        earliest.clear();
        earliest.set(earliestBirthYear, Calendar.JANUARY, 1);
        if (day.before(earliest.getTime())) {
            return DOB_TOO_EARLY;
        }
        if (day.after(DateUtils.addYears(todayStart, -minimumAgeYears))) {
            return DOB_TOO_YOUNG;
        }
        return null;
    }
}
