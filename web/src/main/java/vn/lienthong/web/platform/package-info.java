/** The web twin of the platform: problem+json for every failure, CSRF for cookie-borne API calls, the language switch. */
package vn.lienthong.web.platform;
