package io.hookwire.host.migrations;

/** Changelog XML for the tests. */
final class Changelogs {
    private Changelogs() {}

    /** A changelog file with these changesets. */
    static String changelog(String changeSets) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                        http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
                """ + changeSets + "\n</databaseChangeLog>\n";
    }

    /** One changeset by author "test". */
    static String changeSet(String id, String changes) {
        return "<changeSet id=\"" + id + "\" author=\"test\">\n" + changes + "\n</changeSet>\n";
    }

    static String createTable(String table) {
        return "<createTable tableName=\"" + table + "\">"
                + "<column name=\"id\" type=\"bigint\"><constraints primaryKey=\"true\"/></column>"
                + "<column name=\"title\" type=\"varchar(100)\"/></createTable>";
    }
}
