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

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** JAX-RS's own refusals (unknown path, wrong method or media type, unreadable body) in problem+json too. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final Pattern PARAMETER = Pattern.compile("(?:Query|Path)Param\\(\"([^\"]+)\"\\)");

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
        if (e instanceof NotFoundException && e.getCause() != null) {
            return badParameter(e);
        }
        String key = e instanceof NotFoundException ? "request.notFound" : "request.invalid";
        return Problems.answer(status, Messages.format(Problems.locale(headers), key), uri);
    }

    /**
     * JAX-RS answers 404 when a query or path parameter does not convert ({@code ?year=abc}), which tells the caller
     * the resource is missing; it is their parameter that is wrong, so say so, naming it when the message does.
     */
    private Response badParameter(WebApplicationException e) {
        Matcher name = PARAMETER.matcher(String.valueOf(e.getMessage()));
        String detail = name.find()
                ? Messages.format(Problems.locale(headers), "request.parameter.invalid", name.group(1))
                : Messages.format(Problems.locale(headers), "request.invalid");
        return Problems.answer(Response.Status.BAD_REQUEST, detail, uri);
    }
}
