package vn.lienthong.web.platform;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.lienthong.platform.DomainException;
import vn.lienthong.platform.Messages;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unforeseen: 500 with an incident id the administrator can find in the log, and no stack trace for
 * the client. EJBs wrap unchecked failures in EJBException, so a wrapped domain exception is unwrapped first.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable e) {
        return toResponse(e, headers, uri);
    }

    Response toResponse(Throwable e, HttpHeaders headers, UriInfo uri) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                DomainExceptionMapper mapper = new DomainExceptionMapper();
                mapper.headers = headers;
                mapper.uri = uri;
                return mapper.toResponse(domain);
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, e, () -> "Incident " + incident + " on " + (uri == null ? "?" : uri.getRequestUri().getPath()));
        return Problems.answer(Response.Status.INTERNAL_SERVER_ERROR,
                Messages.format(Problems.locale(headers), "server.error", incident), uri, incident, null);
    }
}
