package vn.lienthong.web.ui.exchange;

import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;
import vn.lienthong.exchange.FileRole;
import vn.lienthong.exchange.NewFile;

import java.util.ArrayList;
import java.util.List;

/** Files from PrimeFaces upload fields as the exchange takes them; fields left empty give nothing. */
final class UploadedFileList {

    private UploadedFileList() {
    }

    static List<NewFile> of(UploadedFile main, UploadedFiles appendices) {
        List<NewFile> files = new ArrayList<>();
        one(FileRole.MAIN, main, files);
        if (appendices != null) {
            appendices.getFiles().forEach(f -> one(FileRole.APPENDIX, f, files));
        }
        return files;
    }

    static void one(FileRole role, UploadedFile file, List<NewFile> into) {
        if (file != null && file.getFileName() != null && !file.getFileName().isBlank()) {
            into.add(new NewFile(role, file.getFileName(), file.getContent()));
        }
    }
}
