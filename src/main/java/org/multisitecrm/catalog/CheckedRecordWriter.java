package org.multisitecrm.catalog;

import jakarta.json.JsonObject;

import java.util.List;

/** A writer whose creates and updates first meet the entity's declared {@link RecordCheck}s. */
final class CheckedRecordWriter implements RecordWriter {

    private final RecordWriter writer;
    private final List<RecordCheck> checks;

    CheckedRecordWriter(RecordWriter writer, List<RecordCheck> checks) {
        this.writer = writer;
        this.checks = List.copyOf(checks);
    }

    @Override
    public long create(CatalogEntity entity, RecordValues values) {
        checks.forEach(check -> check.check(null, values));
        return writer.create(entity, values);
    }

    @Override
    public void update(CatalogEntity entity, long id, RecordValues values) {
        checks.forEach(check -> check.check(id, values));
        writer.update(entity, id, values);
    }

    @Override
    public void delete(CatalogEntity entity, long id, JsonObject params) {
        writer.delete(entity, id, params);
    }
}
