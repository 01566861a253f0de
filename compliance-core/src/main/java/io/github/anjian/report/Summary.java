package io.github.anjian.report;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The figures the inspection report form asks for (SPEC §6 {@code summary}); counts of stated
 * values only, groups counting their {@code count}.
 *
 * @param systemsTotal information systems (classified ones included)
 * @param systemsPublicFacing serving the public
 * @param systemsContractorOperated operated by a contractor
 * @param systemsByLevel by MLPS level ("1".."5", "unknown")
 * @param systemsFiled filed with the public-security organ
 * @param systemsAssessedThisYear with an MLPS assessment this year
 * @param terminals active terminals
 * @param classifiedDevices classified devices
 * @param terminalsWithAntivirus active terminals with antivirus installed
 * @param terminalsWithDomesticCpu with a domestic CPU
 * @param terminalsWithDomesticOs with a domestic OS
 * @param terminalsWithDomesticOfficeSuite with a domestic office suite
 * @param terminalsWithUsbStorageBlocked with removable storage blocked
 * @param removableMedia removable media in use
 * @param wirelessNetworks wireless networks
 * @param facilities machine rooms and cabinets
 * @param trainingsThisYear trainings this year
 * @param peopleTrainedThisYear people trained this year (named attendees, else the largest count)
 * @param incidentsThisYear incidents this year by kind (and "total")
 * @param vulnerabilitiesFound vulnerabilities found this year
 * @param vulnerabilitiesFixed of those, fixed
 * @param vulnerabilityFixRate fixed ÷ found, null when none found or unknown
 * @param meanDaysToFix mean days from found to fixed, null when none fixed
 * @param systemsWithRealtimeBackup systems with real-time backup
 * @param systemsWithoutBackup systems with neither local nor off-site backup
 */
public record Summary(Figure systemsTotal, Figure systemsPublicFacing, Figure systemsContractorOperated,
                      Map<String, Figure> systemsByLevel, Figure systemsFiled, Figure systemsAssessedThisYear,
                      Figure terminals, Figure classifiedDevices, Figure terminalsWithAntivirus,
                      Figure terminalsWithDomesticCpu, Figure terminalsWithDomesticOs,
                      Figure terminalsWithDomesticOfficeSuite, Figure terminalsWithUsbStorageBlocked,
                      Figure removableMedia, Figure wirelessNetworks, Figure facilities, Figure trainingsThisYear,
                      Figure peopleTrainedThisYear, Map<String, Figure> incidentsThisYear,
                      Figure vulnerabilitiesFound, Figure vulnerabilitiesFixed, BigDecimal vulnerabilityFixRate,
                      BigDecimal meanDaysToFix, Figure systemsWithRealtimeBackup, Figure systemsWithoutBackup) {
}
