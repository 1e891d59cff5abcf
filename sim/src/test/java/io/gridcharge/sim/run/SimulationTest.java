package io.gridcharge.sim.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gridcharge.sim.charger.ChargerModel;
import io.gridcharge.sim.charger.CompletedTransaction;
import io.gridcharge.sim.charger.VisitOutcome;
import io.gridcharge.sim.grid.Network;
import io.gridcharge.sim.grid.Reading;
import io.gridcharge.sim.scenario.NetworkBuilder;
import io.gridcharge.sim.scenario.Scenarios;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationTest {

    private static RunResult run(String scenario, long seed) throws InterruptedException {
        Network network = new NetworkBuilder(seed).build(Scenarios.load(scenario));
        return new Simulation(network, SimulationClock.unpaced(network.start()), seed, Simulation.Observer.NONE).run();
    }

    @Test
    void eachFeederCarriesTheSumOfItsSitesAndTheSubstationTheSumOfItsFeeders() throws InterruptedException {
        RunResult result = run("district-feeder", 3);
        var network = result.network();

        for (int step = 0; step < result.substation().size(); step += 37) {
            double substationNet = 0;
            for (var feeder : network.feeders()) {
                double sitesNet = 0;
                double sitesEv = 0;
                for (var site : feeder.sites()) {
                    sitesNet += result.sites().get(site.id()).get(step).netW();
                    sitesEv += result.sites().get(site.id()).get(step).evW();
                }
                Reading feederReading = result.feeders().get(feeder.id()).get(step);
                assertThat(feederReading.netW()).isEqualTo(sitesNet, within(1e-6));
                assertThat(feederReading.evW()).isEqualTo(sitesEv, within(1e-6));
                substationNet += feederReading.netW();
            }
            assertThat(result.substation().get(step).netW()).isEqualTo(substationNet, within(1e-6));
        }
    }

    @Test
    void theSameSeedGivesTheSameRunAndAnotherSeedAnotherOne() throws InterruptedException {
        RunResult first = run("workplace-lot", 42);
        RunResult again = run("workplace-lot", 42);
        RunResult other = run("workplace-lot", 43);

        assertThat(again.substation()).isEqualTo(first.substation());
        assertThat(again.outcomes()).isEqualTo(first.outcomes());
        assertThat(other.substation()).isNotEqualTo(first.substation());
    }

    @Test
    void theEnergyTheMetersCountIsTheEnergyThatWentIntoTheBatteries() throws InterruptedException {
        RunResult result = run("residential-street", 5);

        long metered = result.network().chargers().stream().map(ChargerModel::completedTransactions)
                .flatMap(List::stream).mapToLong(CompletedTransaction::energyWh).sum();
        long intoBatteries = result.outcomes().values().stream().flatMap(List::stream)
                .mapToLong(VisitOutcome::deliveredWh).sum();
        double integrated = result.substation().stream().mapToDouble(r -> r.evW() / 60).sum(); // one-minute steps

        assertThat(metered).isPositive().isEqualTo(intoBatteries);
        assertThat(integrated).isEqualTo(metered, within(1.0));
    }

    @Test
    void aTransformerTooSmallForTheMorningArrivalsIsOverloaded() throws InterruptedException {
        RunResult result = run("workplace-lot", 1);

        long overloadedSteps = result.sites().get("LOT").stream().filter(r -> r.importW() > r.limitW()).count();

        assertThat(overloadedSteps).isPositive();
    }
}
