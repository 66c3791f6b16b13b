package org.protpred.pipeline.all;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protpred.pipeline.cli.CliRun;
import org.protpred.pipeline.contacts.ContactModel;
import org.protpred.pipeline.contacts.ContactPipelineTask;
import org.protpred.pipeline.contacts.RrReader;
import org.protpred.pipeline.fold.FoldTask;
import org.protpred.pipeline.ss.SecondaryStructureModel;
import org.protpred.pipeline.task.ModelChecksum;
import org.protpred.pipeline.task.RunManifest;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code protpred predict all} on the three example records, against the single commands run on the same file: the
 * folders and files, {@code summary.tsv}, {@code run.json} and {@code report.html} parsed as XML.
 */
class PredictAllCommandTest {

    static final Path EXAMPLE = Path.of("..", "resources", "examples", "example.fasta");
    static final List<String> IDS = List.of("TS115_0", "TS115_1", "TS115_5");

    @TempDir
    static Path dir;

    static Path all;
    static Path single;
    static CliRun allRun;

    @BeforeAll
    static void runAllAndTheSingleCommands() {
        all = dir.resolve("all");
        single = dir.resolve("single");
        allRun = CliRun.run("predict", "all", EXAMPLE.toString(), "-o", all.toString());
        for (String task : List.of("ss", "fold", "contacts")) {
            Path out = single.resolve(task);
            CliRun r = task.equals("contacts") ? CliRun.run("predict", task, EXAMPLE.toString(), "-o", out.toString())
                    : CliRun.run("predict", task, EXAMPLE.toString(), "--format", "json", "-o", out.toString());
            assertEquals(0, r.status(), r.err());
        }
    }

    @Test
    void everyRecordGetsAFolderWithTheFilesOfEveryPredictorEqualToTheSingleCommands() throws Exception {
        assertEquals(0, allRun.status(), allRun.err());
        assertTrue(allRun.err().contains("predict all: 3 of 3 records predicted into " + all), allRun.err());
        for (String id : IDS) {
            Path folder = all.resolve(id);
            for (String ext : List.of(".ss2", ".horiz", ".ss.json", ".rank", ".fold.json", ".rr", ".png")) {
                assertTrue(Files.isRegularFile(folder.resolve(id + ext)), id + ext);
            }
            try (var files = Files.list(folder)) {
                assertEquals(7, files.count(), "only the record's own files in " + folder);
            }
            for (String f : List.of(".ss2", ".horiz", ".ss.json")) {
                assertEquals(Files.readString(single.resolve("ss").resolve(id + f)),
                        Files.readString(folder.resolve(id + f)), id + f);
            }
            for (String f : List.of(".rank", ".fold.json")) {
                assertEquals(Files.readString(single.resolve("fold").resolve(id + f)),
                        Files.readString(folder.resolve(id + f)), id + f);
            }
            assertEquals(Files.readString(single.resolve("contacts").resolve(id + ".rr")),
                    Files.readString(folder.resolve(id + ".rr")), id + ".rr");
            BufferedImage png = ImageIO.read(folder.resolve(id + ".png").toFile());
            int length = RrReader.read(folder.resolve(id + ".rr")).length();
            assertEquals(png.getWidth(), png.getHeight());
            assertEquals(0, png.getWidth() % length, "a whole number of pixels per residue");
        }
    }

    @Test
    void summaryRowsAgreeWithTheSingleCommandsFiles() throws Exception {
        List<String> lines = Files.readAllLines(all.resolve("summary.tsv"));
        assertEquals("id\tlength\thelix\tstrand\tcoil\ttop_fold\ttop_fold_probability\tlong_range_contacts\tstatus",
                lines.get(0));
        assertEquals(4, lines.size());
        for (int k = 0; k < IDS.size(); k++) {
            String id = IDS.get(k);
            String[] cells = lines.get(k + 1).split("\t", -1);
            assertEquals(9, cells.length, lines.get(k + 1));
            assertEquals(id, cells[0]);
            assertEquals("ok", cells[8]);
            String ss = ssFasta(single.resolve("ss").resolve("ss.fasta")).get(id);
            assertEquals(Integer.toString(ss.length()), cells[1]);
            double h = Double.parseDouble(cells[2]);
            double e = Double.parseDouble(cells[3]);
            double c = Double.parseDouble(cells[4]);
            assertEquals(fraction(ss, 'H'), cells[2]);
            assertEquals(fraction(ss, 'E'), cells[3]);
            assertEquals(fraction(ss, 'C'), cells[4]);
            assertEquals(1.0, h + e + c, 2e-4);
            String first = Files.readAllLines(single.resolve("fold").resolve(id + ".rank")).get(3);
            String[] best = first.split(" ");
            assertEquals("1", best[0]);
            assertEquals(best[1], cells[5]);
            assertEquals(best[2], cells[6]);
            long longRange = 0;
            for (String l : Files.readAllLines(single.resolve("contacts").resolve(id + ".rr"))) {
                String[] f = l.split(" ");
                if (f.length == 5 && Integer.parseInt(f[1]) - Integer.parseInt(f[0]) >= 24
                        && Double.parseDouble(f[4]) >= 0.5) {
                    longRange++;
                }
            }
            assertEquals(Long.toString(longRange), cells[7]);
            assertTrue(longRange > 0, "the example chains have long-range contacts above 0.5");
        }
    }

