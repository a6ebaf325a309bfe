package org.multisitecrm.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;

/** A configured processor that takes a domain's payments; test and live instances are separate rows. */
@Entity
@Table(name = "civicrm_payment_processor")
public class PaymentProcessor extends SeparableEntity {

    @Column(nullable = false)
    private String name;

    private String title;

    private String description;

    @ManyToOne(optional = false)
    @JoinColumn(name = "payment_processor_type_id", nullable = false)
    private PaymentProcessorType paymentProcessorType;

    @Column(name = "is_active", nullable = false)
    private boolean isActive = true;

    @Column(name = "is_default", nullable = false)
    private boolean isDefault;

    @Column(name = "is_test", nullable = false)
    private boolean isTest;

    @Column(name = "user_name")
    private String userName;

    /** Secret: the catalogue answers it only to the domain's administrators. */
    private String password;

    /** Secret, as the password. */
    private String signature;

    @Column(name = "url_site")
    private String urlSite;

    @Column(name = "url_api")
    private String urlApi;

    protected PaymentProcessor() {
    }

    public PaymentProcessor(String name, String title, PaymentProcessorType type, boolean isTest) {
        this.name = name;
        this.title = title;
        this.paymentProcessorType = type;
        this.isTest = isTest;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public PaymentProcessorType getPaymentProcessorType() {
        return paymentProcessorType;
    }

    public boolean isActive() {
        return isActive;
    }

    public boolean isDefault() {
        return isDefault;
    }

    public void setDefault(boolean isDefault) {
        this.isDefault = isDefault;
    }

    public boolean isTest() {
        return isTest;
    }

    public String getUserName() {
        return userName;
    }

    public String getUrlSite() {
        return urlSite;
    }
}
