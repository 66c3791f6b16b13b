package org.protpred.models.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The demos written from first principles: linear regression, logistic regression and the perceptron. */
class FirstPrinciplesDemosTest {

    @Test
    void linearRegressionReachesTheTensorFlowFigures() {
        DemoRun<LinearRegressionDemo.Result> run = DemoRun.of(
                out -> LinearRegressionDemo.run(LinearRegressionDemo.Config.defaults(), out));
        Matcher m = Pattern.compile("W: (\\S+) b: (\\S+) loss: (\\S+)").matcher(run.lastLine());
        assertTrue(m.matches(), run.lastLine());
        double w = Double.parseDouble(m.group(1));
        double b = Double.parseDouble(m.group(2));
        double loss = Double.parseDouble(m.group(3));
        assertEquals(-1.0, w, 1e-3);
        assertEquals(1.0, b, 1e-3);
        assertTrue(loss < 1e-8, "loss " + loss);
        // the published figures of the TensorFlow example: W -0.9999969, b 0.99999082, loss 5.69997e-11
        assertEquals(-0.9999969, run.result().w(), 1e-6);
        assertEquals(0.99999082, run.result().b(), 1e-6);
    }

    @Test
    void meanSquaredErrorTakesSmallerStepsAndIsNotThereAfter1000() {
        LinearRegressionDemo.Result mean = DemoRun.of(out -> LinearRegressionDemo.run(
                new LinearRegressionDemo.Config(0.01, 1000, LinearRegressionDemo.Loss.MEAN), out)).result();
        assertTrue(Math.abs(mean.w() + 1) > 1e-3, "W " + mean.w());
        // four times the rate on the mean is the same trajectory as the sum
        LinearRegressionDemo.Result scaled = DemoRun.of(out -> LinearRegressionDemo.run(
                new LinearRegressionDemo.Config(0.04, 1000, LinearRegressionDemo.Loss.MEAN), out)).result();
        assertEquals(-0.9999969, scaled.w(), 1e-6);
    }

    @Test
    void logisticRegressionSeparatesVersicolorFromVirginica() {
        DemoRun<LogisticRegressionDemo.Result> run = DemoRun.of(
                out -> LogisticRegressionDemo.run(LogisticRegressionDemo.Config.defaults(), out));
        double accuracy = run.parsedAccuracy();
        assertEquals(run.result().testAccuracy(), accuracy, 1e-4);
        assertTrue(accuracy >= 0.9, run.output());
        assertTrue(run.result().trainLoss() < 0.2, run.output());
        // larger petals mean virginica: both petal weights positive
        assertTrue(run.result().weights()[2] > 0 && run.result().weights()[3] > 0, run.output());
    }

    @Test
    void perceptronConvergesOnSetosaAndClassifiesAllTestFlowers() {
        DemoRun<PerceptronDemo.Result> run = DemoRun.of(
                out -> PerceptronDemo.run(PerceptronDemo.Config.defaults(), out));
        assertTrue(run.result().converged(), run.output());
        assertEquals(1.0, run.parsedAccuracy(), 0, run.output());
        // setosa has short petals: the petal-length weight is negative
        assertTrue(run.result().weights()[1] < 0, run.output());
    }
}
