package vn.lienthong.web.ui.platform;

/** One entry of a role's menu: a text key of the UI bundle, the page, and a PrimeIcons icon. */
public record NavigationItem(String labelKey, String outcome, String icon) {
}
