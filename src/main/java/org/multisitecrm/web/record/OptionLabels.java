package org.multisitecrm.web.record;

import jakarta.json.JsonObject;
import org.multisitecrm.catalog.CatalogReads;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/** The labels of an option group's values as this domain is offered them (a contribution status 1 is "Completed"). */
public final class OptionLabels {

    private static final int MAX_OPTIONS = 500;

    private OptionLabels() {
    }

    /** Value to label, in the group's order. */
    public static Map<String, String> of(CatalogReads reads, String optionGroup) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (JsonObject row : reads.rows("OptionValue", List.of("value", "label"), JSON.createArrayBuilder()
                        .add(JSON.createArrayBuilder().add("option_group_id.name").add("=").add(optionGroup))
                        .add(JSON.createArrayBuilder().add("is_active").add("=").add(true)).build(),
                JSON.createObjectBuilder().add("weight", "ASC").build(), 0, MAX_OPTIONS)) {
            labels.put(row.getString("value"), row.getString("label"));
        }
        return labels;
    }
}
