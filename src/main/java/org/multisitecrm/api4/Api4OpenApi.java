package org.multisitecrm.api4;

import jakarta.enterprise.inject.spi.CDI;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.List;
import java.util.Locale;
import org.multisitecrm.catalog.CatalogEntity;
import org.multisitecrm.catalog.CatalogField;
import org.multisitecrm.catalog.EntityCatalog;

/**
 * The OpenAPI document ({@code /openapi}) of the APIv4 endpoint, built from the same metadata the
 * endpoint runs on: one path per exposed entity and action, one schema per entity with its fields.
 * MicroProfile OpenAPI creates this class itself; the metadata comes from CDI.
 */
public class Api4OpenApi implements OASModelReader {

    private static final String BASE = "/civicrm/ajax/api4/";

    @Override
    public OpenAPI buildModel() {
        EntityCatalog entities = CDI.current().select(EntityCatalog.class).get();
        OpenAPI api = OASFactory.createOpenAPI()
                .info(OASFactory.createInfo().title("Multisite CRM APIv4").version("4")
                        .description("CiviCRM's APIv4 wire format. POST with 'params' (JSON) as a form field or in the query"
                                + " string; GET only for get actions. Authenticate with 'X-Civi-Auth: Bearer <api key>'."
                                + " The domain is the request's Host."))
                .components(OASFactory.createComponents())
                .paths(OASFactory.createPaths());
        api.getComponents().addSecurityScheme("civiAuth", OASFactory.createSecurityScheme()
                .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.APIKEY)
                .in(org.eclipse.microprofile.openapi.models.security.SecurityScheme.In.HEADER).name("X-Civi-Auth")
                .description("Bearer <api key>"));
        api.getComponents().addSchema("Error", OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .addProperty("error_code", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("error_message", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER)));
        for (CatalogEntity entity : entities.all()) {
            Schema schema = OASFactory.createSchema().type(Schema.SchemaType.OBJECT).description(entity.description());
            for (CatalogField field : entity.allFields()) {
                schema.addProperty(field.name(), typed(OASFactory.createSchema(), field)
                        .description(field.title() + (field.foreignEntity().map(fk -> " (" + fk + " id)").orElse(""))
                                + (field.readOnly() ? ", read-only" : "") + (field.required() ? ", required to create" : ""))
                        .readOnly(field.readOnly()));
            }
            api.getComponents().addSchema(entity.name(), schema);
            for (String action : entity.actions()) {
                api.getPaths().addPathItem(BASE + entity.name() + "/" + action,
                        OASFactory.createPathItem().POST(operation(entity.name(), action)));
            }
        }
        for (String action : List.of("get", "set", "revert", "getFields", "getActions")) {
            api.getPaths().addPathItem(BASE + SettingActions.ENTITY + "/" + action,
                    OASFactory.createPathItem().POST(operation(SettingActions.ENTITY, action)));
        }
        for (String action : List.of("get", "getActions")) {
            api.getPaths().addPathItem(BASE + EntityMetadata.ENTITY + "/" + action,
                    OASFactory.createPathItem().POST(operation(EntityMetadata.ENTITY, action)));
        }
        for (String action : List.of("get", "check", "getActions")) {
            api.getPaths().addPathItem(BASE + SystemActions.ENTITY + "/" + action,
                    OASFactory.createPathItem().POST(operation(SystemActions.ENTITY, action)));
        }
        api.getPaths().addPathItem("/civicrm/ajax/api4", OASFactory.createPathItem().POST(OASFactory.createOperation()
                .summary("Batch: 'calls' = {\"key\": [entity, action, params, index?], ...}; answers each key with its result or error")
                .addParameter(OASFactory.createParameter().name("calls").in(Parameter.In.QUERY)
                        .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse()
                        .description("Each call's result or error")))));
        return api;
    }

    /** The entities answered by their own adapters, whose rows have no schema of their own here. */
    private static final java.util.Set<String> PSEUDO_ENTITIES = java.util.Set.of(SettingActions.ENTITY, EntityMetadata.ENTITY,
            SystemActions.ENTITY);

    private static Operation operation(String entity, String action) {
        String schemaRef = "#/components/schemas/" + entity;
        Content result = OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                .schema(OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                        .addProperty("entity", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                        .addProperty("action", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                        .addProperty("version", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
                        .addProperty("count", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
                        .addProperty("countFetched", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
                        .addProperty("countMatched", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
                        .addProperty("values", PSEUDO_ENTITIES.contains(entity)
                                ? OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                                : OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(OASFactory.createSchema().ref(schemaRef)))));
        Content error = OASFactory.createContent().addMediaType("application/json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Error")));
        MediaType form = OASFactory.createMediaType().schema(OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .addProperty("params", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("JSON object of the action's parameters")));
        return OASFactory.createOperation()
                .operationId(entity.substring(0, 1).toLowerCase(Locale.ROOT) + entity.substring(1) + "_" + action)
                .summary(entity + "." + action)
                .addTag(entity)
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("civiAuth"))
                .requestBody(OASFactory.createRequestBody().content(OASFactory.createContent()
                        .addMediaType("application/x-www-form-urlencoded", form)))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("The result").content(result))
                        .addAPIResponse("400", OASFactory.createAPIResponse().description("Bad params; the message names the field").content(error))
                        .addAPIResponse("401", OASFactory.createAPIResponse().description("Missing or wrong API key").content(error))
                        .addAPIResponse("403", OASFactory.createAPIResponse().description("Refused").content(error))
                        .addAPIResponse("404", OASFactory.createAPIResponse().description("Unknown entity or action").content(error))
                        .addAPIResponse("409", OASFactory.createAPIResponse().description("Conflict").content(error)));
    }

    /** A field's JSON type: a list of ids for a list, any JSON for a serialized column, else by its data type. */
    private static Schema typed(Schema schema, CatalogField field) {
        if (field.isList() || !field.isColumn()) {
            return schema.type(Schema.SchemaType.ARRAY).items(OASFactory.createSchema().type(Schema.SchemaType.INTEGER));
        }
        return field.serialized() ? schema : schema.type(schemaType(field));
    }

    private static Schema.SchemaType schemaType(CatalogField field) {
        return switch (field.dataType()) {
            case "Integer" -> Schema.SchemaType.INTEGER;
            case "Boolean" -> Schema.SchemaType.BOOLEAN;
            case "Money" -> Schema.SchemaType.NUMBER;
            default -> Schema.SchemaType.STRING;
        };
    }
}
