package vn.lienthong.web.api.directory;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.lienthong.directory.AgencyAdministration;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.directory.DirectoryService;
import vn.lienthong.platform.InvalidInputException;
import vn.lienthong.platform.Messages;

import java.util.List;
import java.util.Locale;

/** The agency directory and its people. Scoping by agency is the service's, not this resource's. */
@Path("/directory")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    @Inject
    DirectoryService directory;

    @Inject
    AgencyAdministration administration;

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
        AgencyView created = AgencyView.of(administration.create(request.toRecord()));
        return Response.created(uri.getBaseUriBuilder().path("directory/agencies/{code}").build(created.code()))
                .entity(created).build();
    }

    @PUT
    @Path("/agencies/{code}")
    @Operation(summary = "Correct an agency's name, parent, official email or reach (administrators); the code stays")
    public AgencyView updateAgency(@PathParam("code") String code, @Valid @NotNull NewAgencyRequest request) {
        if (!AgencyCode.parse(code).equals(AgencyCode.parse(request.code()))) {
            throw new InvalidInputException("agency.code.changed", request.code(), code);
        }
        return AgencyView.of(administration.update(request.toRecord()));
    }

    @GET
    @Path("/agencies.csv")
    @Produces("text/csv; charset=UTF-8")
    @Operation(summary = "The whole directory as CSV: code,name,parent_code,official_email,reach (administrators)")
    public Response exportAgencies() {
        return Response.ok(administration.exportCsv())
                .header("Content-Disposition", "attachment; filename=\"danh-ba-co-quan.csv\"").build();
    }

    @POST
    @Path("/agencies.csv")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import agencies from CSV (administrators): new codes are added, known ones updated; "
            + "bad lines are reported with their line number and skipped")
    public AgencyImportView importAgencies(String csv, @Context HttpHeaders headers) {
        List<Locale> accepted = headers.getAcceptableLanguages();
        return AgencyImportView.of(administration.importCsv(csv),
                Messages.supported(accepted.isEmpty() ? null : accepted.get(0)));
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
