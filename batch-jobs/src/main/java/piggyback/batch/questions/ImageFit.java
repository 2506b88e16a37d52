package piggyback.batch.questions;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Shrinks images to fit a square, keeping the aspect ratio, never enlarging. */
final class ImageFit {

    private ImageFit() {
    }

    /**
     * An RGB copy of the image that fits within {@code side}×{@code side}. Large reductions halve
     * the size step by step before the last bicubic step, which keeps fine detail from aliasing
     * the way a single bicubic jump would.
     */
    static BufferedImage within(BufferedImage image, int side) {
        double scale = Math.min(1.0, Math.min((double) side / image.getWidth(), (double) side / image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage current = image;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = redraw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return redraw(current, width, height);
    }

    private static BufferedImage redraw(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }
}