    private static String fraction(String states, char s) {
        return String.format(Locale.ROOT, "%.4f", (double) states.chars().filter(x -> x == s).count()
                / states.length());
    }

    private static Map<String, String> ssFasta(Path file) throws Exception {
        Map<String, String> out = new TreeMap<>();
        String id = null;
        for (String l : Files.readAllLines(file)) {
            if (l.startsWith(">")) {
                id = l.substring(1);
                out.put(id, "");
            } else {
                out.put(id, out.get(id) + l);
            }
        }
        return out;
    }

    @Test
    void runJsonNamesTheThreeBundledModelsWithTheSha256OfTheirBytes() throws Exception {
        RunManifest run = RunManifest.read(all.resolve("run.json"));
        assertEquals("predict all", run.command());
        assertEquals(List.of("predict", "all", EXAMPLE.toString(), "-o", all.toString()), run.arguments());
        assertEquals(3, run.records());
        assertEquals(3, run.predicted());
        assertEquals(List.of(), run.failed());
        assertFalse(run.finished().isBefore(run.started()));
        assertEquals(List.of("ss", "fold", "contacts"), run.models().stream().map(m -> m.task()).toList());
        assertEquals(List.of("bundled ss3-birnn.zip", "bundled fold-deepsf.zip", "bundled contacts-single.zip"),
                run.models().stream().map(m -> m.source()).toList());
        assertEquals(List.of(sha(SecondaryStructureModel.BUNDLED_RESOURCE), sha(FoldTask.BUNDLED_RESOURCE),
                sha(ContactModel.BUNDLED_SINGLE)), run.models().stream().map(m -> m.sha256()).toList());
    }

    static String sha(String resource) throws Exception {
        try (InputStream in = PredictAllCommandTest.class.getResourceAsStream(resource)) {
            return ModelChecksum.of(in.readAllBytes());
        }
    }

