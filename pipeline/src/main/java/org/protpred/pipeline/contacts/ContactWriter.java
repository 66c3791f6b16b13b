package org.protpred.pipeline.contacts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.protpred.models.core.AtomicFiles;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.io.StructureChain;
import org.protpred.pipeline.io.StructureReader;
import org.protpred.pipeline.labels.ContactMap;
import org.protpred.pipeline.labels.RrWriter;
import org.protpred.pipeline.protein.ProteinRecord;
import org.protpred.pipeline.task.OutputNames;
import org.protpred.pipeline.task.PredictionWriter;

/**
 * Writes contact predictions: {@code <id>.rr} in CASP RR format ({@code PFRMAT RR}, {@code TARGET id},
 * {@code MODEL 1}, the sequence in lines of at most 50, then one line {@code i j 0 8 p} per pair, 1-based, sorted by
 * probability, highest first, at most {@value ContactModel#KEEP_FACTOR} L pairs with separation &gt;= 6, then
 * {@code END}); with a structure ({@code --structure}), also {@code <id>.png}: the predicted map (top L pairs,
 * upper triangle; green = true contact, red = not) against the true map (lower triangle, black). Every file is
 * written atomically.
 */
public final class ContactWriter implements PredictionWriter<ContactPrediction> {

    private final Path directory;
    private final Path structure;
    private final boolean predictedMap;

    /** @param structure a PDB/mmCIF file of the (single) chain predicted, for the png; or null */
    public ContactWriter(Path directory, Path structure) {
        this(directory, structure, false);
    }

    private ContactWriter(Path directory, Path structure, boolean predictedMap) {
        this.directory = directory;
        this.structure = structure;
        this.predictedMap = predictedMap;
    }

    /**
     * A writer of {@code <id>.rr} and, with no structure to compare with, {@code <id>.png} of the predicted map alone
     * ({@link #predictedPng}), as {@code protpred predict all} writes them.
     */
    public static ContactWriter withPredictedMap(Path directory) {
        return new ContactWriter(directory, null, true);
    }

    @Override
    public void write(ContactPrediction p) {
        String stem = OutputNames.stem(p.id());
        byte[] png = structure != null ? png(p, truth(p))
                : predictedMap ? predictedPng(p.length(), p.top(ContactModel.KEEP_FACTOR * p.length())) : null;
        AtomicFiles.writeString(directory.resolve(stem + ".rr"), rr(p));
        if (png != null) {
            try {
                AtomicFiles.write(directory.resolve(stem + ".png"), out -> out.write(png));
            } catch (IOException e) {
                throw InputException.at(directory, "cannot write " + stem + ".png: " + e.getMessage());
            }
        }
    }

    @Override
    public void finish() {
    }

    /** The RR text of a prediction. */
    public static String rr(ContactPrediction p) {
        List<RrWriter.Entry> entries = new ArrayList<>();
        for (ContactPrediction.Pair pair : p.top(ContactModel.KEEP_FACTOR * p.length())) {
            entries.add(new RrWriter.Entry(pair.i(), pair.j(), 0, ContactMap.DEFAULT_THRESHOLD, pair.probability()));
        }
        StringWriter w = new StringWriter();
        try {
            RrWriter.write(w, p.id(), p.sequence(), entries);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return w.toString();
    }

    private ContactMap truth(ContactPrediction p) {
        StructureChain chain = StructureReader.read(structure, null);
        ProteinRecord observed = chain.observedRecord();
        if (observed.sequence().equals(p.sequence())) {
            return ContactMap.of(observed);
        }
        if (chain.fullSequence().equals(p.sequence())) {
            return ContactMap.of(ProteinRecord.of(p.id(), p.sequence()).withStructure(chain.fullStructure()));
        }
        throw InputException.at(structure, "the structure's chain sequence differs from record '" + p.id() + "'");
    }

    /** Pixels per residue of a map of {@code length} residues (about 800 pixels wide, 1 to 8 per residue). */
    static int scale(int length) {
        return Math.max(1, Math.min(8, 800 / Math.max(1, length)));
    }

    /** The png of the predicted against the true map. */
    static byte[] png(ContactPrediction p, ContactMap truth) {
        int length = p.length();
        int scale = scale(length);
        BufferedImage image = blankMap(length, scale);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        for (int i = 0; i < length; i++) {
            for (int j = i + 6; j < length; j++) {
                if (truth.isContact(i, j)) {
                    g.fillRect(i * scale, j * scale, scale, scale);   // lower triangle: row j, column i
                }
            }
        }
        for (ContactPrediction.Pair pair : p.top(length)) {
            g.setColor(truth.isContact(pair.i(), pair.j()) ? new Color(0, 160, 0) : new Color(220, 0, 0));
            g.fillRect(pair.j() * scale, pair.i() * scale, scale, scale);   // upper triangle: row i, column j
        }
        g.dispose();
        return encode(image);
    }

    /**
     * The png of a predicted map alone: each pair in the upper triangle (row i, column j), shaded from white
     * (probability 0) to dark blue (1); the diagonal grey.
     */
    public static byte[] predictedPng(int length, List<ContactPrediction.Pair> pairs) {
        int scale = scale(length);
        BufferedImage image = blankMap(length, scale);
        Graphics2D g = image.createGraphics();
        for (ContactPrediction.Pair pair : pairs) {
            float p = (float) Math.max(0, Math.min(1, pair.probability()));
            g.setColor(new Color(Math.round(255 * (1 - p)), Math.round(255 * (1 - 0.8f * p)),
                    Math.round(255 - 100 * p)));
            g.fillRect(pair.j() * scale, pair.i() * scale, scale, scale);
        }
        g.dispose();
        return encode(image);
    }

    /** A white square map with a grey diagonal. */
    private static BufferedImage blankMap(int length, int scale) {
        int size = Math.max(1, length * scale);
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, size, size);
        g.setColor(new Color(220, 220, 220));
        for (int k = 0; k < length; k++) {
            g.fillRect(k * scale, k * scale, scale, scale);
        }
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image) {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
