package org.multisitecrm.api;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.CallerResolver;
import org.multisitecrm.security.IssuedApiKey;
import org.multisitecrm.security.Permission;
import org.multisitecrm.security.SessionCookies;
import org.multisitecrm.security.UserAccount;
import org.multisitecrm.security.UserService;
import org.multisitecrm.tenancy.CurrentDomain;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * The caller's own account on this site: sign in (password, throttled), who am I and what may I do
 * here, password change, API keys (shown once at creation, revocable).
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Inject
    private UserService users;

    @Inject
    private CallerResolver callers;

    @Inject
    private CurrentDomain currentDomain;

    @Context
    private HttpServletRequest request;

    @Context
    private HttpServletResponse response;

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public JsonObject login(@FormParam("username") String username, @FormParam("password") String password) {
        UserAccount user = users.signIn(username, password == null ? new char[0] : password.toCharArray());
        SessionCookies.signIn(request, response, user.getId());
        return describe(callers.resolve(user, currentDomain.get().domainId()));
    }

    @POST
    @Path("logout")
    public JsonObject logout() {
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
        return JSON.createObjectBuilder().add("signed_out", true).build();
    }

    @GET
    @Path("me")
    public JsonObject me() {
        return describe(Caller.require());
    }

    @POST
    @Path("me/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public JsonObject changePassword(@FormParam("current_password") String current, @FormParam("new_password") String next) {
        users.changePassword(Caller.require().userId().orElseThrow(), chars(current), chars(next));
        return JSON.createObjectBuilder().add("password_changed", true).build();
    }

    @POST
    @Path("me/api-keys")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public JsonObject issueKey(@FormParam("label") String label) {
        IssuedApiKey key = users.issueApiKey(Caller.require().userId().orElseThrow(), label == null ? "" : label);
        return JSON.createObjectBuilder().add("id", key.id()).add("api_key", key.key()).add("label", key.label())
                .add("note", "Shown once: only its SHA-256 is kept").build();
    }

    @DELETE
    @Path("me/api-keys/{id}")
    public JsonObject revokeKey(@PathParam("id") long id) {
        users.revokeApiKey(id);
        return JSON.createObjectBuilder().add("id", id).add("revoked", true).build();
    }

    private JsonObject describe(Caller caller) {
        JsonArrayBuilder permissions = JSON.createArrayBuilder();
        caller.permissions().stream().map(Permission::label).sorted().forEach(permissions::add);
        var json = JSON.createObjectBuilder()
                .add("username", caller.username().orElse(""))
                .add("domain_id", caller.domainId().orElse(0L))
                .add("domain", currentDomain.get().name())
                .add("permissions", permissions);
        caller.contactId().ifPresentOrElse(id -> json.add("contact_id", id), () -> json.addNull("contact_id"));
        return json.build();
    }

    private static char[] chars(String value) {
        return value == null ? new char[0] : value.toCharArray();
    }
}