    @Test
    void reportIsWellFormedWithProvenanceSummaryAndOneSectionPerProtein() throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(all.resolve("report.html").toFile());
        String html = Files.readString(all.resolve("report.html"));
        assertFalse(html.contains("http://") && html.replace("http://www.w3.org/1999/xhtml", "").contains("http://"),
                "nothing fetched");
        assertFalse(html.contains("<script") || html.contains("<link") || html.contains("https://"));
        Element provenance = byId(doc, "provenance");
        String text = provenance.getTextContent();
        for (String resource : List.of(SecondaryStructureModel.BUNDLED_RESOURCE, FoldTask.BUNDLED_RESOURCE,
                ContactModel.BUNDLED_SINGLE)) {
            assertTrue(text.contains(sha(resource)), resource);
            assertTrue(text.contains("bundled " + resource.substring(resource.lastIndexOf('/') + 1)), resource);
        }
        assertTrue(text.contains("protpred predict all " + EXAMPLE + " -o " + all), text);
        List<Element> summaryRows = elements(byId(doc, "summary"), "tr");
        assertEquals(4, summaryRows.size());
        List<String> tsv = Files.readAllLines(all.resolve("summary.tsv"));
        for (int k = 1; k < 4; k++) {
            List<String> cells = elements(summaryRows.get(k), "td").stream().map(Element::getTextContent).toList();
            assertEquals(List.of(tsv.get(k).split("\t")), cells);
        }
        List<Element> proteins = new ArrayList<>();
        for (Element s : elements(doc.getDocumentElement(), "section")) {
            if (s.getAttribute("class").equals("protein")) {
                proteins.add(s);
            }
        }
        assertEquals(3, proteins.size());
        for (int k = 0; k < 3; k++) {
            Element p = proteins.get(k);
            String id = IDS.get(k);
            assertEquals(id, elements(p, "h2").get(0).getTextContent());
            assertTrue(p.getTextContent().contains("status: ok"), p.getTextContent());
            String ss = ssFasta(single.resolve("ss").resolve("ss.fasta")).get(id);
            Element track = withClass(p, "div", "ss-track");
            StringBuilder states = new StringBuilder();
            for (Element span : elements(track, "span")) {
                if (span.getAttribute("class").matches("ss-[HEC]")) {
                    states.append(span.getTextContent());
                    double opacity = Double.parseDouble(span.getAttribute("style").replace("opacity:", ""));
                    assertTrue(opacity > 0.15 && opacity <= 1, span.getAttribute("style"));
                }
            }
            assertEquals(ss, states.toString(), "the track shows the predicted states");
            assertEquals((ss.length() + 59) / 60, elementsWithClass(track, "div", "ss-block").size());
            Element img = elements(withClass(p, "figure", "contact-map"), "img").get(0);
            String src = img.getAttribute("src");
            assertTrue(src.startsWith("data:image/png;base64,"));
            BufferedImage png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder()
                    .decode(src.substring("data:image/png;base64,".length()))));
            assertEquals(Integer.parseInt(img.getAttribute("width")), png.getWidth());
            assertArrayEquals(Files.readAllBytes(all.resolve(id).resolve(id + ".png")),
                    Base64.getDecoder().decode(src.substring("data:image/png;base64,".length())),
                    "the same map as the record's png");
            List<Element> foldRows = elements(withClass(p, "table", "folds"), "tr");
            assertEquals(11, foldRows.size(), "header and the 10 best folds");
            List<String> rank = Files.readAllLines(all.resolve(id).resolve(id + ".rank"));
            for (int r = 1; r <= 10; r++) {
                String[] f = rank.get(2 + r).split(" ", 4);
                List<String> cells = elements(foldRows.get(r), "td").stream().map(e -> e.getTextContent().strip())
                        .toList();
                assertEquals(List.of(f[0], f[1], f[2], f[3]), cells);
            }
        }
    }

    static Element byId(Document doc, String id) {
        for (Element e : elements(doc.getDocumentElement(), "*")) {
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        throw new AssertionError("no element with id " + id);
    }

    static List<Element> elements(Element root, String tag) {
        NodeList nodes = root.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    static List<Element> elementsWithClass(Element root, String tag, String cls) {
        return elements(root, tag).stream().filter(e -> e.getAttribute("class").equals(cls)).toList();
    }

    static Element withClass(Element root, String tag, String cls) {
        List<Element> found = elementsWithClass(root, tag, cls);
        assertEquals(1, found.size(), tag + "." + cls);
        return found.get(0);
    }

    @Test
    void reportOfResultsLackingTheFoldFilesSaysMissingFold() throws Exception {
        Path partial = dir.resolve("partial");
        for (String id : IDS) {
            Files.createDirectories(partial.resolve(id));
            for (String ext : List.of(".ss2", ".rr")) {
                Files.copy(all.resolve(id).resolve(id + ext), partial.resolve(id).resolve(id + ext));
            }
        }
        Path out = dir.resolve("partial-report");
        CliRun r = CliRun.run("report", EXAMPLE.toString(), partial.toString(), "-o", out.toString());
        assertEquals(0, r.status(), r.err());
        List<String> full = Files.readAllLines(all.resolve("summary.tsv"));
        List<String> lines = Files.readAllLines(out.resolve("summary.tsv"));
        for (int k = 1; k < 4; k++) {
            String[] want = full.get(k).split("\t");
            want[5] = "";
            want[6] = "";
            want[8] = "missing: fold";
            assertEquals(String.join("\t", want), lines.get(k));
        }
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("no fold prediction"));
        assertTrue(html.contains("no run record (run.json) found"));
    }

    @Test
    void reportReadsSingleCommandFoldersDirectly() throws Exception {
        Path out = dir.resolve("single-report");
        CliRun r = CliRun.run("report", EXAMPLE.toString(), single.resolve("ss").toString(),
                single.resolve("fold").toString(), single.resolve("contacts").toString(), "-o", out.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(Files.readString(all.resolve("summary.tsv")), Files.readString(out.resolve("summary.tsv")));
        String html = Files.readString(out.resolve("report.html"));
        for (String resource : List.of(SecondaryStructureModel.BUNDLED_RESOURCE, FoldTask.BUNDLED_RESOURCE,
                ContactModel.BUNDLED_SINGLE)) {
            assertTrue(html.contains(sha(resource)), resource);
        }
        for (String c : List.of("predict ss", "predict fold", "predict contacts")) {
            assertTrue(html.contains("protpred " + c + " "), c);
        }
    }

    @Test
    void aBadRecordFailsAloneAndTheReportSaysWhy() throws Exception {
        Path in = dir.resolve("bad.fasta");
        String good = Files.readAllLines(EXAMPLE).subList(5, 7).stream().reduce("", String::concat);
        Files.writeString(in, ">good\n" + good + "\n>bad two\nMKV1LA\n>tiny <b>&amp; \"x\"\nMKVLA\n");
        Path out = dir.resolve("bad");
        CliRun r = CliRun.run("predict", "all", in.toString(), "-o", out.toString());
        assertEquals(2, r.status(), r.err());
        List<String> errors = r.err().lines().filter(l -> l.startsWith("protpred: error: ")).toList();
        assertEquals(List.of("protpred: error: " + in + ":3: record 'bad': illegal character '1' at residue 4; "
                        + "expected amino-acid letters",
                "protpred: error: contacts: record 'tiny': 5 residues; contacts need a chain of more than 6 "
                        + "residues (pairs at least 6 apart)"), errors);
        assertTrue(r.err().contains("predict all: 1 of 3 records predicted into " + out + "; failed: bad, tiny"));
        assertTrue(Files.isRegularFile(out.resolve("good").resolve("good.rr")));
        assertFalse(Files.exists(out.resolve("bad")));
        assertFalse(Files.exists(out.resolve("tiny").resolve("tiny.rr")));
        assertTrue(Files.isRegularFile(out.resolve("tiny").resolve("tiny.ss2")));
        List<String> lines = Files.readAllLines(out.resolve("summary.tsv"));
        assertTrue(lines.get(1).matches("good\t102\t[0-9.]+\t[0-9.]+\t[0-9.]+\t[a-z]\\.\\d+\t[0-9.]+\t\\d+\tok"),
                lines.get(1));
        assertEquals("bad\t\t\t\t\t\t\t\tfailed: ss,fold,contacts: " + in + ":3: record 'bad': illegal character "
                + "'1' at residue 4; expected amino-acid letters", lines.get(2));
        assertTrue(lines.get(3).matches("tiny\t5\t[0-9.]+\t[0-9.]+\t[0-9.]+\t[a-z]\\.\\d+\t[0-9.]+\t\tfailed: "
                + "contacts: record 'tiny': 5 residues; contacts need .*"), lines.get(3));
        RunManifest run = RunManifest.read(out.resolve("run.json"));
        assertEquals(3, run.records());
        assertEquals(1, run.predicted());
        assertEquals(List.of("bad/ss", "bad/fold", "bad/contacts", "tiny/contacts"),
                run.failed().stream().map(f -> f.id() + "/" + f.task()).toList());
        String html = Files.readString(out.resolve("report.html"));
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("report.html").toFile());
        assertTrue(html.contains("<p class=\"description\">&lt;b&gt;&amp;amp; &quot;x&quot;</p>"), html);
        assertTrue(html.contains("status-problem"));
    }

    @Test
    void withAnAlignmentTheContactPredictorIsTheBundledAlignmentModel() throws Exception {
        Path corpus = Path.of(PredictAllCommandTest.class.getResource("/malformed/valid.a3m").toURI()).getParent();
        Path out = dir.resolve("msa");
        CliRun r = CliRun.run("predict", "all", corpus.resolve("valid/query.fasta").toString(), "--msa",
                corpus.resolve("valid.a3m").toString(), "-o", out.toString());
        assertEquals(0, r.status(), r.err());
        RunManifest run = RunManifest.read(out.resolve("run.json"));
        assertEquals("bundled contacts-msa.zip", run.models().get(2).source());
        assertEquals(sha(ContactModel.BUNDLED_MSA), run.models().get(2).sha256());
        assertTrue(Files.isRegularFile(out.resolve("q").resolve("q.rr")));
        assertTrue(Files.readAllLines(out.resolve("summary.tsv")).get(1).endsWith("\tok"));
    }
}
