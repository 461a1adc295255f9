package org.claimdesk.desk.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The queue's sort order in the address ({@code sort=dueDate.asc,checkworthiness.desc}), so that a
 * reload or a bookmark keeps it; a column's key is its sort property.
 */
final class QueueSort {

  private QueueSort() {}

  static @Nullable String format(List<? extends GridSortOrder<?>> orders) {
    String value =
        orders.stream()
            .filter(o -> o.getSorted().getKey() != null)
            .map(
                o ->
                    o.getSorted().getKey()
                        + (o.getDirection() == SortDirection.DESCENDING ? ".desc" : ".asc"))
            .collect(Collectors.joining(","));
    return value.isEmpty() ? null : value;
  }

  /** The orders an address asks for; unknown columns and directions are left out, not failed. */
  static <T> List<GridSortOrder<T>> parse(Grid<T> grid, @Nullable String value) {
    List<GridSortOrder<T>> orders = new ArrayList<>();
    if (value == null || value.isBlank()) {
      return orders;
    }
    for (String part : value.split(",")) {
      String[] keyAndDirection = part.strip().split("\\.", 2);
      Grid.Column<T> column = grid.getColumnByKey(keyAndDirection[0]);
      if (column == null || !column.isSortable()) {
        continue;
      }
      boolean descending =
          keyAndDirection.length > 1
              && keyAndDirection[1].toLowerCase(Locale.ROOT).startsWith("desc");
      orders.add(
          new GridSortOrder<>(
              column, descending ? SortDirection.DESCENDING : SortDirection.ASCENDING));
    }
    return orders;
  }
}
