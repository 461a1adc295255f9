package org.claimdesk.api;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Reads a record marked {@link ParameterObject} (e.g. {@link QueueFilterParameters}) from the query
 * parameters named like its components, converted as Spring converts request parameters (comma
 * lists, {@code @DateTimeFormat}). Spring's own data binder does the same but looks up each
 * component's annotations again on every request, which was a sixth of the CPU of a {@code GET
 * /api/v1/claims} (docs/design-decisions/api-speed.md); here they are read once per record type. A
 * value that does not convert is a {@link MethodArgumentTypeMismatchException} naming the
 * parameter, answered as a 400 problem.
 */
final class RecordParameters implements HandlerMethodArgumentResolver {

  private static final TypeDescriptor TEXT = TypeDescriptor.valueOf(String.class);
  private static final TypeDescriptor TEXTS = TypeDescriptor.valueOf(String[].class);

  private final DefaultFormattingConversionService conversion =
      new DefaultFormattingConversionService();
  private final Map<Class<?>, Shape> shapes = new ConcurrentHashMap<>();

  /** A record's canonical constructor and its components' names and types, read once. */
  private record Shape(Constructor<?> constructor, List<Component> components) {}

  private record Component(String name, TypeDescriptor type, @Nullable Class<?> elementType) {}

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType().isRecord()
        && parameter.hasParameterAnnotation(ParameterObject.class);
  }

  @Override
  public Object resolveArgument(
      MethodParameter parameter,
      @Nullable ModelAndViewContainer container,
      NativeWebRequest request,
      @Nullable WebDataBinderFactory binders) {
    Shape shape = shapes.computeIfAbsent(parameter.getParameterType(), RecordParameters::shapeOf);
    Object[] values = new Object[shape.components().size()];
    for (int i = 0; i < values.length; i++) {
      Component c = shape.components().get(i);
      String[] given = request.getParameterValues(c.name());
      if (given == null) {
        continue;
      }
      Object raw = given.length == 1 ? given[0] : given;
      try {
        values[i] = conversion.convert(raw, given.length == 1 ? TEXT : TEXTS, c.type());
      } catch (ConversionException e) {
        Class<?> required = c.elementType() != null ? c.elementType() : c.type().getType();
        throw new MethodArgumentTypeMismatchException(
            given.length == 1 ? given[0] : String.join(",", given),
            required,
            c.name(),
            parameter,
            e);
      }
    }
    return BeanUtils.instantiateClass(shape.constructor(), values);
  }

  private static Shape shapeOf(Class<?> type) {
    RecordComponent[] parts = type.getRecordComponents();
    Class<?>[] types = new Class<?>[parts.length];
    Component[] components = new Component[parts.length];
    for (int i = 0; i < parts.length; i++) {
      RecordComponent part = parts[i];
      types[i] = part.getType();
      TypeDescriptor descriptor;
      try {
        // The component's field carries its annotations, @DateTimeFormat among them.
        descriptor = new TypeDescriptor(type.getDeclaredField(part.getName()));
      } catch (NoSuchFieldException e) {
        throw new IllegalStateException("A record without its component field: " + type, e);
      }
      TypeDescriptor element = descriptor.getElementTypeDescriptor();
      components[i] =
          new Component(
              part.getName(),
              descriptor,
              descriptor.isCollection() && element != null ? element.getType() : null);
    }
    try {
      Constructor<?> constructor = type.getDeclaredConstructor(types);
      constructor.setAccessible(true);
      return new Shape(constructor, List.of(components));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("A record without its canonical constructor: " + type, e);
    }
  }
}
