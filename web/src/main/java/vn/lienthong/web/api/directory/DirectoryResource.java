package vn.lienthong.web.api.directory;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.directory.DirectoryService;

import java.util.List;

/** The agency directory and its people. Scoping by agency is the service's, not this resource's. */
@Path("/directory")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    @Inject
    DirectoryService directory;

    @Context
    UriInfo uri;

    @GET
    @Path("/me")
    @Operation(summary = "The signed-in account")
    public AccountView me() {
        return AccountView.of(directory.me());
    }

    @GET
    @Path("/agencies")
    @Operation(summary = "Every agency in the directory")
    public List<AgencyView> agencies() {
        return directory.agencies().stream().map(AgencyView::of).toList();
    }

    @GET
    @Path("/agencies/{code}")
    @Operation(summary = "One agency by its identifier code (mã định danh)")
    public AgencyView agency(@PathParam("code") String code) {
        return AgencyView.of(directory.agency(AgencyCode.parse(code)));
    }

    @GET
    @Path("/agencies/{code}/people")
    @Operation(summary = "The accounts of one agency: your own, or any if you are an auditor or administrator")
    public List<AccountView> people(@PathParam("code") String code) {
        return directory.people(AgencyCode.parse(code)).stream().map(AccountView::of).toList();
    }

    @POST
    @Path("/agencies")
    @Operation(summary = "Add an agency (administrators)")
    public Response registerAgency(@Valid @NotNull NewAgencyRequest request) {
        AgencyView created = AgencyView.of(directory.registerAgency(AgencyCode.parse(request.code()), request.name(),
                request.parentCode() == null || request.parentCode().isBlank() ? null : AgencyCode.parse(request.parentCode()),
                request.officialEmail(), request.reach()));
        return Response.created(uri.getBaseUriBuilder().path("directory/agencies/{code}").build(created.code()))
                .entity(created).build();
    }

    @POST
    @Path("/accounts")
    @Operation(summary = "Open an account (administrators); the password is stored only as a bcrypt hash")
    public Response openAccount(@Valid @NotNull NewAccountRequest request) {
        AccountView created = AccountView.of(directory.openAccount(request.toNewAccount()));
        return Response.created(uri.getBaseUriBuilder().path("directory/agencies/{code}/people")
                .build(created.agencyCode())).entity(created).build();
    }
}
