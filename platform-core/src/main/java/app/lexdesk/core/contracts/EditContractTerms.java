package app.lexdesk.core.contracts;

import app.lexdesk.core.records.Change;
import app.lexdesk.core.records.InvalidRecordChangeException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * Command: change a contract's terms; a null member leaves the term alone, a {@link Change} of null clears it.
 * A value needs an ISO 4217 currency (given here or already on the contract), and the end is not before the start.
 *
 * @throws InvalidRecordChangeException naming the field when a value cannot be stored
 */
public record EditContractTerms(Change<String> contractType, Change<List<Party>> parties, Change<BigDecimal> value,
        Change<String> currency, Change<LocalDate> startDate, Change<LocalDate> endDate,
        Change<LocalDate> renewalDate, Change<LocalDate> noticeDate) {

    public static final int PARTIES_MAX = 20;
    /** numeric(18, 2): sixteen digits before the point. */
    private static final BigDecimal VALUE_BOUND = new BigDecimal("1e16");

    public EditContractTerms {
        if (parties != null) {
            List<Party> list = parties.value() == null ? List.of() : parties.value();
            if (list.size() > PARTIES_MAX) {
                throw new InvalidRecordChangeException("parties", "too-many",
                        "A contract has at most " + PARTIES_MAX + " parties.");
            }
            if (list.stream().anyMatch(p -> p == null)) {
                throw new InvalidRecordChangeException("parties", "invalid-party", "A party cannot be null.");
            }
            parties = Change.to(List.copyOf(list));
        }
        if (value != null && value.value() != null) {
            BigDecimal v = value.value();
            if (v.signum() < 0 || v.abs().compareTo(VALUE_BOUND) >= 0 || v.stripTrailingZeros().scale() > 2) {
                throw new InvalidRecordChangeException("value", "invalid-money",
                        "value is a positive amount with at most two decimals.");
            }
        }
        if (currency != null && currency.value() != null) {
            String code = currency.value().strip();
            if (!isIso4217(code)) {
                throw new InvalidRecordChangeException("currency", "invalid-currency",
                        "currency is an ISO 4217 code such as EUR, USD or CHF.");
            }
            currency = Change.to(code);
        }
        if (contractType != null && contractType.value() != null && contractType.value().length() > 40) {
            throw new InvalidRecordChangeException("contractType", "unknown-contract-type", "No such contract type.");
        }
    }

    public static EditContractTerms none() {
        return new EditContractTerms(null, null, null, null, null, null, null, null);
    }

    static boolean isIso4217(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
