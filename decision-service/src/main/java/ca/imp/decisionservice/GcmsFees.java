package ca.imp.decisionservice;

import java.math.BigDecimal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import ca.imp.contract.decision.AtipAct;

/** What an ATIP request costs under each act (policy data, domain.md): {@code gcms.fees.*}. */
@ConfigMapping(prefix = "gcms.fees")
public interface GcmsFees {

    @WithDefault("5.00")
    BigDecimal accessToInformation();

    @WithDefault("0.00")
    BigDecimal privacy();

    @WithDefault("CAD")
    String currency();

    default BigDecimal of(AtipAct act) {
        return act == AtipAct.PRIVACY ? privacy() : accessToInformation();
    }
}
