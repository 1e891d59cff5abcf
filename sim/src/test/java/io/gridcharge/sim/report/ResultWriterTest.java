package io.gridcharge.sim.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.sim.grid.Network;
import io.gridcharge.sim.run.RunResult;
import io.gridcharge.sim.run.Simulation;
import io.gridcharge.sim.run.SimulationClock;
import io.gridcharge.sim.scenario.NetworkBuilder;
import io.gridcharge.sim.scenario.Scenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultWriterTest {
    @TempDir
    Path out;

    @Test
    void aRunLeavesATimeSeriesAChartInPngAndSvgAndTheSummaryForEverySiteFeederAndTheSubstation() throws Exception {
        Network network = new NetworkBuilder(1).build(Scenarios.load("workplace-lot"));
        RunResult result = new Simulation(network, SimulationClock.unpaced(network.start()), 1,
                Simulation.Observer.NONE).run();

        List<SummaryRow> rows = new ResultWriter(out, ZoneId.of("Europe/Berlin")).write(result);

        assertThat(rows).extracting(SummaryRow::level).containsExactly("site", "feeder", "substation");
        List<String> csv = Files.readAllLines(out.resolve("site-LOT.csv"));
        assertThat(csv.getFirst()).startsWith("time_utc,local_time,load_kw,pv_kw,ev_kw,net_kw");
        assertThat(csv).hasSize(1 + 24 * 60);
        var png = ImageIO.read(out.resolve("substation.png").toFile());
        assertThat(png.getWidth()).isEqualTo(ChartPainter.WIDTH);
        var svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("feeder-BUSINESS-PARK.svg")
                .toFile());
        assertThat(svg.getDocumentElement().getElementsByTagName("polyline").getLength()).isGreaterThanOrEqualTo(4);
        assertThat(Files.readString(out.resolve("feeder-BUSINESS-PARK.svg"))).contains("power (kW)", "Rating", "PV");
        assertThat(Files.readString(out.resolve("summary.txt"))).contains("Parking lot LOT", "peak kW");
        assertThat(rows.getFirst().overloadMinutes()).isPositive();
        assertThat(rows.getFirst().evKwh()).isPositive();
    }
}
