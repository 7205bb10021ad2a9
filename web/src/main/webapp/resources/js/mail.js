/* The message frame has no scripts of its own (sandbox without allow-scripts): the page sizes it to its content. */
(function () {
    function fit(frame) {
        try {
            var doc = frame.contentDocument;
            if (doc && doc.documentElement) {
                frame.style.height = Math.max(120, doc.documentElement.scrollHeight + 8) + "px";
            }
        } catch (e) {
            frame.style.height = "60vh";
        }
    }
    document.addEventListener("DOMContentLoaded", function () {
        var frame = document.getElementById("mail-body");
        if (frame) {
            frame.addEventListener("load", function () { fit(frame); });
            if (frame.contentDocument && frame.contentDocument.readyState === "complete") {
                fit(frame);
            }
        }
    });
})();
