package org.strategypress.render.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.strategypress.render.view.ShownNumbers;
import org.strategypress.render.charts.ChartGeometry.Tick;
import org.strategypress.render.charts.ChartGeometry.TimeAxis;
import org.strategypress.render.charts.ChartGeometry.ValueAxis;
import org.strategypress.render.charts.ChartGeometry.YearBand;

/** The geometry the chart templates draw: year axes and value scales. */
class ChartsTest {

    @Test
    void aYearAxisListsEachYearExactlyOnceInItsOwnColumn() {
        TimeAxis axis = Charts.yearAxis(2026, 2030, 360, 12);
        assertEquals(List.of(2026, 2027, 2028, 2029, 2030), axis.labels().stream().map(YearBand::year).toList());
        assertEquals(axis.years(), axis.labels(), "five years fit: every one is labelled");
        for (int i = 0; i < 5; i++) {
            YearBand y = axis.years().get(i);
            assertEquals(i * 72.0, y.x(), 1e-9, "column of " + y.year());
            assertEquals(72.0, y.width(), 1e-9);
            assertEquals(y.x() + 36, y.centre(), 1e-9);
            assertEquals(i * 20.0, y.leftPct(), 1e-9);
            assertEquals(20.0, y.widthPct(), 1e-9);
        }
        assertEquals(List.of(72.0, 144.0, 216.0, 288.0), axis.boundaries());
    }

    @Test
    void aLongYearAxisLabelsFewerYearsButEachAtMostOnceAndAlwaysTheLast() {
        TimeAxis axis = Charts.yearAxis(2017, 2030, 200, 8);
        assertEquals(14, axis.years().size(), "a column for every year");
        List<Integer> labelled = axis.labels().stream().map(YearBand::year).toList();
        assertEquals(List.of(2018, 2020, 2022, 2024, 2026, 2028, 2030), labelled);
        assertEquals(labelled.size(), labelled.stream().distinct().count());
        assertEquals(1, Charts.yearAxis(2030, 2030, 200, 8).labels().size(), "a single year is one column");
    }

    @Test
    void kpiValueScalesHaveNiceTickLabelsCoveringTheValues() {
        assertEquals(List.of("10", "20", "30", "40"), labels(scale("19.68", "25", "35")));
        assertEquals(List.of("0", "50", "100"), labels(scale("0", "10", "25", "100")));
        assertEquals(List.of("80", "90", "100"), labels(scale("86", "93", "100")));
        assertEquals(List.of("0.75", "0.8", "0.85"), labels(scale("0.7607", "0.78", "0.82", "0.85")));
        assertEquals(List.of("1,000", "2,000", "3,000"), labels(scale("1200", "2000", "3000")), "thousands grouped as en writes them");
        assertEquals("1000", scale("1200", "2000", "3000").min(), "the bounds stay plain, for placing values");
        assertEquals(List.of("20", "30", "40"), labels(scale("38", "30", "20")), "a falling KPI");
        assertEquals(List.of("3.5", "4", "4.5"), labels(scale("4", "4", "4")), "one value: a step either side");
        assertEquals(List.of("0", "0.5", "1"), labels(scale("0", "0")), "zero throughout");
        assertEquals(List.of("-10", "0", "10"), labels(scale("-5", "8")));
    }

    @Test
    void ticksRunFromTheBottomUpEvenlySpacedInsideThePadding() {
        ValueAxis a = scale("19.68", "25", "35");
        assertEquals("10", a.min());
        assertEquals("40", a.max());
        List<Double> at = a.ticks().stream().map(Tick::at).toList();
        assertEquals(Charts.KPI_H - Charts.KPI_PAD, at.get(0), 1e-9, "lowest tick at the bottom of the plot");
        assertEquals(Charts.KPI_PAD, at.get(at.size() - 1), 1e-9, "highest at the top");
        double step = at.get(0) - at.get(1);
        for (int i = 1; i < at.size(); i++) assertEquals(step, at.get(i - 1) - at.get(i), 0.011, "even spacing");
        for (Tick t : a.ticks()) assertEquals(t.at() / Charts.KPI_H * 100, t.pct(), 0.011, "the same place as a percentage");
        for (String[] values : List.of(new String[] {"0.7607", "0.85"}, new String[] {"1", "1000"}, new String[] {"3", "3"})) {
            int n = scale(values).ticks().size();
            assertTrue(n >= 2 && n <= 5, Arrays.toString(values) + ": " + n + " ticks");
        }
    }

    private static ValueAxis scale(String... values) {
        return Charts.valueAxis(Arrays.stream(values).map(BigDecimal::new).toList(), Charts.KPI_H, Charts.KPI_PAD,
                ShownNumbers.in("en"));
    }

    private static List<String> labels(ValueAxis a) {
        return a.ticks().stream().map(Tick::label).toList();
    }
}
