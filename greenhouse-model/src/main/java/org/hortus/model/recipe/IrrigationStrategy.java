package org.hortus.model.recipe;

/**
 * A stage's irrigation day: shots triggered by the radiation sum since the last shot, within a
 * window after sunrise and before sunset.
 *
 * @param startAfterSunriseMinutes first shot no earlier than sunrise + this
 * @param radiationSumJoulesPerCm2 radiation sum since the last shot that triggers the next
 * @param minIntervalMinutes never two shots closer than this
 * @param maxIntervalMinutes a shot at the latest after this, whatever the radiation
 * @param shotVolumeMillilitresPerM2 water per shot
 * @param stopBeforeSunsetMinutes last shot no later than sunset − this
 * @param maxDailyVolumeLitresPerM2 no more water than this in one day
 */
public record IrrigationStrategy(
    int startAfterSunriseMinutes,
    double radiationSumJoulesPerCm2,
    int minIntervalMinutes,
    int maxIntervalMinutes,
    double shotVolumeMillilitresPerM2,
    int stopBeforeSunsetMinutes,
    double maxDailyVolumeLitresPerM2) {}
