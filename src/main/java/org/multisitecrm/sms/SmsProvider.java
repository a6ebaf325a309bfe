package org.multisitecrm.sms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One of a domain's SMS gateways (CiviCRM's {@code civicrm_sms_provider}): how to reach it ({@code api_type},
 * {@code api_url}, {@code api_params} as {@code key=value} lines) and its account; the password is a secret.
 */
@Entity
@Table(name = "civicrm_sms_provider")
public class SmsProvider extends SeparableEntity {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String title;

    private String username;

    private String password;

    @Column(name = "api_type", nullable = false)
    private Long apiType;

    @Column(name = "api_url")
    private String apiUrl;

    @Column(name = "api_params")
    private String apiParams;

    @Column(name = "is_default", nullable = false)
    private boolean isDefault;

    @Column(name = "is_active", nullable = false)
    private boolean isActive = true;

    public SmsProvider() {
    }

    public SmsProvider(String name, String title, long apiType, String apiUrl) {
        this.name = name;
        this.title = title;
        this.apiType = apiType;
        this.apiUrl = apiUrl;
    }

    /** CiviCRM's {@code api_params}: one {@code key=value} per line. */
    public Map<String, String> parameters() {
        Map<String, String> map = new LinkedHashMap<>();
        if (apiParams != null) {
            apiParams.lines().filter(l -> l.contains("=")).forEach(l -> map.put(l.substring(0, l.indexOf('=')).trim(),
                    l.substring(l.indexOf('=') + 1).trim()));
        }
        return map;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public String getUsername() {
        return username;
    }

    public String getPassword() {
        return password;
    }

    public Long getApiType() {
        return apiType;
    }

    public String getApiUrl() {
        return apiUrl;
    }

    public boolean isActive() {
        return isActive;
    }
}
