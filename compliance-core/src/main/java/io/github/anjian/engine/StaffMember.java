package io.github.anjian.engine;

import io.github.anjian.facts.Contractor;
import io.github.anjian.facts.ContractorStaff;
import io.github.anjian.facts.Located;
import io.github.anjian.facts.Origin;

/**
 * A derived fact: one member of a contractor's staff, with the contractor (subject of OUT-02).
 *
 * @param contractor the contractor
 * @param staff the staff member
 */
public record StaffMember(Contractor contractor, ContractorStaff staff) implements Located {
    @Override
    public Origin origin() {
        return staff.origin();
    }
}
