package org.protpred.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numeric options out of range are usage errors before anything runs (exit 2, the option and value named). */
class OptionValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "train ss --limit -5 -o m.zip|--limit': -5 is not 0 or more",
        "train ss --epochs 0 -o m.zip|--epochs': 0 is not 1 or more",
        "train ss --batch-size 2x -o m.zip|--batch-size': '2x' is not a whole number",
        "train ss --dropout 1 -o m.zip|--dropout': 1 is not in [0, 1)",
        "train ss --learning-rate NaN -o m.zip|--learning-rate': 'NaN' is not a finite number",
        "train ss --lr-drop-factor -1 -o m.zip|--lr-drop-factor': -1 is not above 0",
        "train ss --crop -1 -o m.zip|--crop': -1 is not 0 or more",
        "demo linear --rate 0|--rate': 0 is not above 0",
        "demo iris --hidden 10,0|--hidden' (<hidden>): 0 is not 1 or more",
        "demo iris --l2 -0.1|--l2': -0.1 is not 0 or more"})
    void outOfRangeValuesAreUsageErrors(String args, String message) {
        CliRun r = CliRun.run(args.split(" "));
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("Invalid value for option '" + message), r.err());
        assertEquals("", r.out());
    }
}
