package app.lexdesk.core.feedback;

/** How many ratings and their mean (0 when there are none). */
public record RatingAverage(long count, double average) {

    public static final RatingAverage NONE = new RatingAverage(0, 0);

    public boolean any() {
        return count > 0;
    }
}
