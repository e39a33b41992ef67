package ca.imp.offerservice.inspection;

/** An inspection id either has no notice recorded yet, or is an {@link Inspection}. */
public sealed interface InspectionState permits InspectionState.NoInspection, Inspection {

    record NoInspection() implements InspectionState {
    }
}
