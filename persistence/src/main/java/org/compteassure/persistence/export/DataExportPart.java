package org.compteassure.persistence.export;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One numbered piece (at most {@code PART_SIZE} bytes) of a {@link DataExport}'s ZIP: written one at a time while
 * the ZIP is made, read one at a time while it is downloaded, so no node ever holds the whole file.
 */
@Entity
@Table(name = "data_export_part")
@IdClass(DataExportPart.Key.class)
@NamedQuery(name = "DataExportPart.content", query = "SELECT p.content FROM DataExportPart p "
        + "WHERE p.exportId = :exportId AND p.number = :number")
@NamedQuery(name = "DataExportPart.deleteOf", query = "DELETE FROM DataExportPart p WHERE p.exportId = :exportId")
public class DataExportPart {

    /** The primary key: the export and the part's number from 0. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long exportId;
        private int number;

        public Key() {
        }

        public Key(long exportId, int number) {
            this.exportId = exportId;
            this.number = number;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.exportId == exportId && key.number == number;
        }

        @Override
        public int hashCode() {
            return Objects.hash(exportId, number);
        }
    }

    @Id
    @Column(name = "export_id", nullable = false)
    private long exportId;

    @Id
    @Column(name = "part_number", nullable = false)
    private int number;

    @Column(name = "content", nullable = false)
    private byte[] content;

    protected DataExportPart() {
    }

    public DataExportPart(long exportId, int number, byte[] content) {
        this.exportId = exportId;
        this.number = number;
        this.content = content;
    }
}
