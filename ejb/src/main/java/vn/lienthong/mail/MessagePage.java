package vn.lienthong.mail;

import java.util.List;

/**
 * One page of a folder's message list or of a search's results, newest first.
 *
 * @param page  the page number, from 1
 * @param total messages in the folder, or matching the search
 */
public record MessagePage(String folder, int page, int pageSize, int total, List<MessageSummary> messages) {

    public MessagePage {
        messages = List.copyOf(messages);
    }

    public int pageCount() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
