package piggyback.api.browser;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

import piggyback.api.ApiTest;

/**
 * A page test: the application as in {@link ApiTest}, plus a headless Chromium opened before
 * each test and closed after it. Screenshots go to {@code target/screenshots/<TestClass>/}.
 */
public abstract class BrowserTest extends ApiTest {

    protected Browser browser;

    /** Switches added to the standard headless ones (e.g. a fake microphone). */
    protected String[] chromiumSwitches() {
        return new String[0];
    }

    @BeforeEach
    void openBrowser(TestInfo test) {
        browser = Browser.open(port, getClass().getSimpleName(), chromiumSwitches());
    }

    /** A small JPEG picture, as the pipeline stores a video's thumbnail. */
    protected static byte[] thumbnailJpeg() {
        BufferedImage picture = new BufferedImage(64, 36, BufferedImage.TYPE_INT_RGB);
        Graphics2D pen = picture.createGraphics();
        pen.setColor(new Color(0xF2A65A));
        pen.fillRect(0, 0, 64, 36);
        pen.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture, "jpg", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
