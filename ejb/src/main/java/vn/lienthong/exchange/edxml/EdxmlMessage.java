package vn.lienthong.exchange.edxml;

/** What the platform carries: a document package or a status message about one. */
public sealed interface EdxmlMessage permits EdxmlPackage, StatusMessage {
}
