package vn.lienthong.exchange;

import vn.lienthong.platform.InvalidInputException;

/** An enum whose constants carry the small integer code that edXML writes for them. */
interface Coded {

    int code();

    static <E extends Enum<E> & Coded> E fromCode(Class<E> type, int code, String messageKey) {
        for (E constant : type.getEnumConstants()) {
            if (constant.code() == code) {
                return constant;
            }
        }
        throw new InvalidInputException(messageKey, code);
    }
}
