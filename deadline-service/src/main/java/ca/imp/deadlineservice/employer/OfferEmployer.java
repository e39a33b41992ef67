package ca.imp.deadlineservice.employer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * Which employer made an offer, as offer-service announced it in {@code OfferSubmitted}: how this
 * service finds an employer's deadlines without asking offer-service. Written by
 * {@link OfferEmployers}; read here.
 */
@Entity
@Table(name = "offer_employers", indexes = @Index(name = "offer_employers_by_employer", columnList = "business_number"))
public class OfferEmployer extends PanacheEntityBase {
    @Id
    @Column(name = "offer_number")
    public String offerNumber;

    @Column(name = "business_number", nullable = false)
    public String businessNumber;

    @Column(name = "legal_name", nullable = false)
    public String legalName;
}
