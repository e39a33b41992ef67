package ca.imp.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * A query or path parameter of an enum type takes exactly the names of its constants, so the type
 * is the one list of the values allowed. Any other value gets the 400 a body field of an enum type
 * gets, naming the parameter and the values it takes; Quarkus alone would answer an empty 404.
 */
@Provider
public class EnumParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (!rawType.isEnum()) {
            return null;
        }
        return (ParamConverter<T>) new ByName(rawType.asSubclass(Enum.class), parameterName(annotations));
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
        }
        return "parameter";
    }

    private record ByName<E extends Enum<E>>(Class<E> type, String parameter) implements ParamConverter<E> {
        @Override
        public E fromString(String value) {
            if (value == null) {
                return null;
            }
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value)) {
                    return constant;
                }
            }
            // the parameter handler passes a WebApplicationException on untouched; ProblemMappers answers its cause
            throw new BadRequestException(new ProblemException(ProblemMappers.invalidValue(parameter, type, value)));
        }

        @Override
        public String toString(E value) {
            return value.name();
        }
    }
}
