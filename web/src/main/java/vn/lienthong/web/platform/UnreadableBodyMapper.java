package vn.lienthong.web.platform;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.lienthong.platform.Messages;

/** A body that is not the JSON the resource expects (wrong type, unknown enum value, broken JSON) is the client's error. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ProcessingException e) {
        return Problems.answer(Response.Status.BAD_REQUEST, Messages.format(Problems.locale(headers), "request.unreadable"), uri);
    }
}
