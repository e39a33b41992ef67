package ca.imp.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import ca.imp.embedded.TokenIssuer;

/**
 * {@code deploy/token ROLE [BUSINESS_NUMBER ...] [--data DIR]}: prints a bearer token of the local run,
 * signed with the key in its data folder, alone on one line, so that a script can write
 * {@code -H "Authorization: Bearer $(deploy/token employer 123456789)"}. Errors go to stderr, with exit code 2.
 */
public final class LocalToken {
    static final Duration VALIDITY = Duration.ofHours(12);
    /** The product's roles ({@code ca.imp.access.Role}), named here so that the launcher needs none of the services' libraries. */
    static final List<String> ROLES = List.of("employer", "representative", "officer", "ops", "partner");
    private static final String USAGE = "usage: deploy/token ROLE [BUSINESS_NUMBER ...] [--data DIR]\n"
            + "  ROLE is employer (one business number), representative (one or more), officer, ops or partner (none)";

    private LocalToken() {
    }

    /**
     * A token for a caller of the local run, valid for 12 hours; its subject names the role and the
     * employers it acts for, e.g. {@code local-employer-123456789}, so the offers' history says who did what.
     *
     * @throws IllegalArgumentException if the role is unknown or has the wrong number of business numbers
     */
    static String issue(TokenIssuer issuer, String role, List<String> businessNumbers) {
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("unknown role '" + role + "': one of " + String.join(", ", ROLES));
        }
        for (String businessNumber : businessNumbers) {
            if (!businessNumber.matches("\\d{9}")) {
                throw new IllegalArgumentException("'" + businessNumber + "' is not a 9-digit CRA business number");
            }
        }
        boolean rightCount = switch (role) {
            case "employer" -> businessNumbers.size() == 1;
            case "representative" -> !businessNumbers.isEmpty();
            default -> businessNumbers.isEmpty();
        };
        if (!rightCount) {
            throw new IllegalArgumentException(switch (role) {
                case "employer" -> "an employer acts for exactly one business number";
                case "representative" -> "a representative acts for one or more business numbers";
                default -> "officer, ops and partner work across employers: give no business number";
            });
        }
        String actsFor = businessNumbers.isEmpty() ? "1" : String.join("-", businessNumbers);
        return issuer.token("local-" + role + "-" + actsFor, role, businessNumbers, VALIDITY);
    }

    public static void main(String[] args) {
        Path data = Path.of(".data");
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data")) {
                if (i + 1 == args.length) {
                    fail("--data needs the local run's data folder");
                }
                data = Path.of(args[++i]);
            } else if (args[i].startsWith("-")) {
                fail("unknown option " + args[i]);
            } else {
                positional.add(args[i]);
            }
        }
        if (positional.isEmpty()) {
            fail("no role given");
        }
        try {
            TokenIssuer issuer = LocalIdentity.existing(data.toAbsolutePath().normalize()).issuer();
            System.out.println(issue(issuer, positional.get(0), positional.subList(1, positional.size())));
        } catch (RuntimeException e) {
            fail(e.getMessage());
        }
    }

    private static void fail(String reason) {
        System.err.println("deploy/token: " + reason);
        System.err.println(USAGE);
        System.exit(2);
    }
}
