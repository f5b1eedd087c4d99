package io.custmgr.sample.seed;

import org.broadleafcommerce.common.currency.domain.BroadleafCurrency;
import org.broadleafcommerce.common.currency.service.BroadleafCurrencyService;
import org.broadleafcommerce.common.locale.domain.Locale;
import org.broadleafcommerce.common.locale.service.LocaleService;
import org.broadleafcommerce.profile.core.domain.Country;
import org.broadleafcommerce.profile.core.domain.State;
import org.broadleafcommerce.profile.core.service.CountryService;
import org.broadleafcommerce.profile.core.service.StateService;

/**
 * Adds the reference rows demo addresses and orders point at, each only if missing: the USD currency, a default
 * locale (the storefront resolves requests to it, and Broadleaf only finds wishlists of the request's locale),
 * the countries and the US states. Run inside a transaction.
 */
final class ReferenceDataSeeder {

    static final String CURRENCY_CODE = "USD";
    private static final String LOCALE_CODE = "en_US";

    private final EntityFactory entities;
    private final BroadleafCurrencyService currencyService;
    private final LocaleService localeService;
    private final CountryService countryService;
    private final StateService stateService;

    ReferenceDataSeeder(EntityFactory entities, BroadleafCurrencyService currencyService, LocaleService localeService,
            CountryService countryService, StateService stateService) {
        this.entities = entities;
        this.currencyService = currencyService;
        this.localeService = localeService;
        this.countryService = countryService;
        this.stateService = stateService;
    }

    /** @return the code of the locale demo orders are placed in */
    String ensureReferenceData() {
        BroadleafCurrency usd = ensureCurrency();
        for (String[] country : DemoPlaces.COUNTRIES) {
            ensureCountry(country[0], country[1]);
        }
        Country us = countryService.findCountryByAbbreviation(DemoPlaces.US);
        for (String[] state : DemoPlaces.US_STATES) {
            ensureState(state[0], state[1], us);
        }
        return ensureLocale(usd).getLocaleCode();
    }

    private BroadleafCurrency ensureCurrency() {
        BroadleafCurrency usd = currencyService.findCurrencyByCode(CURRENCY_CODE);
        if (usd == null) {
            usd = entities.create(BroadleafCurrency.class);
            usd.setCurrencyCode(CURRENCY_CODE);
            usd.setFriendlyName("US Dollar");
            usd.setDefaultFlag(currencyService.findDefaultBroadleafCurrency() == null);
            usd = currencyService.save(usd);
        }
        return usd;
    }

    private Locale ensureLocale(BroadleafCurrency currency) {
        Locale locale = localeService.findDefaultLocale();
        if (locale == null) {
            locale = localeService.findLocaleByCode(LOCALE_CODE);
        }
        if (locale == null) {
            locale = entities.create(Locale.class);
            locale.setLocaleCode(LOCALE_CODE);
            locale.setFriendlyName("English US");
            locale.setDefaultFlag(Boolean.TRUE);
            locale.setDefaultCurrency(currency);
            locale = localeService.save(locale);
        }
        return locale;
    }

    private void ensureCountry(String code, String name) {
        if (countryService.findCountryByAbbreviation(code) == null) {
            Country country = entities.create(Country.class);
            country.setAbbreviation(code);
            country.setName(name);
            countryService.save(country);
        }
    }

    private void ensureState(String code, String name, Country country) {
        if (stateService.findStateByAbbreviation(code) == null) {
            State state = entities.create(State.class);
            state.setAbbreviation(code);
            state.setName(name);
            state.setCountry(country);
            stateService.save(state);
        }
    }
}
