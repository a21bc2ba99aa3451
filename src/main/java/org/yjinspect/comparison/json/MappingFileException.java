package org.yjinspect.comparison.json;

/** The mapping file cannot be used as it is: says which file, where in it, and what is wrong. */
public final class MappingFileException extends RuntimeException {
    public MappingFileException(String file, String where, String what) {
        super(file + (where.isEmpty() ? "" : ", " + where) + ": " + what, null, false, false);
    }
}
