package vn.lienthong.web.ui.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import vn.lienthong.web.platform.LanguageFilter;

import java.util.Locale;

/** The page language: Vietnamese unless the session switched to English (see {@link LanguageFilter}). */
@Named("language")
@RequestScoped
public class LocaleBean {

    public Locale getLocale() {
        return SessionLanguageViewHandler.chosen(FacesContext.getCurrentInstance());
    }

    public boolean isEnglish() {
        return "en".equals(getLocale().getLanguage());
    }

    /** Official dates are Vietnamese dates, wherever the reader is. */
    public java.time.ZoneId getZone() {
        return vn.lienthong.platform.ClockProducer.VIETNAM;
    }

    /** dd/MM/yyyy is how Vietnamese officials write dates, in either language of the page. */
    public String getDatePattern() {
        return "dd/MM/yyyy";
    }
}
