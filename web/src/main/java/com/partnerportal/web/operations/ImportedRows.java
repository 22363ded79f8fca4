package com.partnerportal.web.operations;

/** The result of an import that says how many rows it read, for the metrics. */
public interface ImportedRows {

    long importedRows();
}
