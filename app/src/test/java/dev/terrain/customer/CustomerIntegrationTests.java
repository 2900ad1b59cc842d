package dev.terrain.customer;

import static dev.terrain.customer.CustomersFixture.draft;
import static dev.terrain.customer.CustomersFixture.unique;
import static dev.terrain.organization.UsersFixture.ROOT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import dev.terrain.organization.UsersFixture;
import dev.terrain.platform.ConflictException;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The rules of customer management, through {@link CustomerManagement} on the real database. */
@SpringBootTest
@RecordApplicationEvents
class CustomerIntegrationTests {

    @Autowired CustomerManagement customers;
    @Autowired CustomersFixture fixture;
    @Autowired UsersFixture people;
    @Autowired ApplicationEvents events;

    static List<String> fieldsOf(Throwable e) {
        return ((InvalidInputException) e).problems().stream().map(InvalidInputException.FieldProblem::field).toList();
    }

    @Test
    void aRepCreatingACustomerOwnsItAndItsPolicyFollowsTheCompanyDefaults() {
        var rep = people.rep();
        var created = customers.create(rep, draft(unique("Fromagerie")).category("b").build());

        assertThat(created.owner().id()).isEqualTo(rep.id());
        assertThat(created.category()).isEqualTo("B");
        assertThat(created.status()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(created.address().quality()).isEqualTo(LocationQuality.ENTERED);
        assertThat(created.visitPolicy().frequencyDays()).isNull();
        assertThat(created.visitPolicy().effectiveFrequencyDays()).isEqualTo(56);
        assertThat(created.visitPolicy().effectiveDurationMinutes()).isEqualTo(45);
        assertThat(created.lastVisitOn()).isNull();
        assertThat(created.nextVisitDue()).as("never visited: due now").isEqualTo(LocalDate.now(java.time.ZoneId.of("Europe/Paris")));
        assertThat(events.stream(CustomersChanged.class)).anyMatch(e -> e.ids().contains(created.id()));
        assertThat(people.auditSummaries(created.id())).singleElement().asString().startsWith("created: name: ");
    }

    @Test
    void theNextVisitIsDueOneFrequencyAfterTheLastVisit() {
        var lastVisit = LocalDate.of(2026, 1, 10);
        var created = customers.create(ROOT, draft(unique("Cave")).category("A").lastVisitOn(lastVisit).build());
        assertThat(created.nextVisitDue()).isEqualTo(lastVisit.plusDays(28));

        var own = customers.edit(ROOT, created.id(), CustomerDraft.from(created).visitFrequencyDays(14).build(), created.version());
        assertThat(own.nextVisitDue()).isEqualTo(lastVisit.plusDays(14));
        assertThat(own.visitPolicy().effectiveFrequencyDays()).isEqualTo(14);
        assertThat(own.version()).isEqualTo(created.version() + 1);
    }

    @Test
    void invalidCoordinatesAreNamed() {
        assertThatThrownBy(() -> customers.create(ROOT, draft(unique("X")).location(91.0, 4.8).build()))
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("latitude"));
        assertThatThrownBy(() -> customers.create(ROOT, draft(unique("X")).location(45.0, null).build()))
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("longitude"));
        assertThatThrownBy(() -> customers.create(ROOT, draft(unique("X")).location(Double.NaN, 200.0).build()))
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("latitude", "longitude"));
    }

    @Test
    void anIntervalEndingBeforeItStartsNamesItsRow() {
        var hours = List.of(new OpeningInterval(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                new OpeningInterval(DayOfWeek.MONDAY, LocalTime.of(18, 0), LocalTime.of(14, 0)));
        assertThatThrownBy(() -> customers.create(ROOT, draft(unique("X")).openingHours(hours).build()))
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("openingHours[1].closes"));
    }

    @Test
    void overlappingIntervalsAndBackwardClosingDaysAreRefused() {
        var hours = List.of(new OpeningInterval(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                new OpeningInterval(DayOfWeek.TUESDAY, LocalTime.of(11, 0), LocalTime.of(14, 0)));
        var closing = List.of(new ClosingPeriod(LocalDate.of(2026, 8, 20), LocalDate.of(2026, 8, 1), "holidays"));
        assertThatThrownBy(() -> customers.create(ROOT, draft(unique("X")).openingHours(hours).closingDays(closing).build()))
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("openingHours[1]", "closingDays[0].lastDay"));
    }

    @Test
    void openingHoursWithALunchGapAndClosingDaysAreStoredInOrder() {
        var hours = List.of(new OpeningInterval(DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(19, 0)),
                new OpeningInterval(DayOfWeek.MONDAY, LocalTime.of(8, 30), LocalTime.of(12, 0)),
                new OpeningInterval(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)));
        var closing = List.of(new ClosingPeriod(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 26), "Noël"));
        var created = customers.create(ROOT, draft(unique("Quincaillerie")).openingHours(hours).closingDays(closing)
                .preferredDays(java.util.Set.of(DayOfWeek.TUESDAY)).doNotPlan(true).priority(1).build());

        var read = customers.get(ROOT, created.id());
        assertThat(read.visitPolicy().openingHoursOn(DayOfWeek.MONDAY)).extracting(OpeningInterval::opens)
                .containsExactly(LocalTime.of(8, 30), LocalTime.of(14, 0));
        assertThat(read.visitPolicy().closingDays()).containsExactly(closing.get(0));
        assertThat(read.visitPolicy().preferredDays()).containsExactly(DayOfWeek.TUESDAY);
        assertThat(read.visitPolicy().doNotPlan()).isTrue();
        assertThat(read.visitPolicy().priority()).isEqualTo(1);
    }

    @Test
    void aVisitFrequencyOfZeroIsRefused() {
        assertThatThrownBy(() -> customers.create(ROOT, draft(unique("X")).visitFrequencyDays(0).build()))
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("visitFrequencyDays"));
        assertThatThrownBy(() -> customers.create(ROOT, draft(unique("X")).visitFrequencyDays(731).priority(9).build()))
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("visitFrequencyDays", "priority"));
    }

    @Test
    void anUnknownCategoryIsRefusedWithTheValidOnes() {
        assertThatThrownBy(() -> customers.create(ROOT, draft(unique("X")).category("Z").build()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0))
                        .isEqualTo(new InvalidInputException.FieldProblem("category", "must be one of A, B, C")));
    }

    @Test
    void customFieldsAreCheckedAgainstTheirType() {
        var key = "surface_" + unique("m").substring(2).replace("-", "");
        customers.defineCustomField(ROOT, new CustomFieldDefinition(key, "Surface", "Surface", CustomFieldType.NUMBER, null, 1));

        assertThatThrownBy(() -> customers.create(ROOT, draft(unique("X")).customFields(Map.of(key, "large")).build()))
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("customFields." + key));
        assertThatThrownBy(() -> customers.create(ROOT, draft(unique("X")).customFields(Map.of("nope", "1")).build()))
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("customFields.nope"));

        var created = customers.create(ROOT, draft(unique("X")).customFields(Map.of(key, "120,5")).build());
        assertThat(created.customFields()).containsEntry(key, 120.5);
        var found = customers.list(ROOT, new CustomerFilter(null, null, null, null, null, null, key, "120.50"),
                CustomerPaging.first());
        assertThat(found.items()).extracting(CustomerView::id).containsExactly(created.id());

        customers.removeCustomField(ROOT, key);
        assertThat(customers.get(ROOT, created.id()).customFields()).doesNotContainKey(key);
    }

    @Test
    void twoCustomersCannotShareAnExternalId() {
        var external = unique("ERP");
        customers.create(ROOT, draft(unique("X")).externalId(external).build());
        assertThatThrownBy(() -> customers.create(ROOT, draft(unique("Y")).externalId(external).build()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("externalId"));
    }

    @Test
    void aStaleVersionIsRefusedAndNothingChanges() {
        var created = customers.create(ROOT, draft(unique("Garage")).build());
        customers.edit(ROOT, created.id(), CustomerDraft.from(created).city("Vienne").build(), created.version());

        assertThatThrownBy(() -> customers.edit(ROOT, created.id(), CustomerDraft.from(created).city("Givors").build(),
                created.version())).isInstanceOf(StaleCustomerException.class);
        assertThat(customers.get(ROOT, created.id()).address().city()).isEqualTo("Vienne");
        assertThat(people.auditSummaries(created.id())).last().asString().contains("city: Lyon -> Vienne");
    }

    @Test
    void anotherRepsCustomerIsNotFoundForEveryPath() {
        var owner = people.rep();
        var other = people.rep();
        var customer = fixture.ownedBy(owner);

        assertThatThrownBy(() -> customers.get(other, customer.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> customers.contacts(other, customer.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> customers.notes(other, customer.id(), 10)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> customers.addNote(other, customer.id(), "hello")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> customers.edit(other, customer.id(), CustomerDraft.from(customer).build(), 0))
                .isInstanceOf(NotFoundException.class);
        assertThat(customers.count(other, CustomerFilter.text(customer.name()))).isZero();
        assertThat(customers.count(owner, CustomerFilter.text(customer.name()))).isEqualTo(1);
    }

    @Test
    void anOwnerMustBeAnActiveRepOrSupervisorTheActorMayName() {
        var admin = people.admin();
        var rep = people.rep();
        var otherRep = people.rep();
        assertThatThrownBy(() -> customers.create(ROOT, draft(unique("X")).ownerId(admin.id()).build()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).message())
                        .isEqualTo("must be an active rep or supervisor"));
        assertThatThrownBy(() -> customers.create(rep, draft(unique("X")).ownerId(otherRep.id()).build()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).message())
                        .isEqualTo("must be yourself or someone you supervise"));
    }

    @Test
    void aRepMayNotTransferByEditingNorDelete() {
        var rep = people.rep();
        var customer = fixture.ownedBy(rep);
        var group = people.group();
        var supervisor = people.supervisor(group);

        assertThatThrownBy(() -> customers.edit(rep, customer.id(), CustomerDraft.from(customer).ownerId(supervisor.id()).build(),
                customer.version())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> customers.delete(rep, customer.id(), customer.version()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void contactsAndNotesBelongToTheirCustomer() {
        var rep = people.rep();
        var customer = fixture.ownedBy(rep);
        var contact = customers.addContact(rep, customer.id(), new ContactDraft("Marie Dupont", "Gérante", "04 78 12 34 56", "marie@example.fr", null));
        customers.addNote(rep, customer.id(), "Wants the new catalogue.");

        assertThat(customers.contacts(rep, customer.id())).containsExactly(contact);
        assertThat(customers.notes(rep, customer.id(), 10)).singleElement()
                .satisfies(n -> assertThat(n.authorId()).isEqualTo(rep.id()));
        assertThatThrownBy(() -> customers.addContact(rep, customer.id(), new ContactDraft("", null, "abc", "nope", null)))
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("name", "phone", "email"));
        assertThatThrownBy(() -> customers.addNote(rep, customer.id(), "  ")).isInstanceOf(InvalidInputException.class);
        var elsewhere = fixture.ownedBy(rep);
        assertThatThrownBy(() -> customers.removeContact(rep, elsewhere.id(), contact.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void deletingNeedsTheCurrentVersionAndRemovesTheCustomer() {
        var created = customers.create(ROOT, draft(unique("X")).build());
        assertThatThrownBy(() -> customers.delete(ROOT, created.id(), created.version() + 1)).isInstanceOf(StaleCustomerException.class);
        customers.delete(ROOT, created.id(), created.version());
        assertThatThrownBy(() -> customers.get(ROOT, created.id())).isInstanceOf(NotFoundException.class);
        assertThat(people.auditSummaries(created.id())).last().asString().startsWith("deleted: ");
    }
}
