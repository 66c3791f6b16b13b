package org.protpred.pipeline.contacts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.protpred.pipeline.RequiresData;
import org.protpred.models.core.DataLocation;
import org.protpred.pipeline.data.Psicov150Dataset;
import org.protpred.pipeline.labels.ContactRange;
import org.protpred.pipeline.protein.ProteinRecord;
import org.protpred.pipeline.task.EvaluationRun;
import org.protpred.pipeline.task.LabelledSet;

/** The shipped single-sequence model on PSICOV150: mean long-range top-L/5 precision at least 0.20. */
class ContactFloorTest {

    @Test
    void shippedSingleSequenceModelMeetsTheFloorOnPsicov150() {
        RequiresData.assume(DataLocation.folder(Psicov150Dataset.FOLDER).isPresent(), "PSICOV150 under PROTPRED_DATA");
        RequiresData.assume(ContactModel.class.getResource(ContactModel.BUNDLED_SINGLE) != null,
                "the shipped single-sequence contact model");
        ContactModel model = ContactModel.bundled(false);
        List<ProteinRecord> chains = Psicov150Dataset.shared().readAll();
        ContactEvaluator evaluator = new ContactEvaluator("psicov150");
        EvaluationRun.run(new LabelledSet("psicov150", chains), model, evaluator);
        double longL5 = ContactEvaluator.mean(evaluator.scores(), false)[ContactRange.LONG.ordinal()][1];
        assertTrue(longL5 >= 0.20, "mean long-range top-L/5 precision " + longL5 + " < 0.20");
    }
}
