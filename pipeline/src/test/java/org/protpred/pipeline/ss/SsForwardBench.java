package org.protpred.pipeline.ss;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.protpred.models.ss.BiRnnInference;
import org.protpred.pipeline.protein.ProteinRecord;
import org.protpred.pipeline.features.ResidueFeatures;
import org.protpred.pipeline.io.FastaReader;
import org.protpred.pipeline.task.SequenceBatches;

/**
 * Times the secondary-structure forward pass of the bundled model: {@code BiRnnInference} against the previous
 * implementation ({@link Conv1dLstmLayerForward}), alternating on the same batches in one JVM so that load from
 * other processes falls on both alike. Not a test; run with the test classpath:
 * {@code java -cp ... org.protpred.pipeline.ss.SsForwardBench FASTA [rounds [new-only]]} ({@code new-only}: for a
 * profiler). Prints per round the seconds of each implementation over all batches and networks (wall and the main
 * thread's CPU time, which the load of other processes changes less; with {@code OMP_NUM_THREADS=1} the native work
 * runs on that thread), the largest difference of their outputs at real steps, and the medians and their ratios.
 * {@code -DmaxBatch=N -DmaxResidues=M} change the batch limits; {@code -Dplans=64:32768,128:65536} instead times
 * {@code BiRnnInference} alone under each of those limits.
 */
public final class SsForwardBench {

    private SsForwardBench() {
    }

    public static void main(String[] args) {
        Path fasta = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        boolean newOnly = args.length > 2 && args[2].equals("new-only");
        int maxBatch = Integer.getInteger("maxBatch", SequenceBatches.MAX_BATCH);
        int maxResidues = Integer.getInteger("maxResidues", SequenceBatches.MAX_BATCH_RESIDUES);
        SecondaryStructureModel model = SecondaryStructureModel.bundled();
        List<ProteinRecord> records = FastaReader.readAll(fasta);
        List<float[][]> features = ResidueFeatures.extractAll(records, model.featureSpec());
        List<SequenceBatches.Batch> batches = batches(features, maxBatch, maxResidues);
        List<ComputationGraph> nets = model.trained().graphs();
        String plans = System.getProperty("plans");
        if (plans != null) {
            comparePlans(plans.split(","), features, nets, rounds);
            return;
        }
        System.out.printf("%d chains, %d batches, %d networks%n", records.size(), batches.size(), nets.size());
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] old = new double[rounds];
        double[] now = new double[rounds];
        double[] oldCpu = new double[rounds];
        double[] nowCpu = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            double diff = 0;
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            List<INDArray> oldOut = new ArrayList<>();
            for (SequenceBatches.Batch b : newOnly ? List.<SequenceBatches.Batch>of() : batches) {
                for (ComputationGraph net : nets) {
                    oldOut.add(Conv1dLstmLayerForward.output(net, b.features(), b.mask())[0]);
                }
            }
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            List<INDArray> newOut = new ArrayList<>();
            for (SequenceBatches.Batch b : batches) {
                for (ComputationGraph net : nets) {
                    newOut.add(BiRnnInference.output(net, b.features(), b.mask())[0]);
                }
            }
            long t2 = System.nanoTime();
            long c2 = threads.getCurrentThreadCpuTime();
            int i = 0;
            for (SequenceBatches.Batch b : newOnly ? List.<SequenceBatches.Batch>of() : batches) {
                for (int n = 0; n < nets.size(); n++, i++) {
                    INDArray d = oldOut.get(i).sub(newOut.get(i)).muli(b.mask().reshape(b.mask().size(0), 1,
                            b.mask().size(1)));
                    diff = Math.max(diff, d.amaxNumber().doubleValue());
                }
            }
            old[r] = (t1 - t0) / 1e9;
            now[r] = (t2 - t1) / 1e9;
            oldCpu[r] = (c1 - c0) / 1e9;
            nowCpu[r] = (c2 - c1) / 1e9;
            System.out.printf("round %d: old %.2f s (cpu %.2f s), new %.2f s (cpu %.2f s), old/new %.2f (cpu %.2f),"
                    + " max |diff| %.2e%n", r + 1, old[r], oldCpu[r], now[r], nowCpu[r], old[r] / now[r],
                    oldCpu[r] / nowCpu[r], diff);
        }
        for (double[] a : new double[][] {old, now, oldCpu, nowCpu}) {
            java.util.Arrays.sort(a);
        }
        int m = rounds / 2;
        System.out.printf("median: old %.2f s (cpu %.2f s), new %.2f s (cpu %.2f s), old/new %.2f (cpu %.2f)%n",
                old[m], oldCpu[m], now[m], nowCpu[m], old[m] / now[m], oldCpu[m] / nowCpu[m]);
    }

    private static List<SequenceBatches.Batch> batches(List<float[][]> features, int maxBatch, int maxResidues) {
        int[] lengths = features.stream().mapToInt(f -> f.length).toArray();
        List<SequenceBatches.Batch> batches = new ArrayList<>();
        for (int[] rows : SequenceBatches.plan(lengths, maxBatch, maxResidues)) {
            List<float[][]> part = new ArrayList<>();
            for (int n : rows) {
                part.add(features.get(n));
            }
            batches.add(SequenceBatches.encode(part));
        }
        return batches;
    }

    /** {@code BiRnnInference} alone under several batch limits ("chains:residues" each), alternating, CPU time. */
    private static void comparePlans(String[] plans, List<float[][]> features, List<ComputationGraph> nets,
                                     int rounds) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[][] cpu = new double[plans.length][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < plans.length; k++) {
                String[] limits = plans[k].split(":");
                List<SequenceBatches.Batch> batches = batches(features, Integer.parseInt(limits[0]),
                        Integer.parseInt(limits[1]));
                long c0 = threads.getCurrentThreadCpuTime();
                for (SequenceBatches.Batch b : batches) {
                    for (ComputationGraph net : nets) {
                        BiRnnInference.output(net, b.features(), b.mask());
                    }
                }
                cpu[k][r] = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
                System.out.printf("round %d: limits %s (%d batches): cpu %.2f s%n", r + 1, plans[k], batches.size(),
                        cpu[k][r]);
            }
        }
        for (int k = 0; k < plans.length; k++) {
            java.util.Arrays.sort(cpu[k]);
            System.out.printf("median: limits %s: cpu %.2f s%n", plans[k], cpu[k][rounds / 2]);
        }
    }
}
