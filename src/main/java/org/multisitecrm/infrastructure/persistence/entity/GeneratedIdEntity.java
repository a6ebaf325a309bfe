package org.multisitecrm.infrastructure.persistence.entity;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** The {@code id INT UNSIGNED AUTO_INCREMENT} primary key every CiviCRM table has. */
@MappedSuperclass
public abstract class GeneratedIdEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    public Long getId() {
        return id;
    }
}
