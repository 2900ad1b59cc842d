package dev.terrain.customer.web;

import java.util.List;

import dev.terrain.customer.CustomFieldDefinition;
import dev.terrain.customer.CustomFieldType;
import dev.terrain.customer.CustomerManagement;
import dev.terrain.organization.CurrentUser;
import dev.terrain.platform.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The company's custom customer fields: everyone reads them, admins define and remove them. */
@RestController
@RequestMapping("/api/v1/custom-fields")
@Tag(name = "Custom fields", description = "Fields the company adds to its customers (text, number, date, picklist, yes/no).")
class CustomFieldsApi {

    private final CustomerManagement customers;

    CustomFieldsApi(CustomerManagement customers) {
        this.customers = customers;
    }

    @GetMapping
    List<CustomFieldDefinition> list() {
        return customers.customFields();
    }

    @PutMapping("/{key}")
    @Operation(summary = "Defines or changes a custom field (admins); its type cannot change once defined (409)")
    CustomFieldDefinition define(CurrentUser actor, @PathVariable String key, @RequestBody FieldJson field) {
        return customers.defineCustomField(actor, new CustomFieldDefinition(key, field.label(), field.labelFr(),
                type(field.type()), field.options(), field.position() == null ? 0 : field.position()));
    }

    @DeleteMapping("/{key}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Removes a custom field and its values from every customer (admins)")
    void remove(CurrentUser actor, @PathVariable String key) {
        customers.removeCustomField(actor, key);
    }

    static CustomFieldType type(String value) {
        try {
            return value == null ? null : CustomFieldType.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("type", "must be one of TEXT, NUMBER, DATE, PICKLIST, BOOLEAN");
        }
    }

    record FieldJson(String label, String labelFr, String type, List<String> options, Integer position) {
    }
}
