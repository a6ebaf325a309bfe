package org.multisitecrm.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.multisitecrm.infrastructure.validation.InvalidInput;

/**
 * A report instance exported as CSV, streamed as its rows are read, under the caller's visibility
 * (API key or signed-in session, on the domain's host), as CiviCRM's {@code output=csv}.
 */
@Path("instance")
public class ReportExportResource {

    @Inject
    private ReportRunner runner;

    @GET
    @Path("{id}")
    public Response export(@PathParam("id") long id, @QueryParam("output") String output) {
        if (!"csv".equals(output)) {
            throw new InvalidInput("output", "is csv (the back office shows the report itself)");
        }
        ReportRunner.CsvExport export = runner.csv(id);
        StreamingOutput body = export::writeTo;
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"report-" + id + ".csv\"").build();
    }
}
