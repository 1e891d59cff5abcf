package io.gridcharge.domain.security;

import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.command.StationCommands;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The certificate commands of both versions (InstallCertificate, DeleteCertificate, GetInstalledCertificateIds),
 * and what they teach the platform about the certificates each station holds: a root it accepted to install,
 * the list it gave when asked (which replaces the last list of that kind), one it deleted; and each certificate
 * the platform CA issued to it. Readable per station, newest first.
 */
public final class StationCertificates {
    private static final String ACCEPTED = "Accepted";
    private static final String NOT_FOUND = "NotFound";

    private final StationCertificateRepository certificates;
    private final StationCommands commands;
    private final Clock clock;

    public StationCertificates(StationCertificateRepository certificates, StationCommands commands, Clock clock) {
        this.certificates = certificates;
        this.commands = commands;
        this.clock = clock;
    }

    public CompletableFuture<CommandReply> install(StationId station, StationCommand.InstallCertificate install) {
        return commands.send(station, install).thenApply(reply -> {
            if (ACCEPTED.equals(reply.status())) {
                certificates.add(new StationCertificate(0, station, StationCertificate.Source.INSTALLED,
                        install.kind(), null, null, null, install.certificate(), null, clock.instant()));
            }
            return reply;
        });
    }

    public CompletableFuture<CommandReply> delete(StationId station, StationCommand.DeleteCertificate delete) {
        return commands.send(station, delete).thenApply(reply -> {
            if (ACCEPTED.equals(reply.status())) {
                certificates.removeReported(station, delete.certificate());
            }
            return reply;
        });
    }

    /** NotFound is a list too: the station holds none of the kind. */
    public CompletableFuture<CommandReply> listInstalled(StationId station,
                                                         StationCommand.GetInstalledCertificateIds get) {
        return commands.send(station, get).thenApply(reply -> {
            if (ACCEPTED.equals(reply.status()) || NOT_FOUND.equals(reply.status())) {
                List<StationCertificate> reported = reported(station, get.kind(),
                        reply.result() instanceof InstalledCertificates installed ? installed : null);
                if (get.kinds().size() > 1) {
                    // TC_M_17: each kind asked is replaced by the station's certificates of that kind.
                    get.kinds().forEach(kind -> certificates.replaceReported(station, kind,
                            reported.stream().filter(c -> c.kind() == kind).toList()));
                } else {
                    certificates.replaceReported(station, get.kind(), reported);
                }
            }
            return reply;
        });
    }

    /** The platform CA issued {@code issued} to the station. */
    public void issued(StationId station, CertificateSigningUse use, IssuedCertificate issued) {
        certificates.add(new StationCertificate(0, station, StationCertificate.Source.ISSUED, null, use, null,
                issued.serialNumber(), issued.certificateChainPem(), issued.notAfter(), clock.instant()));
    }

    public Page<StationCertificate> of(StationId station, PageRequest page) {
        return certificates.list(station, page);
    }

    /** A 2.0.1 answer names each certificate's kind; a 1.6 one lists certificates of the kind asked for. */
    private List<StationCertificate> reported(StationId station, RootCertificateKind asked,
                                              InstalledCertificates installed) {
        List<StationCertificate> reported = new ArrayList<>();
        if (installed == null) {
            return reported;
        }
        Instant now = clock.instant();
        if (!installed.chains().isEmpty()) {
            for (InstalledCertificates.Chain chain : installed.chains()) {
                reported.add(reportedOne(station, chain.kind(), chain.certificate(), now));
                chain.children().forEach(child -> reported.add(reportedOne(station, chain.kind(), child, now)));
            }
        } else if (asked != null) {
            installed.certificates().forEach(id -> reported.add(reportedOne(station, asked, id, now)));
        }
        return reported;
    }

    private static StationCertificate reportedOne(StationId station, RootCertificateKind kind, CertificateId id,
                                                  Instant at) {
        return new StationCertificate(0, station, StationCertificate.Source.REPORTED, kind, null, id,
                id.serialNumber(), null, null, at);
    }
}
