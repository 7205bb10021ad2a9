package vn.lienthong.web.platform;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.lienthong.platform.Messages;

/** JAX-RS's own refusals (unknown path, wrong method or media type, unreadable body) in problem+json too. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
        if (status == null || status.getFamily() == Response.Status.Family.SERVER_ERROR) {
            return new UnexpectedExceptionMapper().toResponse(e, headers, uri);
        }
        String key = e instanceof NotFoundException ? "request.notFound" : "request.invalid";
        return Problems.answer(status, Messages.format(Problems.locale(headers), key), uri);
    }
}
