package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A person of the organization.
 */
public record Person(
        String id,
        Value<String> name,
        Value<String> title,
        Value<Role> role,
        Value<LocalDate> left,
        Value<Boolean> responsibilityLetter,
        Value<Boolean> confidentialityAgreement,
        Value<Boolean> exitAgreement,
        Value<Items<String>> certifications,
        Value<LocalDate> lastProfessionalTraining,
        Value<LocalDate> lastSkillAssessment,
        Origin origin) implements Located {
}
