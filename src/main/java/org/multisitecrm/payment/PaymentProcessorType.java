package org.multisitecrm.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;

/** A kind of processor (Dummy, PayPal...), as CiviCRM's {@code civicrm_payment_processor_type}. */
@Entity
@Table(name = "civicrm_payment_processor_type")
public class PaymentProcessorType extends SeparableEntity {

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
