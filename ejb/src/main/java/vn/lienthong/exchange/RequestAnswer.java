package vn.lienthong.exchange;

/** Where a recall, update or replace request stands, with the edXML status code the sender is told. */
public enum RequestAnswer {
    REQUESTED("13", "Đang chờ trả lời"),
    AGREED("15", "Đồng ý"),
    REFUSED("16", "Từ chối");

    private final String code;
    private final String label;

    RequestAnswer(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
