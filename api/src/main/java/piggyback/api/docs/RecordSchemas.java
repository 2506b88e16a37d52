package piggyback.api.docs;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.media.Schema;

/**
 * The schema of a record a controller answers with, as the API writes it: snake_case names (the
 * application's Jackson naming), every component present, a reference-typed one possibly null.
 */
final class RecordSchemas {

    private RecordSchemas() {
    }

    static Schema<Object> of(String className) {
        Class<?> type;
        try {
            type = Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("operations.yaml names a record that does not exist: " + className, e);
        }
        if (!type.isRecord()) {
            throw new IllegalStateException(className + " is not a record");
        }
        Schema<Object> schema = new Schema<>();
        schema.setType("object");
        List<String> required = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = snakeCase(component.getName());
            Schema<Object> property = property(component.getType());
            if (!component.getType().isPrimitive()) {
                property.setNullable(true);
            }
            schema.addProperty(name, property);
            required.add(name);
        }
        schema.setRequired(required);
        return schema;
    }

    private static Schema<Object> property(Class<?> type) {
        Schema<Object> property = new Schema<>();
        if (type == String.class) {
            property.setType("string");
        } else if (type == boolean.class || type == Boolean.class) {
            property.setType("boolean");
        } else if (type == int.class || type == Integer.class || type == short.class || type == Short.class) {
            property.setType("integer");
        } else if (type == long.class || type == Long.class) {
            property.setType("integer");
            property.setFormat("int64");
        } else if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            property.setType("number");
        } else if (List.class.isAssignableFrom(type)) {
            property.setType("array");
            property.setItems(new Schema<>());
        } else if (Map.class.isAssignableFrom(type)) {
            property.setType("object");
        } else {
            throw new IllegalStateException("no schema for a record component of type " + type.getName());
        }
        return property;
    }

    /** Jackson's SNAKE_CASE: {@code isNumeric} -> {@code is_numeric}. */
    static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
