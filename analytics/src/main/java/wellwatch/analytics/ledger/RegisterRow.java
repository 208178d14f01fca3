package wellwatch.analytics.ledger;

/**
 * One water user (取用水单位) in the register ledger, volumes in m3 per year ({@code null}: not known).
 *
 * @param waterSource the ledger's term (地下水, 地热水, 地表水; several joined with 、), or {@code null}
 * @param actualM3 abstracted in the year ({@code analytics.water_year}), or {@code null} when not available
 */
public record RegisterRow(String unitId, String name, String industry, String waterSource, Double permittedM3, Double plannedM3, Double actualM3,
        String remarks) {}
