package ca.imp.accesstesting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The matrix the sweeps enforce is read from docs/security.md as a person reads it. */
class SecurityMatrixTest {

    @Test
    void every_service_has_its_table_in_docs_security() {
        assertTrue(AuthorizationSweep.operationsOf("offer-service").contains("POST /offers"));
        assertTrue(AuthorizationSweep.operationsOf("decision-service").contains("POST /applications/{applicationId}/decision"));
        assertTrue(AuthorizationSweep.operationsOf("deadline-service").contains("GET /calendar-feeds/{secret}/deadlines.ics"));
    }

    @Test
    void a_row_keeps_its_cells_in_the_order_of_the_columns() {
        var row = AuthorizationSweep.matrixOf("decision-service").get("POST /applications/{applicationId}/decision");
        assertEquals("[NO, NO, ANY, NO, NO]", row.values().toString());
    }
}
