package vn.lienthong.web.platform;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.lienthong.platform.Messages;

import java.util.Comparator;
import java.util.List;

/** Bean Validation failures answer 400 and name each violated field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<ProblemDetail.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new ProblemDetail.Violation(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(ProblemDetail.Violation::field))
                .toList();
        return Problems.answer(Response.Status.BAD_REQUEST,
                Messages.format(Problems.locale(headers), "request.invalid"), uri, null, violations);
    }

    /** "create.request.username" says nothing to a client that sent "username". */
    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
