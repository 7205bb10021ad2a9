package vn.lienthong.web.api.mail;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.lienthong.mail.MailFolder;
import vn.lienthong.mail.MailLoginMode;
import vn.lienthong.mail.MessagePage;
import vn.lienthong.mail.MessageView;
import vn.lienthong.mail.RemoteImages;
import vn.lienthong.mail.Webmail;
import vn.lienthong.platform.InvalidInputException;
import vn.lienthong.web.platform.Problems;
import vn.lienthong.web.ui.mail.MailLinks;

import java.util.List;

/**
 * The caller's own official mailbox, in the session that opened it. There is no mailbox parameter anywhere: the
 * mailbox is the one the directory binds to the signed-in account ({@link Webmail}). Opening needs
 * {@code X-Requested-With} with a session cookie, like every other write.
 */
@Path("/mail")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MailResource {

    /** The mailbox password (password mode); leave it out in master mode. */
    public record OpenRequest(String password) {
    }

    /** The mailbox opened: its address and how LienThong logged in. */
    public record OpenedMailbox(String address, MailLoginMode mode) {
    }

    @Inject
    Webmail webmail;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @POST
    @Path("/session")
    @Operation(summary = "Open the caller's own mailbox for this session (403 wrong password, 409 server unreachable)")
    public OpenedMailbox open(OpenRequest request, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        // A Basic-auth caller has no session to come back with: each open would leave an IMAP connection behind.
        if (authorization != null) {
            throw new InvalidInputException("mail.session.browserOnly");
        }
        webmail.open(request == null ? null : request.password());
        return new OpenedMailbox(webmail.address(), webmail.mode());
    }

    @DELETE
    @Path("/session")
    @Operation(summary = "Close the mailbox and forget the password")
    public void close() {
        webmail.close();
    }

    @GET
    @Path("/folders")
    @Operation(summary = "Folders with message and unread counts")
    public List<MailFolder> folders() {
        return webmail.folders();
    }

    @GET
    @Path("/messages")
    @Operation(summary = "One page of a folder, newest first (order=oldest for oldest first); headers only")
    public MessagePage page(@QueryParam("folder") @DefaultValue("INBOX") String folder,
                            @QueryParam("page") @DefaultValue("1") int page,
                            @QueryParam("size") @DefaultValue("50") int size,
                            @QueryParam("order") @DefaultValue("newest") String order) {
        return webmail.use(box -> box.page(folder, page, size, "oldest".equals(order)));
    }

    @GET
    @Path("/messages/{uid}")
    @Operation(summary = "One message, its HTML sanitised with remote images blocked; marks it read")
    public MessageView message(@PathParam("uid") long uid, @QueryParam("folder") @DefaultValue("INBOX") String folder) {
        if (uid < 1) {
            throw new InvalidInputException("request.invalid");
        }
        return webmail.read(folder, uid, RemoteImages.BLOCK,
                MailLinks.inlineImages(uri.getBaseUri().getPath().replaceFirst("/api/?$", ""), folder, uid))
                .inLanguage(Problems.locale(headers));
    }
}
