package io.github.anjian.facts;

/**
 * Who gives an emergency plan technical support: {@code internal}, or a contractor by id
 * ({@code none} is {@code Value.none()} around no {@code TechnicalSupport}).
 *
 * @param contractor the contractor id, or {@code null} for internal support
 */
public record TechnicalSupport(@Ref(Contractor.class) String contractor) {

    /** Support by the organization's own staff. */
    public static final TechnicalSupport INTERNAL = new TechnicalSupport(null);

    /** True for internal support. */
    public boolean isInternal() {
        return contractor == null;
    }
}
