package vn.lienthong.exchange;

import java.util.Objects;
import java.util.Optional;

/**
 * Why a document may not travel electronically. Such documents are only recorded as a paper dispatch;
 * they are left out of the denominator of the "100% electronic" target and reported beside it.
 */
public enum CarveOut {
    /** Mật, Tối mật or Tuyệt mật: never transmitted, stored in the payload store, or indexed. */
    CLASSIFIED(RegisterSeries.SECRET),
    /** Rules or the sender require paper. */
    PAPER_ONLY(RegisterSeries.NORMAL);

    private final RegisterSeries series;

    CarveOut(RegisterSeries series) {
        this.series = series;
    }

    /** The series the paper dispatch is numbered in: classified documents have their own. */
    public RegisterSeries series() {
        return series;
    }

    /** Classified wins over paper-only, since it is the stricter reason and decides the series. */
    public static Optional<CarveOut> of(Secrecy secrecy, boolean paperOnly) {
        Objects.requireNonNull(secrecy, "secrecy");
        if (secrecy.isClassified()) {
            return Optional.of(CLASSIFIED);
        }
        return paperOnly ? Optional.of(PAPER_ONLY) : Optional.empty();
    }

    /** @throws CarvedOutException when the document must not be sent electronically */
    public static void requireElectronic(Secrecy secrecy, boolean paperOnly) {
        Optional<CarveOut> carveOut = of(secrecy, paperOnly);
        if (carveOut.isPresent()) {
            throw new CarvedOutException(carveOut.get());
        }
    }
}
