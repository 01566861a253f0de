package io.github.anjian.load.internal;

import io.github.anjian.facts.Items;
import io.github.anjian.facts.Organization;
import io.github.anjian.facts.ParameterSetting;
import io.github.anjian.facts.SourceLocation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one fact file stated, bound to the model; parts of it are null where the file had errors. */
final class FilePart {
    Organization organization;
    SourceLocation organizationAt;
    final Map<String, Items<?>> lists = new LinkedHashMap<>();
    final List<ParameterSetting> parameters = new ArrayList<>();
    SourceLocation parametersAt;
}
