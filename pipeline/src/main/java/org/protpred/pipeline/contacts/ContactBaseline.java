package org.protpred.pipeline.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.features.FeatureGroup;
import org.protpred.pipeline.features.FeatureSpec;
import org.protpred.pipeline.features.PairBlock;
import org.protpred.pipeline.features.PairFeatureStream;
import org.protpred.pipeline.protein.ProteinRecord;
import org.protpred.pipeline.task.Predictor;

/**
 * Calibration baselines for {@code eval contacts --baseline}: {@code random} (every pair a seeded uniform score,
 * seed from the chain id) and {@code potential} (pairs ranked by the Miyazawa-Jernigan 1996 contact energy of their
 * two residues, most favourable first), {@code dca} / {@code mi} (mean-field DCA or MI with APC from the
 * record's alignment), through the same collector and evaluator as the networks.
 */
public final class ContactBaseline implements Predictor<ContactPrediction> {

    public static final List<String> NAMES = List.of("random", "potential", "dca", "mi");

    private final String name;
    private final FeatureSpec spec;

    private ContactBaseline(String name) {
        this.name = name;
        FeatureGroup pair = switch (name) {
            case "dca" -> FeatureGroup.of("coevolution", "method", "dca_apc");
            case "mi" -> FeatureGroup.of("coevolution", "method", "mi_apc");
            default -> FeatureGroup.of("potential", "table", "mj1996");
        };
        this.spec = new FeatureSpec(List.of(FeatureGroup.of("onehot")), List.of(pair),
                FeatureSpec.DEFAULT_MIN_SEPARATION);
    }

    public static ContactBaseline named(String name) {
        if (!NAMES.contains(name)) {
            throw new InputException("--baseline must be one of " + NAMES + ", not '" + name + "'");
        }
        return new ContactBaseline(name);
    }

    @Override
    public String source() {
        return "baseline " + name;
    }

    @Override
    public void check(ProteinRecord record) {
        if (record.length() <= 6) {
            throw new InputException("record '" + record.id() + "': " + record.length() + " residues; contacts need "
                    + "a chain of more than 6 residues");
        }
        spec.check(record);
    }

    @Override
    public List<ContactPrediction> predict(List<ProteinRecord> records) {
        List<ContactPrediction> out = new ArrayList<>();
        for (ProteinRecord r : records) {
            ContactPrediction.Collector c = new ContactPrediction.Collector(ContactModel.KEEP_FACTOR * r.length());
            Random random = new Random(r.id().hashCode());
            PairFeatureStream stream = new PairFeatureStream(r, spec, ContactModel.BLOCK);
            while (stream.hasNext()) {
                PairBlock b = stream.next();
                for (int k = 0; k < b.size(); k++) {
                    int i = b.first()[k];
                    int j = b.second()[k];
                    double score = name.equals("random") ? random.nextDouble() : b.value(k, 0);
                    if (r.isScored(i) && r.isScored(j)) {
                        c.add(i, j, score);
                    }
                }
            }
            out.add(c.finish(r.id(), r.sequence()));
        }
        return out;
    }
}
