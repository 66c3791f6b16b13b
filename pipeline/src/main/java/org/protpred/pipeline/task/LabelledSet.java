package org.protpred.pipeline.task;

import java.util.List;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * A set of records with the labels a task is scored on: a named benchmark set or the user's own files.
 *
 * @param name    the set's name in reports
 * @param records the labelled records
 */
public record LabelledSet(String name, List<ProteinRecord> records) {

    public LabelledSet {
        records = List.copyOf(records);
    }
}
