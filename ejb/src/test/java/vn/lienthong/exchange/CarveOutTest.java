package vn.lienthong.exchange;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CarveOutTest {

    @ParameterizedTest
    @EnumSource(value = Secrecy.class, names = {"MAT", "TOI_MAT", "TUYET_MAT"})
    void classifiedDocumentIsNeverSentElectronically(Secrecy secrecy) {
        CarvedOutException e = assertThrows(CarvedOutException.class, () -> CarveOut.requireElectronic(secrecy, false));
        assertEquals(CarveOut.CLASSIFIED, e.reason());
        assertEquals("exchange.carveOut.classified", e.messageKey());
        assertEquals(Optional.of(CarveOut.CLASSIFIED), CarveOut.of(secrecy, true));
    }

    @Test
    void paperOnlyDocumentIsRecordedAsPaperInTheNormalSeries() {
        CarvedOutException e = assertThrows(CarvedOutException.class,
                () -> CarveOut.requireElectronic(Secrecy.THUONG, true));
        assertEquals(CarveOut.PAPER_ONLY, e.reason());
        assertEquals(RegisterSeries.NORMAL, e.reason().series());
    }

    @Test
    void classifiedDocumentsAreNumberedInTheirOwnSeries() {
        assertEquals(RegisterSeries.SECRET, CarveOut.CLASSIFIED.series());
        assertEquals(RegisterSeries.SECRET, RegisterSeries.of(Secrecy.TOI_MAT));
        assertEquals(RegisterSeries.NORMAL, RegisterSeries.of(Secrecy.THUONG));
    }

    @Test
    void anOrdinaryElectronicDocumentPasses() {
        assertEquals(Optional.empty(), CarveOut.of(Secrecy.THUONG, false));
        assertDoesNotThrow(() -> CarveOut.requireElectronic(Secrecy.THUONG, false));
        assertEquals("Tuyệt mật", Secrecy.TUYET_MAT.label());
    }
}
