package org.protpred.pipeline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link Html#escape}: markup characters and what XML does not allow. */
class HtmlTest {

    @Test
    void escapesMarkupAndReplacesControlCharacters() {
        assertEquals("&lt;b&gt;a &amp; b&lt;/b&gt; &quot;q&quot; &#39;s&#39;", Html.escape("<b>a & b</b> \"q\" 's'"));
        assertEquals("a\ufffdb\ufffdc\td", Html.escape("a\u0000b\u001bc\td"));
        assertEquals("\ud83e\uddec ok \ufffd", Html.escape("\ud83e\uddec ok \ud800"));
    }
}
