package vn.lienthong.web.ui.exchange;

import jakarta.faces.context.FacesContext;
import vn.lienthong.exchange.HoldReason;
import vn.lienthong.platform.Messages;

/** Why a document is held, said in the page's language: file, grade, the stamp as written and its line. */
final class HoldText {

    private HoldText() {
    }

    static String of(HoldReason reason) {
        if (reason == null) {
            return "";
        }
        return Messages.format(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "content.stamp.unmarked",
                reason.fileName(), reason.grade().label(), reason.matched(), reason.line());
    }
}
