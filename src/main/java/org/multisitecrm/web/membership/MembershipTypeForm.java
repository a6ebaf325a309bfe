package org.multisitecrm.web.membership;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.multisitecrm.infrastructure.validation.InvalidInput;

import java.io.Serializable;
import java.math.BigDecimal;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/** What the new membership type form edits, as MembershipType's CiviCRM fields. */
public class MembershipTypeForm implements Serializable {

    private String name;
    private String description;
    private String minimumFee;
    private String durationUnit = "year";
    private Integer durationInterval = 1;
    private String periodType = "rolling";
    private Long financialTypeId = 2L;

    JsonObject values(long memberOfContactId) {
        JsonObjectBuilder values = JSON.createObjectBuilder().add("name", name == null ? "" : name.trim())
                .add("member_of_contact_id", memberOfContactId).add("duration_unit", durationUnit)
                .add("period_type", periodType).add("minimum_fee", fee());
        if (durationInterval != null) {
            values.add("duration_interval", durationInterval);
        }
        if (financialTypeId != null) {
            values.add("financial_type_id", financialTypeId);
        }
        if (description != null && !description.isBlank()) {
            values.add("description", description.trim());
        }
        return values.build();
    }

    private BigDecimal fee() {
        try {
            return minimumFee == null || minimumFee.isBlank() ? BigDecimal.ZERO : new BigDecimal(minimumFee.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput("minimum_fee", "is an amount such as 25.00");
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getMinimumFee() {
        return minimumFee;
    }

    public void setMinimumFee(String minimumFee) {
        this.minimumFee = minimumFee;
    }

    public String getDurationUnit() {
        return durationUnit;
    }

    public void setDurationUnit(String durationUnit) {
        this.durationUnit = durationUnit;
    }

    public Integer getDurationInterval() {
        return durationInterval;
    }

    public void setDurationInterval(Integer durationInterval) {
        this.durationInterval = durationInterval;
    }

    public String getPeriodType() {
        return periodType;
    }

    public void setPeriodType(String periodType) {
        this.periodType = periodType;
    }

    public Long getFinancialTypeId() {
        return financialTypeId;
    }

    public void setFinancialTypeId(Long financialTypeId) {
        this.financialTypeId = financialTypeId;
    }
}
