package org.claimdesk.transfer;

import java.io.IOException;
import java.util.function.Consumer;

/** Reads an import file record by record, in order, handing each to the consumer. */
interface RecordSource {

  /**
   * Reads every record; a record that cannot be read is handed over as {@link SourceRecord.Broken}.
   */
  void read(Consumer<SourceRecord> sink) throws IOException;
}
