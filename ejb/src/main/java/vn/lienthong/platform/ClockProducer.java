package vn.lienthong.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/** The one source of time, so that tests can fix it (midnight on 31 December, the day after Tết). */
@ApplicationScoped
public class ClockProducer {

    /** Official dates (numbering years, working days) are Vietnamese dates. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Produces
    @ApplicationScoped
    public Clock clock() {
        return Clock.system(VIETNAM);
    }
}
