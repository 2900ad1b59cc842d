package dev.terrain.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.InvalidInputException.FieldProblem;
import dev.terrain.platform.NotFoundException;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

    private static final UUID ID = UUID.fromString("0b6f9a4e-3c1d-4b7a-9f2e-5d8c7a6b1e20");

    @Test
    void aUuidIsReadWithSpacesAroundItAndAnythingElseIsNone() {
        assertThat(RequestIds.parse(" " + ID + "\n")).contains(ID);
        assertThat(RequestIds.parse(null)).isEmpty();
        assertThat(RequestIds.parse("")).isEmpty();
        assertThat(RequestIds.parse("42")).isEmpty();
        assertThat(RequestIds.parse(ID + "x")).isEmpty();
    }

    @Test
    void aMalformedIdInTheAddressIsNotFound() {
        assertThat(RequestIds.inPath(ID.toString(), "Customer", Wrapped::new)).isEqualTo(new Wrapped(ID));
        assertThatThrownBy(() -> RequestIds.inPath("not-an-id", "Customer", Wrapped::new))
                .isInstanceOf(NotFoundException.class).hasMessage("Customer not-an-id not found");
    }

    @Test
    void aMalformedIdAsAParameterIsBadInputNamingIt() {
        assertThatThrownBy(() -> RequestIds.parameter("nobody", "successor", Wrapped::new))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems())
                .isEqualTo(java.util.List.of(new FieldProblem("successor", "is not an id")));
        assertThatThrownBy(() -> RequestIds.parameter(null, "successor", Wrapped::new))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> RequestIds.optionalParameter("12", "owner", Wrapped::new))
                .isInstanceOf(InvalidInputException.class).hasMessage("owner: is not an id");
    }

    @Test
    void aBlankOptionalParameterIsNone() {
        assertThat(RequestIds.optionalParameter(null, "owner", Wrapped::new)).isNull();
        assertThat(RequestIds.optionalParameter("  ", "owner", Wrapped::new)).isNull();
        assertThat(RequestIds.optionalParameter(ID.toString(), "owner", Wrapped::new)).isEqualTo(new Wrapped(ID));
    }

    private record Wrapped(UUID value) {
    }
}
