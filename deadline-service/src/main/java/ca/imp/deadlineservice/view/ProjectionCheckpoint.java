package ca.imp.deadlineservice.view;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** How far a projection has read the event log; saved in the same transaction as the rows it wrote. */
@Entity
@Table(name = "projection_checkpoint")
public class ProjectionCheckpoint extends PanacheEntityBase {
    @Id
    public String name;

    public long position;

    static ProjectionCheckpoint startOf(String name) {
        ProjectionCheckpoint checkpoint = new ProjectionCheckpoint();
        checkpoint.name = name;
        checkpoint.position = 0;
        return checkpoint;
    }
}
