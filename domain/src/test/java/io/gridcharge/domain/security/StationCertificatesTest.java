package io.gridcharge.domain.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.testing.Fakes;
import io.gridcharge.domain.testing.InMemoryStationCertificates;
import io.gridcharge.domain.testing.ScriptedStationCommands;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the certificate commands teach the platform about the certificates each station holds. */
class StationCertificatesTest {
    private static final StationId CP_1 = StationId.of("CP-1");
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private final InMemoryStationCertificates repository = new InMemoryStationCertificates();
    private final ScriptedStationCommands commands = new ScriptedStationCommands();
    private final StationCertificates certificates = new StationCertificates(repository, commands,
            new Fakes.ManualClock(NOW));

    @Test
    void aRootIsKeptOnlyWhenTheStationAcceptedIt() {
        commands.answer(StationCommand.InstallCertificate.class, CommandReply.of("Rejected"), CommandReply.of("Accepted"));

        certificates.install(CP_1, new StationCommand.InstallCertificate(RootCertificateKind.MO_ROOT, "PEM-1")).join();
        certificates.install(CP_1, new StationCommand.InstallCertificate(RootCertificateKind.V2G_ROOT, "PEM-2")).join();

        assertThat(held()).singleElement().satisfies(c -> {
            assertThat(c.source()).isEqualTo(StationCertificate.Source.INSTALLED);
            assertThat(c.kind()).isEqualTo(RootCertificateKind.V2G_ROOT);
            assertThat(c.pem()).isEqualTo("PEM-2");
        });
    }

    @Test
    void aNewListOfAKindReplacesTheLastOneOfThatKindOnlyAndADeletedCertificateLeavesIt() {
        commands.answer(StationCommand.GetInstalledCertificateIds.class,
                CommandReply.of("Accepted", new InstalledCertificates(List.of(id("01"), id("02")))),
                CommandReply.of("Accepted", InstalledCertificates.ofChains(List.of(new InstalledCertificates.Chain(
                        RootCertificateKind.V2G_CERTIFICATE_CHAIN, id("03"), List.of(id("04")))))),
                CommandReply.of("NotFound"));
        commands.answer(StationCommand.DeleteCertificate.class, CommandReply.of("Accepted"));

        list(RootCertificateKind.CENTRAL_SYSTEM_ROOT);
        list(RootCertificateKind.V2G_CERTIFICATE_CHAIN);
        assertThat(serials()).containsExactlyInAnyOrder("01", "02", "03", "04");
        certificates.delete(CP_1, new StationCommand.DeleteCertificate(id("01"))).join();
        assertThat(serials()).containsExactlyInAnyOrder("02", "03", "04");
        list(RootCertificateKind.V2G_CERTIFICATE_CHAIN);
        assertThat(serials()).containsExactly("02");
        assertThat(held()).singleElement().extracting(StationCertificate::kind)
                .isEqualTo(RootCertificateKind.CENTRAL_SYSTEM_ROOT);
    }

    @Test
    void aListOfSeveralKindsReplacesTheLastOneOfEachOfThemAndLeavesTheOthers() {
        commands.answer(StationCommand.GetInstalledCertificateIds.class,
                CommandReply.of("Accepted", InstalledCertificates.ofChains(List.of(
                        chain(RootCertificateKind.CENTRAL_SYSTEM_ROOT, "01"),
                        chain(RootCertificateKind.MANUFACTURER_ROOT, "02"), chain(RootCertificateKind.MO_ROOT, "03")))),
                CommandReply.of("Accepted", InstalledCertificates.ofChains(List.of(
                        chain(RootCertificateKind.CENTRAL_SYSTEM_ROOT, "04")))));

        list(null);
        certificates.listInstalled(CP_1, new StationCommand.GetInstalledCertificateIds(List.of(
                RootCertificateKind.CENTRAL_SYSTEM_ROOT, RootCertificateKind.MANUFACTURER_ROOT))).join();

        // The station has no manufacturer root any more; its MO root was not asked about, so it stays.
        assertThat(serials()).containsExactlyInAnyOrder("03", "04");
    }

    @Test
    void anIssuedCertificateIsKeptWithItsUse() {
        certificates.issued(CP_1, CertificateSigningUse.V2G, new IssuedCertificate("1f", "CHAIN", NOW.plusSeconds(60)));

        assertThat(held()).singleElement().satisfies(c -> {
            assertThat(c.source()).isEqualTo(StationCertificate.Source.ISSUED);
            assertThat(c.use()).isEqualTo(CertificateSigningUse.V2G);
            assertThat(c.serialNumber()).isEqualTo("1f");
            assertThat(c.notAfter()).isEqualTo(NOW.plusSeconds(60));
        });
    }

    private static InstalledCertificates.Chain chain(RootCertificateKind kind, String serialNumber) {
        return new InstalledCertificates.Chain(kind, id(serialNumber), List.of());
    }

    private void list(RootCertificateKind kind) {
        certificates.listInstalled(CP_1, StationCommand.GetInstalledCertificateIds.of(kind)).join();
    }

    private List<StationCertificate> held() {
        return certificates.of(CP_1, PageRequest.first(50)).items();
    }

    private List<String> serials() {
        return held().stream().map(StationCertificate::serialNumber).toList();
    }

    private static CertificateId id(String serial) {
        return new CertificateId("SHA256", "7a1f", "9b2e", serial);
    }
}
