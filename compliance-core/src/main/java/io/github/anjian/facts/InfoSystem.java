package io.github.anjian.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An information system ({@code systems[]}).
 */
public record InfoSystem(
        String id,
        Value<String> name,
        Value<SystemKind> kind,
        Value<Boolean> publicFacing,
        Value<Boolean> classified,
        Value<Boolean> criticalInfrastructure,
        Value<String> responsibleDepartment,
        Value<Operations> operations,
        Value<Mlps> mlps,
        Value<LocalDate> riskAssessedOn,
        Value<LocalDate> cryptoEvaluatedOn,
        Value<Auth> auth,
        Value<Audit> audit,
        Value<Logs> logs,
        Value<Backup> backup,
        Value<Crypto> crypto,
        Value<Website> website,
        Value<Items<Scan>> scans,
        Value<Items<Vulnerability>> vulnerabilities,
        Origin origin) implements Located {
}
