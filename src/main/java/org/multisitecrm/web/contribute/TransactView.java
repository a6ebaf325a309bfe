package org.multisitecrm.web.contribute;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.multisitecrm.contributionpage.ContributionPageService;
import org.multisitecrm.contributionpage.PublicPage;
import org.multisitecrm.contributionpage.Receipt;
import org.multisitecrm.contributionpage.Submission;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.web.record.FacesMessages;
import org.multisitecrm.web.record.PageIds;

import jakarta.faces.model.SelectItem;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A domain's public contribution page: the form (who gives, the membership, an amount, the card) and the
 * thank-you once the payment is taken. A refusal (a declined card among them) is shown next to the field
 * it names and nothing is kept; the card's digits are dropped from the view after every post.
 */
@Named("transact")
@ViewScoped
public class TransactView implements Serializable {

    @Inject
    private ContributionPageService pages;

    private String id;
    private PublicPage page;
    private Receipt receipt;
    private String firstName;
    private String lastName;
    private String email;
    private Long membershipTypeId;
    private String amount;
    private Long paymentProcessorId;
    private String cardNumber;
    private String expiryMonth;
    private String expiryYear;
    private String cvv;

    public void load() {
        page = pages.open(PageIds.parse(id, "page"));
        if (membershipTypeId == null) {
            membershipTypeId = page.defaultMembership();
        }
        if (paymentProcessorId == null && !page.processors().isEmpty()) {
            paymentProcessorId = page.processors().get(0).id();
        }
    }

    public void submit() {
        String number = cardNumber;
        String code = cvv;
        cardNumber = null;
        cvv = null;
        FacesMessages.attempt(() -> receipt = pages.submit(new Submission(page.id(), firstName, lastName, email, membershipTypeId,
                amount(), paymentProcessorId, number, expiryMonth, expiryYear, code)), "contribute");
    }

    private BigDecimal amount() {
        if (amount == null || amount.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(amount.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput("amount", "is an amount such as 25.00");
        }
    }

    public String getTitle() {
        return page.title();
    }

    public String getIntroText() {
        return page.introText();
    }

    public String getThankyouText() {
        return page.thankyouText();
    }

    public boolean isOtherAmount() {
        return page.otherAmount();
    }

    public boolean isMembershipRequired() {
        return page.membershipRequired();
    }

    /** "Between 5 and 500", or nothing when the page sets no bounds. */
    public String getAmountHint() {
        if (page.minAmount() == null && page.maxAmount() == null) {
            return "";
        }
        return page.minAmount() == null ? "at most " + page.maxAmount().toPlainString()
                : page.maxAmount() == null ? "at least " + page.minAmount().toPlainString()
                : "between " + page.minAmount().toPlainString() + " and " + page.maxAmount().toPlainString();
    }

    /** Each membership the page sells, with its fee ("North Member: 25.00"). */
    public List<SelectItem> getMembershipItems() {
        return page.memberships().stream().map(m -> new SelectItem(m.id(), m.label() + ": " + m.fee().toPlainString())).toList();
    }

    public List<SelectItem> getProcessorItems() {
        return page.processors().stream().map(p -> new SelectItem(p.id(), p.label())).toList();
    }

    public boolean isDone() {
        return receipt != null;
    }

    /** "Paid 35.00 USD (transaction test_1_...)" on the thank-you page. */
    public String getReceiptText() {
        return receipt.totalAmount().signum() == 0 ? "Nothing to pay: you are signed up."
                : "Paid " + receipt.totalAmount().toPlainString() + " " + receipt.currency() + " (transaction " + receipt.trxnId() + ")";
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }


    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getMembershipTypeId() {
        return membershipTypeId;
    }

    public void setMembershipTypeId(Long membershipTypeId) {
        this.membershipTypeId = membershipTypeId;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public Long getPaymentProcessorId() {
        return paymentProcessorId;
    }

    public void setPaymentProcessorId(Long paymentProcessorId) {
        this.paymentProcessorId = paymentProcessorId;
    }

    public String getCardNumber() {
        return cardNumber;
    }

    public void setCardNumber(String cardNumber) {
        this.cardNumber = cardNumber;
    }

    public String getExpiryMonth() {
        return expiryMonth;
    }

    public void setExpiryMonth(String expiryMonth) {
        this.expiryMonth = expiryMonth;
    }

    public String getExpiryYear() {
        return expiryYear;
    }

    public void setExpiryYear(String expiryYear) {
        this.expiryYear = expiryYear;
    }

    public String getCvv() {
        return cvv;
    }

    public void setCvv(String cvv) {
        this.cvv = cvv;
    }
}
