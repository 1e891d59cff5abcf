package io.gridcharge.domain.shared;

/** A caller gave a value that breaks a rule; names the field and the rule so the answer can say both. */
public final class InvalidInput extends RuntimeException {
    private final String field;
    private final String rule;

    public InvalidInput(String field, String rule) {
        super(field + " " + rule);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
