package org.protpred.models.core.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.protpred.models.core.AtomicFiles;
import org.protpred.models.core.train.EpochRecord;

/**
 * Writes a run's per-epoch history as {@value #CSV} and {@value #PNG} into a run folder, atomically (the
 * {@link org.protpred.models.core.train.Trainer} rewrites both after every epoch, so they are current while a run
 * goes on).
 *
 * <p>CSV: header {@code epoch,train_loss,validation_<metric>,seconds,learning_rate}, one row per epoch; numbers have at
 * most 6 significant digits, seconds 3 decimals; a missing validation score is an empty field. PNG: training loss
 * (left axis) and the validation metric (right axis) over epochs, drawn with XChart in headless mode.
 */
public final class TrainingCurve {

    public static final String CSV = "training-curve.csv";
    public static final String PNG = "training-curve.png";

    private TrainingCurve() {
    }

    /** Writes both files into {@code runDir} (created if needed). */
    public static void write(Path runDir, List<EpochRecord> history, String metricName) {
        writeCsv(runDir.resolve(CSV), history, metricName);
        writePng(runDir.resolve(PNG), history, metricName);
    }

    /** The CSV text. */
    public static String csv(List<EpochRecord> history, String metricName) {
        StringBuilder sb = new StringBuilder("epoch,train_loss,validation_" + metricName + ",seconds,learning_rate\n");
        for (EpochRecord r : history) {
            sb.append(r.epoch()).append(',').append(number(r.trainLoss())).append(',')
                    .append(number(r.validationScore())).append(',')
                    .append(Double.isNaN(r.seconds()) ? "" : String.format(java.util.Locale.ROOT, "%.3f", r.seconds()))
                    .append(',').append(number(r.learningRate())).append('\n');
        }
        return sb.toString();
    }

    public static void writeCsv(Path file, List<EpochRecord> history, String metricName) {
        AtomicFiles.writeString(file, csv(history, metricName));
    }

    public static void writePng(Path file, List<EpochRecord> history, String metricName) {
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder().width(800).height(500).title("Training curve")
                .xAxisTitle("epoch").yAxisTitle("training loss").build();
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNE);
        List<Double> epochs = new ArrayList<>();
        List<Double> loss = new ArrayList<>();
        List<Double> validationEpochs = new ArrayList<>();
        List<Double> validation = new ArrayList<>();
        for (EpochRecord r : history) {
            if (Double.isFinite(r.trainLoss())) {
                epochs.add((double) r.epoch());
                loss.add(r.trainLoss());
            }
            if (Double.isFinite(r.validationScore())) {
                validationEpochs.add((double) r.epoch());
                validation.add(r.validationScore());
            }
        }
        if (epochs.isEmpty()) {
            epochs.add(0.0);
            loss.add(0.0);
        }
        XYSeries train = chart.addSeries("train loss", epochs, loss);
        train.setMarker(SeriesMarkers.CIRCLE);
        if (!validation.isEmpty()) {
            XYSeries val = chart.addSeries("validation " + metricName, validationEpochs, validation);
            val.setMarker(SeriesMarkers.DIAMOND);
            val.setYAxisGroup(1);
            chart.setYAxisGroupTitle(1, "validation " + metricName);
        }
        try {
            byte[] png = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
            AtomicFiles.write(file, out -> out.write(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
