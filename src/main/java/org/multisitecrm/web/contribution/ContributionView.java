package org.multisitecrm.web.contribution;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.web.record.FacesMessages;
import org.multisitecrm.web.record.PageIds;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One contribution ({@code view.xhtml?id=}): its details, line items and payments, what is still owed,
 * and a form recording a payment (a negative amount refunds). A contribution this user cannot see is the
 * not-found page.
 */
@Named("contributionRecord")
@ViewScoped
public class ContributionView implements Serializable {

    @Inject
    private ContributionBackOffice contributions;

    private String id;
    private Map<String, Object> contribution;
    private List<Map<String, Object>> lines;
    private List<Map<String, Object>> payments;
    private Map<String, String> statuses;
    private Map<String, String> instruments;
    private String amount;
    private Long instrumentId;
    private String trxnId;
    private String checkNumber;

    public void load() {
        long contributionId = PageIds.parse(id, "contribution");
        contribution = contributions.contribution(contributionId);
        lines = contributions.lines(contributionId);
        payments = contributions.payments(contributionId);
        statuses = contributions.statuses();
        instruments = contributions.instruments();
        amount = getOwed().signum() > 0 ? getOwed().toPlainString() : null;
    }

    public void record() {
        long contributionId = PageIds.parse(id, "contribution");
        if (FacesMessages.attempt(() -> contributions.record(contributionId, amount(), instrumentId, trxnId, checkNumber), "payment")) {
            BigDecimal recorded = amount();
            trxnId = null;
            checkNumber = null;
            load();
            FacesMessages.global(FacesMessage.SEVERITY_INFO, recorded.signum() < 0 ? "Refund recorded" : "Payment recorded");
        }
    }

    private BigDecimal amount() {
        try {
            return amount == null || amount.isBlank() ? null : new BigDecimal(amount.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput("total_amount", "is an amount such as 25.00 (negative for a refund)");
        }
    }

    /** What is still owed: the total less what the payments add up to. */
    public BigDecimal getOwed() {
        BigDecimal paid = payments.stream().map(p -> decimal(p.get("total_amount"))).reduce(BigDecimal.ZERO, BigDecimal::add);
        return decimal(contribution.get("total_amount")).subtract(paid).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(String.valueOf(value));
    }

    public String getStatus() {
        return statuses.getOrDefault(String.valueOf(contribution.get("contribution_status_id")), "");
    }

    public String instrument(Object value) {
        return value == null ? "" : instruments.getOrDefault(String.valueOf(value), String.valueOf(value));
    }

    public List<SelectItem> getInstrumentItems() {
        return instruments.entrySet().stream().map(e -> new SelectItem(Long.valueOf(e.getKey()), e.getValue())).toList();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Map<String, Object> getContribution() {
        return contribution;
    }

    public List<Map<String, Object>> getLines() {
        return lines;
    }

    public List<Map<String, Object>> getPayments() {
        return payments;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public Long getInstrumentId() {
        return instrumentId;
    }

    public void setInstrumentId(Long instrumentId) {
        this.instrumentId = instrumentId;
    }

    public String getTrxnId() {
        return trxnId;
    }

    public void setTrxnId(String trxnId) {
        this.trxnId = trxnId;
    }

    public String getCheckNumber() {
        return checkNumber;
    }

    public void setCheckNumber(String checkNumber) {
        this.checkNumber = checkNumber;
    }
}
