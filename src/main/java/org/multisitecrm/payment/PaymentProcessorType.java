package org.multisitecrm.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kind of processor (Dummy, PayPal...), as CiviCRM's {@code civicrm_payment_processor_type}. */
@Entity
@Table(name = "civicrm_payment_processor_type")
public class PaymentProcessorType {

    @Id
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(nullable = false)
    private String title;

    @Column(name = "class_name", nullable = false)
    private String className;

    @Column(name = "is_active", nullable = false)
    private boolean isActive;

    protected PaymentProcessorType() {
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public String getClassName() {
        return className;
    }

    public boolean isActive() {
        return isActive;
    }
}
