package ca.imp.access;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The caller of the current request, read from its verified bearer token. Resources hand it to use
 * cases; it is available in any endpoint guarded by {@code @RolesAllowed}, where authentication has
 * already happened (so reading it never blocks the I/O thread).
 */
@RequestScoped
public class CurrentCaller {
    private static final Pattern BUSINESS_NUMBER = Pattern.compile("^[0-9]{9}$");

    private final SecurityIdentity identity;
    private final String businessNumbersClaim;
    private Caller caller;

    CurrentCaller(SecurityIdentity identity,
                  @ConfigProperty(name = "imp.access.business-numbers-claim") String businessNumbersClaim) {
        this.identity = identity;
        this.businessNumbersClaim = businessNumbersClaim;
    }

    /** @throws CallerNotRecognised when the token names no single role, or its business numbers do not fit the role */
    public Caller get() {
        if (caller == null) {
            caller = read();
        }
        return caller;
    }

    private Caller read() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            throw new CallerNotRecognised("the request carries no verified bearer token");
        }
        List<Role> roles = identity.getRoles().stream().flatMap(name -> Role.ofClaim(name).stream()).distinct().toList();
        if (roles.size() != 1) {
            throw new CallerNotRecognised("the token must carry exactly one of the roles "
                    + List.of(Role.values()).stream().map(Role::claimValue).collect(Collectors.joining(", ")));
        }
        Role role = roles.get(0);
        Set<String> businessNumbers = role.actsForEmployers() ? businessNumbers(token.getClaim(businessNumbersClaim)) : Set.of();
        if (role == Role.EMPLOYER && businessNumbers.size() != 1) {
            throw new CallerNotRecognised("an employer's token names exactly one CRA business number in '" + businessNumbersClaim + "'");
        }
        if (role == Role.REPRESENTATIVE && businessNumbers.isEmpty()) {
            throw new CallerNotRecognised("a representative's token lists the CRA business numbers it acts for in '"
                    + businessNumbersClaim + "'");
        }
        return new Caller(token.getSubject(), role, new TreeSet<>(businessNumbers));
    }

    private static Set<String> businessNumbers(Object claim) {
        Collection<String> values;
        if (claim == null) {
            values = List.of();
        } else if (claim instanceof JsonArray array) {
            values = array.stream().map(v -> v instanceof JsonString s ? s.getString() : v.toString()).toList();
        } else if (claim instanceof Collection<?> collection) {
            values = collection.stream().map(Object::toString).toList();
        } else if (claim instanceof JsonString single) {
            values = List.of(single.getString());
        } else {
            values = List.of(claim.toString());
        }
        for (String value : values) {
            if (!BUSINESS_NUMBER.matcher(value).matches()) {
                throw new CallerNotRecognised("the token's business numbers must each be 9 digits");
            }
        }
        return new TreeSet<>(values);
    }
}
