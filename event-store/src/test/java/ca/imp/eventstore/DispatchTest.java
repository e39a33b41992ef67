package ca.imp.eventstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import ca.imp.eventstore.decider.Dispatch;

/** A sealed family's cases, counted when the dispatch is built. */
class DispatchTest {

    sealed interface Shape permits Circle, Polygon {
    }

    record Circle(int radius) implements Shape {
    }

    sealed interface Polygon extends Shape permits Square, Triangle {
    }

    record Square(int side) implements Polygon {
    }

    record Triangle(int base) implements Polygon {
    }

    @Test
    void each_record_goes_to_its_own_case_with_the_state() {
        Dispatch<Shape, Integer, String> describe = Dispatch.<Shape, Integer, String>over(Shape.class)
                .on(Circle.class, (circle, scale) -> "circle " + circle.radius() * scale)
                .on(Square.class, (square, scale) -> "square " + square.side() * scale)
                .on(Triangle.class, (triangle, scale) -> "triangle " + triangle.base() * scale)
                .build();

        assertEquals("square 6", describe.apply(new Square(3), 2));
        assertEquals("circle 2", describe.apply(new Circle(1), 2));
    }

    @Test
    void a_record_without_a_case_is_named_when_the_dispatch_is_built_even_under_a_nested_family() {
        var missing = assertThrows(IllegalStateException.class, () -> Dispatch.<Shape, Integer, String>over(Shape.class)
                .on(Circle.class, (circle, scale) -> "circle")
                .on(Square.class, (square, scale) -> "square")
                .build());

        assertEquals("Shape has no case for Triangle", missing.getMessage());
    }
}
