package vn.lienthong.web.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.lienthong.platform.Messages;

/** The EJB container refused the caller's role: 403, never a stack trace. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(EJBAccessException e) {
        return Problems.answer(Response.Status.FORBIDDEN, Messages.format(Problems.locale(headers), "access.denied"), uri);
    }
}
