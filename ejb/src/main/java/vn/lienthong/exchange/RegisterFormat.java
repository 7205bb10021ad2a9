package vn.lienthong.exchange;

import vn.lienthong.exchange.internal.RegisterPdf;
import vn.lienthong.exchange.internal.RegisterXlsx;

/** The files a register is exported as (Decree 30/2020 asks for registers that can be printed and kept). */
public enum RegisterFormat {
    PDF("application/pdf", "pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    RegisterFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String fileName(RegisterSheet sheet) {
        return sheet.fileName() + "." + extension;
    }

    public byte[] render(RegisterSheet sheet) {
        return this == PDF ? RegisterPdf.render(sheet) : RegisterXlsx.render(sheet);
    }
}
