<?xml version="1.0" encoding="UTF-8"?>
<databaseChangeLog
    xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
        http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.20.xsd">

    <changeSet id="20240312-01" author="data-platform">
        <createTable tableName="ORDERS" schemaName="ANALYTICS">
            <column name="ORDER_ID" type="NUMBER(38,0)">
                <constraints primaryKey="true" nullable="false"/>
            </column>
            <column name="CUSTOMER_ID" type="VARCHAR(64)"/>
            <column name="PAYLOAD" type="VARIANT"/>
            <column name="CREATED_AT" type="TIMESTAMP_NTZ"/>
        </createTable>
    </changeSet>

    <changeSet id="20240312-02" author="data-platform">
        <sql>
            ALTER TABLE ANALYTICS.ORDERS CLUSTER BY (TO_DATE(CREATED_AT));
        </sql>
        <rollback>
            <sql>ALTER TABLE ANALYTICS.ORDERS DROP CLUSTERING KEY;</sql>
        </rollback>
    </changeSet>
</databaseChangeLog>
