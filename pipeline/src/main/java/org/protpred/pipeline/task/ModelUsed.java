package org.protpred.pipeline.task;

/**
 * A model a run used, as its provenance ({@code run.json}, the report) names it.
 *
 * @param task   the task it predicted ({@code ss}, {@code fold}, {@code contacts})
 * @param source {@code bundled NAME.zip} for a model shipped with protpred, else the path given
 * @param kind   the model kind ({@code ss-birnn})
 * @param sha256 SHA-256 of the model file's bytes, hexadecimal (empty for a network built in memory)
 */
public record ModelUsed(String task, String source, String kind, String sha256) {
}
