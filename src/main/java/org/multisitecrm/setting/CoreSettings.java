package org.multisitecrm.setting;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

import static org.multisitecrm.setting.SettingDefinition.named;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * The settings that differ per site in the seed's "Multisite v Settings Management": URLs and
 * directories (head office only: they point at the server's own disk and hosts), the editor, search
 * options, currency and language. Names, types and defaults as CiviCRM's settings metadata.
 */
@ApplicationScoped
public class CoreSettings implements SettingContributor {

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
                named("installed", SettingType.BOOLEAN).title("Installed").defaultValue(true).constant()
                        .describedAs("Set when the database was prepared; never changed at runtime.").build(),
                named("userFrameworkBaseURL", SettingType.STRING).title("Base URL").headOfficeOnly()
                        .describedAs("The absolute URL of this site's home page, e.g. https://north.example.org/.").build(),
                named("userFrameworkResourceURL", SettingType.STRING).title("CiviCRM Resource URL").headOfficeOnly()
                        .defaultValue("[civicrm.root]/")
                        .describedAs("Absolute URL where the site's static resources are served from.").build(),
                named("imageUploadURL", SettingType.STRING).title("Image Upload URL").headOfficeOnly()
                        .defaultValue("[civicrm.files]/persist/contribute/")
                        .describedAs("URL of the folder that holds uploaded images.").build(),
                named("uploadDir", SettingType.STRING).title("Temporary Files Directory").headOfficeOnly()
                        .defaultValue("[civicrm.files]/upload/")
                        .describedAs("Folder for temporary uploaded files.").build(),
                named("customFileUploadDir", SettingType.STRING).title("Custom Files Directory").headOfficeOnly()
                        .defaultValue("[civicrm.files]/custom/")
                        .describedAs("Folder for files uploaded into custom fields.").build(),
                named("editor_id", SettingType.ENUM).title("WYSIWYG Editor").defaultValue("CKEditor")
                        .options("Textarea", "CKEditor", "CKEditor5-base", "CKEditor5-classic")
                        .describedAs("The rich-text editor staff write mailings and notes with.").build(),
                named("contact_autocomplete_options", SettingType.LIST).title("Autocomplete Contact Search")
                        .options("1", "2", "3", "4", "5", "6", "7")
                        .defaultJson(JSON.createArrayBuilder().add("1").add("2").add("3").add("4").add("5").build())
                        .describedAs("Which fields the contact autocomplete shows (option values of contact_autocomplete_options).").build(),
                named("search_autocomplete_count", SettingType.INTEGER).title("Autocomplete Results").defaultValue(10).range(1, 1000)
                        .describedAs("How many contacts an autocomplete search returns.").build(),
                named("includeWildCardInName", SettingType.BOOLEAN).title("Automatic Wildcard").defaultValue(true)
                        .describedAs("Whether a name search matches anywhere in the name, not only at its start.").build(),
                named("defaultCurrency", SettingType.STRING).title("Default Currency").defaultValue("USD")
                        .describedAs("ISO 4217 code of the currency new contributions and fees default to.").build(),
                named("lcMessages", SettingType.STRING).title("Default Language").defaultValue("en_US")
                        .describedAs("The locale the site's pages and messages are shown in.").build(),
                named("recaptchaPrivateKey", SettingType.STRING).title("Recaptcha Private Key").secret().headOfficeOnly()
                        .describedAs("Secret key of the site's reCAPTCHA account.").build(),
                named("geoAPIKey", SettingType.STRING).title("Geocoding API Key").secret()
                        .describedAs("Key of the geocoding service the site uses for addresses.").build());
    }
}
